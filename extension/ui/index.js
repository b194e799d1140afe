// sourcelens UI: the sidebar/summary component shared by the extension and the demo page.
// Built by extension/build/build.mjs (esbuild) into one classic script, ui.js, that defines
// one global, `SourcelensUI` (content scripts cannot be ES modules). Framework-free: everything
// is built with DOM methods and textContent (page text is never parsed as HTML).
//
//   const ui = SourcelensUI.mount(shadowRoot, {
//     settings,                      // SourcelensUI.mergeSettings(stored)
//     pageDark: false,               // theme "auto" follows this
//     version: "0.1.0",
//     onActivate({key, spans}) {},   // an item was chosen: scroll to spans[0], flash them all
//     onClose() {}, onRescan() {},
//     onSettings(settings) {},       // filters / width / theme / collapsed sections changed
//     onExport({format, action, content, filename}) {},   // optional; default: copy / download
//     annotationTarget() {},         // optional: {url, documentText, locate(span)} for W3C export
//     exports: ["json", "markdown", "csv", "annotations"],   // formats offered (default: all)
//     inline: false,                 // true: fill the container (no fixed width, no resize handle)
//     closable: true,                // false: the demo page (no close button, its own labels)
//     trustedOnly: false,            // true: ignore events not from the user (a page's el.click())
//   });
//   ui.update({state: "loading" | "ready" | "empty" | "error", report, text, message, notes, meta, rules});
//   (the <aside> becomes role="complementary" aria-label="sourcelens" once not loading;
//    rules: the core's rule registry, for "why is this marked?")
//   ui.progress(message, fraction); ui.select(key); ui.setHighlighter(hl); ui.step(+1 | -1);
//   ui.showTooltip(entries, x, y); ui.hideTooltip(); ui.pageScrolled(); ui.setSettings(s);
//   ui.focus(); ui.destroy();
//
//   const hl = new SourcelensUI.Highlighter({rangeFor: (start, end) => Range|null});
//   await hl.set(report, {onProgress}); hl.apply(settings.filters); hl.at(x, y) -> entries;
//   hl.show(spans); hl.clear(); hl.revalidate(changedTextNodes, elementsRemoved) -> n
//
//   SourcelensUI.renderText(container, text, {headline: "h1"}) -> rangeFor   // the demo page's text view
//   SourcelensUI.toJSON / toMarkdown / toCSV(report, meta); toWebAnnotations(report, meta, {locate, rules})
//   SourcelensUI.anchorAnnotation(annotation, root) -> Range; anchorOffsets(annotation, text)
//
// Keys: "attr:<i>" (report.attributions[i]), "source:<id>", "date:<i>", "place:<i>", "dist:<i>".
// Highlight names (CSS Custom Highlight API): sourcelens-source, -cue, -content, -date, -place
// (the contract), plus sourcelens-distancing and sourcelens-flash.
import { mount } from "./sidebar.js";
import { Highlighter, yieldToPage, GIANT_NODE } from "./highlighter.js";
import { renderText } from "./text-view.js";
import { spansOf, spansForKey, describe, stopsOf, groupPlaces } from "./spans.js";
import { toJSON, toMarkdown, toCSV, CSV_COLUMNS } from "./export.js";
import { toWebAnnotations, anchorAnnotation, anchorOffsets, textIndex, offsetsOfRange, ANNOTATION_CONTEXT } from "./annotations.js";
import { mergeSettings, DEFAULT_SETTINGS, SAFE_PALETTE, CATEGORIES, highlightName, highlightCss, sitePattern, siteOf, SITE } from "./settings.js";
import { ruleRegistry, rulesUsedBy, whyText } from "./rules.js";
import { flag, countryName, formatDate } from "./format.js";
import { fitProjection } from "./map.js";
import { t } from "./i18n.js";

const api = {
  mount,
  Highlighter,
  GIANT_NODE,
  yieldToPage,
  renderText,
  spansOf,
  spansForKey,
  stopsOf,
  groupPlaces,
  describe,
  toJSON,
  toMarkdown,
  toCSV,
  CSV_COLUMNS,
  toWebAnnotations,
  anchorAnnotation,
  anchorOffsets,
  textIndex,
  offsetsOfRange,
  ANNOTATION_CONTEXT,
  mergeSettings,
  highlightCss,
  sitePattern,
  siteOf,
  SITE,
  ruleRegistry,
  rulesUsedBy,
  whyText,
  fitProjection,
  flag,
  countryName,
  formatDate,
  t,
  CATEGORIES: CATEGORIES.map((c) => ({ id: c.id, label: t(c.label), hint: t(c.hint), line: c.line, highlight: highlightName(c.id) })),
  DEFAULT_SETTINGS,
  SAFE_PALETTE,
};

// one copy per world: a second injection of the same script keeps the first
if (!globalThis.SourcelensUI) globalThis.SourcelensUI = Object.freeze(api);
