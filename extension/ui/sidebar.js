// The sidebar shell: header (re-scan, export, close), export menu, status and progress line,
// the scrolling content with its collapsible sections, resizing, keys, the tooltip, selection
// and next/previous-highlight navigation. The sections themselves are views (views/*.js).
//   in:  a shadow root (or any node) to render into, options (see index.js)
//   out: the component's handle: update(), progress(), select(), showTooltip(), step(), …
import { h } from "./dom.js";
import { t, count } from "./i18n.js";
import { mergeSettings, swatchColor, CATEGORIES, MIN_WIDTH, MAX_WIDTH } from "./settings.js";
import { spansForKey, describe, findingFor, stopsOf } from "./spans.js";
import { ruleRegistry, whyText } from "./rules.js";
import { toJSON, toMarkdown, toCSV } from "./export.js";
import { toWebAnnotationText } from "./annotations.js";
import { own, clip } from "./dom.js";
import { yieldToPage } from "./highlighter.js";
import { glanceView } from "./views/glance.js";
import { sourcesView } from "./views/sources.js";
import { distancingView } from "./views/distancing.js";
import { timelineView } from "./views/timeline.js";
import { placesView } from "./views/places.js";
import { filtersView, aboutView } from "./views/controls.js";
import STYLES from "./sidebar.css";

/** Entries shown per list before "Show N more"; claims shown per source. */
const LIST_CAP = 60;
const CLAIMS_CAP = 8;
const FORMATS = {
  json: { label: "formatJson", ext: "json", mime: "application/json" },
  markdown: { label: "formatMarkdown", ext: "md", mime: "text/markdown" },
  csv: { label: "formatCsv", ext: "csv", mime: "text/csv" },
  annotations: { label: "formatAnnotations", ext: "jsonld", mime: "application/ld+json" },
};
const CATEGORY_OF_TYPE = { attr: "attribution", date: "date", place: "place", dist: "distancing" };

/** The sidebar's style sheet in `root` (a constructed sheet; a <style> where there is none). */
function applyStyles(root, doc) {
  try {
    const win = doc.defaultView || globalThis;
    if ("adoptedStyleSheets" in root) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(STYLES);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    /* fall through: a <style> element */
  }
  root.append(h(doc, "style", { text: STYLES }));
}

export function mount(root, opts = {}) {
  const doc = root.ownerDocument || root;
  const win = doc.defaultView || globalThis;
  let settings = mergeSettings(opts.settings);
  let pageDark = !!opts.pageDark;
  let model = { state: "loading", report: null, text: "", message: "", notes: [], meta: {} };
  let rules = ruleRegistry(null);
  let highlighter = null;
  const keyEls = new Map(); // key -> [elements]
  const cycle = new Map(); // group id -> next mention
  const whyOf = new WeakMap(); // element -> "Marked because: …" lines shown on focus/hover
  let selected = [];
  let idSeq = 0;
  let navIndex = -1;
  const uid = (p) => `sl-${p}-${++idSeq}`;
  const page = opts.closable === false; // the demo page's inline sidebar
  // In the extension the sidebar lives in the page's DOM (an open shadow root): with
  // `trustedOnly`, events the page's scripts dispatch (el.click(), synthetic keys) are
  // ignored, so a page cannot change the user's stored settings or start an export.
  const trusted = opts.trustedOnly ? (fn) => (e) => (e?.isTrusted ? fn(e) : undefined) : (fn) => fn;
  const on = (el, type, fn) => el.addEventListener(type, trusted(fn));
  const expanders = new WeakMap(); // section button -> opens the section

  applyStyles(root, doc);
  const wrap = h(doc, "div", { class: "sl" });
  // The complementary landmark is announced once there is something in it: while the
  // article is analysed the panel is only a busy status (and the highlights are not set).
  const aside = h(doc, "aside", { tabindex: "-1", "data-state": "loading", "aria-label": "sourcelens" });
  const resizer = h(doc, "div", {
    class: "resize", role: "separator", "aria-orientation": "vertical", "aria-label": t("resizeLabel"),
    tabindex: "0", "aria-valuemin": MIN_WIDTH, "aria-valuemax": MAX_WIDTH, "aria-valuenow": settings.width,
  });
  const formats = (Array.isArray(opts.exports) ? opts.exports : Object.keys(FORMATS)).filter((f) => own(FORMATS, f));
  const exportBtn = h(doc, "button", { class: "tool", "aria-expanded": "false", "aria-haspopup": "true", title: t("exportTitle"), text: t("exportButton") });
  const rescanLabel = t(page ? "analyseAgain" : "rescanPage");
  const head = h(doc, "header", null,
    h(doc, "h2", null, h(doc, "span", { class: "logo", "aria-hidden": "true", text: "◉ " }), "sourcelens"),
    h(doc, "button", { class: "tool", "data-action": "rescan", title: rescanLabel, "aria-label": rescanLabel, text: "↻", onclick: trusted(() => opts.onRescan?.()) }),
    exportBtn,
    page ? null : h(doc, "button", { class: "tool", "data-action": "close", title: t("closeTitle"), "aria-label": t("closeLabel"), text: "✕", onclick: trusted(() => opts.onClose?.()) }),
  );
  const menuId = uid("export");
  exportBtn.setAttribute("aria-controls", menuId);
  const menu = h(doc, "div", { class: "menu", id: menuId, role: "group", "aria-label": t("exportMenuLabel"), hidden: true },
    formats.flatMap((format) => ["copy", "download"].map((action) =>
      h(doc, "button", {
        "data-export": `${action}-${format}`,
        text: t(action === "copy" ? "exportCopy" : "exportSave", t(FORMATS[format].label)),
        onclick: trusted(() => doExport(format, action)),
      }))),
  );
  on(exportBtn, "click", () => toggleMenu(menu.hidden));
  const status = h(doc, "p", { class: "status", role: "status", "aria-live": "polite", text: t("analysingArticle") });
  const bar = h(doc, "progress", { class: "progress", max: "1", hidden: true, "aria-hidden": "true" });
  const scroll = h(doc, "div", { class: "scroll" });
  const content = h(doc, "div", { class: "content" });
  scroll.append(status, bar, content);
  aside.append(...(opts.inline ? [] : [resizer]), head, menu, scroll);
  const tip = h(doc, "div", { class: "tip", role: "tooltip", id: uid("tip"), hidden: true });
  if (opts.inline) wrap.classList.add("inline");
  wrap.append(aside, tip);
  root.append(wrap);
  if (opts.trustedOnly) {
    // one gate for everything inside: a synthetic click neither reaches a handler nor
    // toggles a checkbox, opens a <details> or follows a link (its default is cancelled)
    for (const type of ["click", "dblclick", "auxclick", "change", "input", "keydown", "keyup", "pointerdown", "pointerup", "submit"]) {
      wrap.addEventListener(type, (e) => {
        if (e.isTrusted) return;
        e.preventDefault();
        e.stopImmediatePropagation();
      }, true);
    }
  }
  applyTheme();
  applyWidth();
  applyColours();

  function applyTheme() {
    const th = settings.theme === "auto" ? (pageDark ? "dark" : "light") : settings.theme;
    wrap.setAttribute("data-theme", th);
  }
  function applyWidth() {
    aside.style.width = opts.inline ? "100%" : `${settings.width}px`;
    resizer.setAttribute("aria-valuenow", String(settings.width));
  }
  function applyColours() {
    for (const c of CATEGORIES) wrap.style.setProperty(`--hl-${c.id}`, swatchColor(settings.colors, c.id));
  }
  function changed() {
    opts.onSettings?.(mergeSettings(settings));
  }
  function toggleMenu(open) {
    menu.hidden = !open;
    exportBtn.setAttribute("aria-expanded", String(open));
    if (open) menu.querySelector("button")?.focus();
  }

  // ---- resizing (pointer and keyboard)
  let drag = null;
  on(resizer, "pointerdown", (e) => {
    drag = { x: e.clientX, w: settings.width };
    resizer.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  });
  on(resizer, "pointermove", (e) => {
    if (!drag) return;
    setWidth(drag.w + (drag.x - e.clientX), false);
  });
  const endDrag = () => {
    if (!drag) return;
    drag = null;
    changed();
  };
  on(resizer, "pointerup", endDrag);
  on(resizer, "pointercancel", endDrag);
  on(resizer, "keydown", (e) => {
    const d = e.key === "ArrowLeft" ? 24 : e.key === "ArrowRight" ? -24 : 0;
    if (!d) return;
    e.preventDefault();
    e.stopPropagation();
    setWidth(settings.width + d, true);
  });
  function setWidth(w, notify) {
    const max = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (win.innerWidth || 1200) - 80));
    settings.width = Math.round(Math.max(MIN_WIDTH, Math.min(max, w)));
    applyWidth();
    if (notify) changed();
  }

  // ---- keys
  on(aside, "keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      if (!menu.hidden) {
        toggleMenu(false);
        exportBtn.focus();
      } else if (!tip.hidden) hideTooltip();
      else if (!page) opts.onClose?.();
      return;
    }
    const target = root.activeElement || e.target;
    const typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (!typing && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "n" || e.key === "p")) {
      e.preventDefault();
      e.stopPropagation();
      step(e.key === "n" ? 1 : -1, { focus: true });
      return;
    }
    const nav = own({ ArrowDown: 1, ArrowUp: -1, Home: "first", End: "last" }, e.key);
    if (nav === undefined) return;
    if (!(target === aside || target?.classList?.contains("item"))) return;
    const items = [...aside.querySelectorAll(".item")].filter((x) => x.offsetParent !== null || x.getClientRects().length);
    if (!items.length) return;
    e.preventDefault();
    let i = items.indexOf(target);
    if (nav === "first") i = 0;
    else if (nav === "last") i = items.length - 1;
    else i = i < 0 ? (nav > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, i + nav));
    items[i].focus();
  });

  // ---- "why is this marked?" on the sidebar's items and map markers (focus and hover)
  let hoverTimer = 0;
  let quietFocus = false; // focus moved by next/previous: the page highlight's tooltip shows instead
  const whyTarget = (e) => e.composedPath?.().find((n) => n && n.nodeType === 1 && whyOf.has(n)) || null;
  aside.addEventListener("focusin", (e) => {
    const el = whyTarget(e);
    if (el && !quietFocus) showNear(el);
  });
  aside.addEventListener("focusout", (e) => {
    if (whyTarget(e) && tip.dataset.anchor === "item") hideTooltip();
  });
  aside.addEventListener("mouseover", (e) => {
    const el = whyTarget(e);
    clearTimeout(hoverTimer);
    if (el) hoverTimer = setTimeout(() => showNear(el), 250);
    else if (tip.dataset.anchor === "item" && !aside.contains(root.activeElement)) hideTooltip();
  });
  aside.addEventListener("mouseleave", () => {
    clearTimeout(hoverTimer);
    if (tip.dataset.anchor === "item" && !whyOf.has(root.activeElement)) hideTooltip();
  });

  /** Shows an item's reasons beside it: left of the sidebar when there is room, else below. */
  function showNear(el) {
    const lines = whyOf.get(el);
    if (!lines?.length) return;
    fillTip(lines.map((l) => ({ why: l })));
    tip.dataset.anchor = "item";
    const box = el.getBoundingClientRect(), side = aside.getBoundingClientRect();
    const w = tip.offsetWidth, hh = tip.offsetHeight;
    let left = side.left - w - 10, top = box.top;
    if (left < 8) {
      left = Math.max(8, Math.min(box.left, win.innerWidth - w - 8));
      top = box.bottom + 4;
    }
    if (top + hh > win.innerHeight - 8) top = Math.max(8, box.top - hh - 4);
    placeTip(left, top);
  }

  // ---- export
  async function doExport(format, action) {
    const r = model.report;
    if (!r) return;
    const meta = { ...model.meta, text: model.text };
    let body;
    if (format === "json") body = toJSON(r, meta);
    else if (format === "markdown") body = toMarkdown(r, meta);
    else if (format === "csv") body = toCSV(r, meta);
    else {
      const target = opts.annotationTarget?.() || {};
      body = toWebAnnotationText(r, { ...meta, url: target.url ?? meta.url, documentText: target.documentText }, { locate: target.locate, rules });
    }
    const { ext, mime, label } = FORMATS[format];
    const base = (model.meta.title || t("mdArticle")).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "article";
    const filename = `sourcelens-${base}.${ext}`;
    const req = { format, action, content: body, filename };
    let ok = true;
    if (opts.onExport) ok = (await opts.onExport(req)) !== false;
    else if (action === "copy") ok = await copyText(body);
    else download(body, filename, mime);
    say(ok ? t(action === "copy" ? "exportCopied" : "exportSaved", t(label)) : t("exportCopyFailed"));
  }
  async function copyText(text) {
    try {
      await win.navigator.clipboard.writeText(text);
      return true;
    } catch {
      const ta = h(doc, "textarea", { class: "sr", "aria-hidden": "true" });
      ta.value = text;
      wrap.append(ta);
      ta.select();
      let ok = false;
      try {
        ok = doc.execCommand("copy");
      } catch {
        ok = false;
      }
      ta.remove();
      return ok;
    }
  }
  function download(text, filename, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h(doc, "a", { href: url, download: filename, class: "sr" });
    root.append(a); // outside `wrap`: our own synthetic click must pass its gate
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  let sayTimer = null;
  function say(msg) {
    status.textContent = msg;
    clearTimeout(sayTimer);
    sayTimer = setTimeout(() => {
      if (model.state === "ready") status.textContent = summaryLine(model.report);
    }, 4000);
  }

  // ---- rendering
  function summaryLine(r) {
    return t("summaryLine",
      count(r.attributions.length, "attributionOne", "attributionMany"), count(r.sources.length, "sourceOne", "sourceMany"),
      count(r.dates.length, "dateOne", "dateMany"), count(r.places.length, "placeOne", "placeMany"),
      count(r.distancing.length, "distancingOne", "distancingMany"));
  }

  function reg(key, el) {
    el.dataset.key = key;
    let l = keyEls.get(key);
    if (!l) keyEls.set(key, (l = []));
    l.push(el);
  }

  /** The "why" lines of the findings behind `keys` (distinct rules, at most three). */
  function whyLines(keys) {
    const r = model.report;
    const out = [];
    const seen = new Set();
    // a place mentioned a thousand times: its first mentions say enough
    for (const k of keys.slice(0, 200)) {
      const { type, finding } = findingFor(r, k);
      if (!finding || !own(CATEGORY_OF_TYPE, type) || seen.has(finding.rule)) continue;
      seen.add(finding.rule);
      const line = whyText(rules, finding, CATEGORY_OF_TYPE[type]);
      if (line && !out.includes(line)) out.push(line);
      if (out.length >= 3) break;
    }
    return out;
  }

  /** Gives `el` its reasons: shown on focus and hover, and its accessible description. */
  function explain(el, keys, holder) {
    const lines = whyLines(keys);
    if (!lines.length) return;
    whyOf.set(el, lines);
    const id = uid("why");
    holder.append(h(doc, "span", { id, class: "why-text", hidden: true, text: lines.join(" ") }));
    el.setAttribute("aria-describedby", id);
  }

  /** A sidebar entry: a button that shows its spans on the page. */
  function item(keys, children, label, spansFn) {
    const b = h(doc, "button", { class: "item", type: "button", "aria-label": label || null }, children);
    const list = Array.isArray(keys) ? keys : [keys];
    for (const k of list) reg(k, b);
    b.dataset.key = list[0];
    on(b, "click", () => activate(list, spansFn, b));
    return b;
  }

  /** An entry in its <li>, with its "why" description when its findings carry rules. */
  function entry(keys, children, label, { why = true } = {}) {
    const list = Array.isArray(keys) ? keys : [keys];
    const b = item(list, children, label);
    const li = h(doc, "li", null, b);
    if (why) explain(b, list, li);
    return li;
  }

  function activate(keys, spansFn, el) {
    const r = model.report;
    if (!r) return;
    let spans;
    if (spansFn) spans = spansFn();
    else if (keys.length > 1) {
      // a group (a place mentioned several times): each click shows the next mention
      const gid = keys.join(" ");
      const n = cycle.get(gid) || 0;
      cycle.set(gid, (n + 1) % keys.length);
      spans = spansForKey(r, keys[n]);
    } else spans = spansForKey(r, keys[0]);
    markSelected(keyEls.get(keys[0]) || [el]);
    opts.onActivate?.({ key: keys[0], keys, spans });
  }

  function markSelected(els) {
    for (const e of selected) {
      e.classList.remove("selected");
      e.removeAttribute("aria-current");
    }
    selected = els;
    for (const e of els) {
      e.classList.add("selected");
      if (e.tagName === "BUTTON") e.setAttribute("aria-current", "true");
    }
  }

  function section(id, title, n, body) {
    const bodyId = uid(id);
    const open = !settings.collapsed[id];
    const btn = h(doc, "button", { "aria-expanded": String(open), "aria-controls": bodyId }, title, n === null ? null : h(doc, "span", { class: "n", text: t("inParentheses", n) }));
    const b = h(doc, "div", { class: "body", id: bodyId, hidden: !open }, body);
    const toggle = (now) => {
      btn.setAttribute("aria-expanded", String(now));
      b.hidden = !now;
      settings.collapsed[id] = !now;
      changed();
    };
    on(btn, "click", () => toggle(btn.getAttribute("aria-expanded") !== "true"));
    expanders.set(btn, () => toggle(true));
    return h(doc, "section", { "data-section": id, "aria-label": title }, h(doc, "h3", null, btn), b);
  }

  /** The first `cap` entries of a list, and a button that shows the rest (a long page stays quick). */
  function capped(list, render, label, { cap = LIST_CAP, className = "list" } = {}) {
    const ul = h(doc, "ul", { class: className, "aria-label": label });
    for (const x of list.slice(0, cap)) ul.append(render(x));
    if (list.length > cap) {
      const more = h(doc, "button", { class: "more", text: t("showMore", list.length - cap) });
      on(more, "click", () => {
        for (const x of list.slice(cap)) ul.append(render(x));
        more.remove();
      });
      return [ul, more];
    }
    return [ul];
  }

  /** The span in its sentence: "…before <b>span</b> after…" (text nodes only). */
  function context(sp, width = 36) {
    const text = model.text || "";
    if (!text || !(sp.end > sp.start) || text.slice(sp.start, sp.end) !== sp.text) return h(doc, "span", { class: "quote", text: t("quoted", clip(sp.text, 120)) });
    // the paragraph around the span, looked for within a few hundred characters only (an
    // article in one paragraph would make every lookup scan it whole)
    const head = text.slice(Math.max(0, sp.start - 400), sp.start);
    const nl = head.lastIndexOf("\n");
    const lo = nl >= 0 ? sp.start - head.length + nl + 1 : sp.start - head.length;
    const tail = text.slice(sp.end, sp.end + 400);
    const nr = tail.indexOf("\n");
    const hi = nr >= 0 ? sp.end + nr : sp.end + tail.length;
    let a = Math.max(lo, sp.start - width);
    if (a > lo) {
      const w = text.indexOf(" ", a);
      if (w >= 0 && w < sp.start) a = w + 1;
    }
    let b = Math.min(hi, sp.end + width);
    if (b < hi) {
      const w = text.lastIndexOf(" ", b);
      if (w > sp.end) b = w;
    }
    const before = text.slice(a, sp.start).replace(/\s+/g, " ");
    const after = text.slice(sp.end, b).replace(/\s+/g, " ");
    return h(doc, "span", { class: "ctx" }, (a > lo ? "…" : "") + before, h(doc, "b", { text: clip(sp.text, 120) }), after + (b < hi ? "…" : ""));
  }

  /** What the views build with. */
  const view = {
    doc, on, item, entry, reg, capped, context, activate, explain, whyLines, LIST_CAP, CLAIMS_CAP,
    get settings() { return settings; },
    get model() { return model; },
    applyTheme, changed,
    version: () => opts.version,
    page,
  };

  /** Reports this large are laid out section by section, each in a task of its own. */
  const CHUNKED_FINDINGS = 1500;
  let renderRun = 0;

  /** Renders the model; resolves once every section is in (at once for ordinary reports). */
  function render() {
    const run = ++renderRun;
    keyEls.clear();
    cycle.clear();
    selected = [];
    navIndex = -1;
    hideTooltip();
    content.replaceChildren();
    aside.dataset.state = model.state;
    wrap.className = `sl state-${model.state}${opts.inline ? " inline" : ""}`;
    bar.hidden = true;
    const r = model.report;
    const busy = () => {
      aside.setAttribute("aria-busy", "true");
      aside.removeAttribute("role");
    };
    const done = () => {
      aside.removeAttribute("aria-busy");
      aside.setAttribute("role", "complementary");
    };
    if (model.state === "loading") {
      status.textContent = model.message || t("analysingArticle");
      busy();
      return Promise.resolve();
    }
    if (model.state !== "ready" || !r) {
      done();
      status.textContent = model.message || t(model.state === "empty" ? "noArticle" : "somethingWrong");
      content.append(h(doc, "p", { class: "message", text: t(model.state === "empty" ? "noArticleHelp" : "tryAgain") }));
      if (model.notes?.length) content.append(h(doc, "ul", { class: "notes" }, model.notes.map((n) => h(doc, "li", { text: n }))));
      content.append(aboutView(view));
      return Promise.resolve();
    }
    const parts = [
      () => (model.notes?.length ? h(doc, "ul", { class: "notes", "aria-label": t("notesLabel") }, model.notes.map((n) => h(doc, "li", { text: n }))) : null),
      () => filtersView(view),
      () => section("glance", t("glanceTitle"), null, glanceView(view, r)),
      () => section("sources", t("sectionSources"), r.sources.length, sourcesView(view, r)),
      () => section("distancing", t("sectionDistancing"), r.distancing.length, distancingView(view, r)),
      () => section("timeline", t("sectionTimeline"), r.dates.length, timelineView(view, r)),
      () => section("places", t("sectionPlaces"), r.places.length, placesView(view, r)),
      () => aboutView(view),
    ];
    const findings = r.attributions.length + r.dates.length + r.places.length + r.distancing.length;
    if (findings < CHUNKED_FINDINGS) {
      for (const part of parts) {
        const el = part();
        if (el) content.append(el);
      }
      status.textContent = summaryLine(r);
      done();
      return Promise.resolve();
    }
    // a long report: the landmark and "ready" come when the last section is in
    aside.dataset.state = "loading";
    busy();
    return (async () => {
      // built apart, then put in at once: the page lays out and repaints the sidebar once
      const built = [];
      for (let i = 0; i < parts.length; i++) {
        status.textContent = t("buildingSummary", i + 1, parts.length);
        await yieldToPage();
        if (run !== renderRun) return;
        const el = parts[i]();
        if (el) built.push(el);
      }
      content.append(...built);
      status.textContent = summaryLine(r);
      aside.dataset.state = model.state;
      done();
    })();
  }

  // ---- tooltip
  let tipAnchor = null; // the Range a navigation tooltip stays beside while the page scrolls
  function fillTip(blocks) {
    tip.replaceChildren(...blocks.map((b) => h(doc, "div", { class: "tip-entry" },
      b.line ? h(doc, "div", { text: b.line }) : null,
      b.why ? h(doc, "div", { class: "why", text: b.why }) : null)));
    tip.hidden = false;
  }
  function placeTip(left, top) {
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }
  /** Tooltip lines for page highlights `entries` ({key, cat}): what each is, and why. */
  function tipBlocks(entries) {
    const r = model.report;
    const blocks = [];
    const seen = new Set();
    const explained = new Set(); // a finding's reasons once, however many of its spans are hit
    for (const e of entries) {
      const line = describe(r, e);
      const { type, finding } = findingFor(r, e.key);
      let why = finding && own(CATEGORY_OF_TYPE, type) ? whyText(rules, finding, CATEGORY_OF_TYPE[type]) : null;
      if (explained.has(e.key)) why = null;
      else if (why) explained.add(e.key);
      const id = `${line}|${why}`;
      if ((line || why) && !seen.has(id)) {
        seen.add(id);
        blocks.push({ line, why });
      }
      if (blocks.length >= 4) break;
    }
    return blocks;
  }
  function showTooltip(entries, x, y, { anchor = null } = {}) {
    const r = model.report;
    if (!r || !entries?.length) return hideTooltip();
    const blocks = tipBlocks(entries);
    if (!blocks.length) return hideTooltip();
    fillTip(blocks);
    tip.dataset.anchor = anchor ? "range" : "pointer";
    tipAnchor = anchor;
    const w = tip.offsetWidth, hh = tip.offsetHeight;
    const vw = win.innerWidth, vh = win.innerHeight;
    let left = x + 12, top = y + 16;
    if (left + w > vw - 8) left = Math.max(8, vw - w - 8);
    if (top + hh > vh - 8) top = Math.max(8, y - hh - 12);
    placeTip(left, top);
  }
  function hideTooltip() {
    tip.hidden = true;
    tip.dataset.anchor = "";
    tipAnchor = null;
  }
  /** The page scrolled: a navigation tooltip follows its highlight, any other one goes. */
  function pageScrolled() {
    if (!tipAnchor) return hideTooltip();
    const rect = tipAnchor.getClientRects()[0];
    if (!rect || rect.bottom < 0 || rect.top > win.innerHeight) return hideTooltip();
    const hh = tip.offsetHeight;
    let top = rect.bottom + 6;
    if (top + hh > win.innerHeight - 8) top = Math.max(8, rect.top - hh - 6);
    placeTip(Math.max(8, Math.min(rect.left, win.innerWidth - tip.offsetWidth - 8)), top);
  }

  /** Scrolls the sidebar's own list (never the page around it) so that `el` is in view. */
  function reveal(el) {
    const box = scroll.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (!r.height && !r.width) return;
    if (r.top >= box.top && r.bottom <= box.bottom) return;
    // out of view: bring it to the middle of the list (its top, if it is taller than the list)
    scroll.scrollTop += Math.min(r.top - box.top - 8, (r.top + r.bottom) / 2 - (box.top + box.bottom) / 2);
  }

  function select(key, { focus = false } = {}) {
    const els = keyEls.get(key);
    if (!els?.length) return false;
    // reveal the section if it is collapsed
    const sec = els[0].closest("section");
    const btn = sec?.querySelector("h3 button");
    if (btn && btn.getAttribute("aria-expanded") === "false") expanders.get(btn)?.();
    markSelected(els);
    const el = els.find((e) => e.tagName === "BUTTON") || els[0];
    reveal(el);
    if (focus) {
      quietFocus = true;
      el.focus?.({ preventScroll: true });
      quietFocus = false;
    }
    return true;
  }

  /** The findings the next/previous keys walk through: those with a highlight shown. */
  function stops() {
    const r = model.report;
    if (!r || !highlighter) return [];
    return stopsOf(r).filter((s) => highlighter.entriesOf(s.key).length);
  }

  /**
   * Moves to the next (dir 1) or previous (-1) highlight in reading order: the page scrolls to
   * it and flashes it, its sidebar entry is selected and revealed, a tooltip beside it says what
   * it is and why it is marked, and the status line announces it. Returns the key, or null.
   */
  function step(dir, { focus = false } = {}) {
    const list = stops();
    if (!list.length) return null;
    navIndex = navIndex < 0 || navIndex >= list.length ? (dir > 0 ? 0 : list.length - 1) : (navIndex + (dir > 0 ? 1 : -1) + list.length) % list.length;
    const stop = list[navIndex];
    const entries = highlighter.entriesOf(stop.key);
    const range = highlighter.show(entries.map((e) => ({ start: e.start, end: e.end })));
    select(stop.key, { focus: focus && aside.contains(root.activeElement) });
    const shown = [entries.find((e) => e.cat === "cue") || entries[0]];
    const blocks = tipBlocks(shown);
    say(t("navPosition", navIndex + 1, list.length, blocks.map((b) => [b.line, b.why].filter(Boolean).join(" ")).join(" ")));
    if (range) {
      const rect = range.getClientRects()[0] || range.getBoundingClientRect();
      showTooltip(shown, rect.left - 12, rect.bottom - 10, { anchor: range });
    }
    return stop.key;
  }

  render();
  return {
    element: aside,
    /** Shows a new state; resolves when it is all rendered (long reports take a few tasks). */
    update(next) {
      model = { ...model, notes: [], meta: {}, message: "", ...next };
      if (next.rules !== undefined) rules = ruleRegistry(next.rules);
      return render();
    },
    /** A progress line while loading: `message` and a fraction 0..1 (null: indeterminate). */
    progress(message, fraction = null) {
      if (model.state !== "loading") return;
      status.textContent = message;
      bar.hidden = false;
      if (fraction === null) bar.removeAttribute("value");
      else bar.value = Math.max(0, Math.min(1, fraction));
    },
    setPageDark(d) {
      pageDark = !!d;
      applyTheme();
    },
    setSettings(s) {
      const width = settings.width;
      settings = mergeSettings(s);
      applyTheme();
      applyColours();
      if (settings.width !== width) applyWidth();
      for (const cb of aside.querySelectorAll("input[data-filter]")) cb.checked = settings.filters[cb.dataset.filter] !== false;
    },
    setHighlighter(hl) {
      highlighter = hl;
      navIndex = -1;
    },
    settings: () => mergeSettings(settings),
    select,
    step,
    showTooltip,
    hideTooltip,
    pageScrolled,
    focus: () => aside.focus(),
    destroy() {
      clearTimeout(sayTimer);
      clearTimeout(hoverTimer);
      wrap.remove();
    },
  };
}
