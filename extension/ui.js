// sourcelens UI: the sidebar/summary component shared by the extension and the demo page.
// A classic script without imports; defines one global, `SourcelensUI`. Framework-free; builds
// everything with DOM methods and textContent (page text is never parsed as HTML).
//
//   const ui = SourcelensUI.mount(shadowRoot, {
//     settings,                      // SourcelensUI.mergeSettings(stored)
//     pageDark: false,               // theme "auto" follows this
//     version: "0.1.0",
//     onActivate({key, spans}) {},   // an item was chosen: scroll to spans[0], flash them all
//     onClose() {}, onRescan() {},
//     onSettings(settings) {},       // filters / width / theme / collapsed sections changed
//     onExport({format, action, content, filename}) {},   // optional; default: copy / download
//     // optional, for the demo page (defaults keep the extension's sidebar):
//     exports: ["json", "markdown"],  // export formats offered ("csv" too: SourcelensUI.toCSV)
//     inline: false,                 // true: fill the container (no fixed width, no resize handle)
//     closable: true,                // false: no close button, Esc does not call onClose
//     rescanLabel: "Re-scan the page", keysHelp: "Keys: …",   // texts of the ↻ button / about box
//     trustedOnly: false,            // true: ignore events not from the user (a page's el.click())
//   });
//   ui.update({state: "loading" | "ready" | "empty" | "error", report, text, message, notes, meta});
//   (the <aside> becomes role="complementary" aria-label="sourcelens" once not loading)
//   ui.select(key);                  // mark the sidebar entry of a highlight ("attr:3", "place:2", ...)
//   ui.showTooltip(entries, x, y); ui.hideTooltip(); ui.focus(); ui.destroy();
//
//   const hl = new SourcelensUI.Highlighter({rangeFor: (start, end) => Range|null});
//   await hl.set(report); hl.apply(settings.filters); hl.at(x, y) -> entries; hl.show(spans); hl.clear();
//   hl.revalidate(changedTextNodes, elementsRemoved) -> n   // drops highlights the page's edits broke
//
//   SourcelensUI.renderText(container, text, {headline: "h1"}) -> rangeFor   // the demo page's text view
//   SourcelensUI.toJSON(report, meta), SourcelensUI.toMarkdown(report, meta), SourcelensUI.toCSV(report)
//   (meta: {title, url, version, method, text, publishedFrom}; all optional)
//
// Keys: "attr:<i>" (report.attributions[i]), "source:<id>", "date:<i>", "place:<i>", "dist:<i>".
// Highlight names (CSS Custom Highlight API): sourcelens-source, -cue, -content, -date, -place
// (the contract), plus sourcelens-distancing and sourcelens-flash.
(function (global) {
  "use strict";
  if (global.SourcelensUI) return;

  const CATS = [
    { id: "source", label: "Sources", hint: "who is speaking" },
    { id: "cue", label: "Cues", hint: "said, told, according to" },
    { id: "content", label: "Claims", hint: "what is reported" },
    { id: "date", label: "Dates", hint: "when" },
    { id: "place", label: "Places", hint: "where" },
    { id: "distancing", label: "Distancing", hint: "so-called, alleged, scare quotes" },
  ];
  const HL_NAME = (cat) => "sourcelens-" + cat;
  const FLASH = "sourcelens-flash";
  const PRIORITY = { content: 0, source: 1, date: 2, place: 2, cue: 3, distancing: 3 };
  const MIN_W = 260, MAX_W = 900;

  const DEFAULT_SETTINGS = Object.freeze({
    schema: 1,
    theme: "auto",
    width: 380,
    filters: Object.freeze({ source: true, cue: true, content: true, date: true, place: true, distancing: true }),
    collapsed: Object.freeze({}),
  });

  /** Stored settings completed with defaults; unknown or ill-typed values are dropped. */
  function mergeSettings(stored) {
    const s = { schema: 1, theme: DEFAULT_SETTINGS.theme, width: DEFAULT_SETTINGS.width, filters: { ...DEFAULT_SETTINGS.filters }, collapsed: {} };
    if (!stored || typeof stored !== "object") return s;
    if (["auto", "light", "dark"].includes(stored.theme)) s.theme = stored.theme;
    if (Number.isInteger(stored.width) && stored.width >= MIN_W && stored.width <= MAX_W) s.width = stored.width;
    if (stored.filters && typeof stored.filters === "object") {
      for (const k of Object.keys(s.filters)) if (typeof stored.filters[k] === "boolean") s.filters[k] = stored.filters[k];
    }
    if (stored.collapsed && typeof stored.collapsed === "object") {
      for (const [k, v] of Object.entries(stored.collapsed)) if (/^[a-z]{1,20}$/.test(k) && !(k in Object.prototype) && typeof v === "boolean") s.collapsed[k] = v;
    }
    return s;
  }

  // ---------------------------------------------------------------- small helpers

  /** Element with attributes and children; strings become Text nodes (never HTML). */
  function h(doc, tag, attrs, ...children) {
    const el = doc.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "class") el.className = v;
        else if (k === "text") el.textContent = v;
        else if (k === "style") el.style.cssText = v;
        else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? doc.createTextNode(c) : c);
    return el;
  }
  const SVGNS = "http://www.w3.org/2000/svg";
  function s(doc, tag, attrs) {
    const el = doc.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    return el;
  }

  /** The flag emoji of an ISO 3166-1 alpha-2 code ("" when not a code). */
  function flag(cc) {
    if (!/^[A-Za-z]{2}$/.test(cc || "")) return "";
    const up = cc.toUpperCase();
    return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
  }
  let regionNames = null;
  function countryName(cc) {
    if (!cc) return "";
    try {
      regionNames = regionNames || new Intl.DisplayNames(["en"], { type: "region" });
      return regionNames.of(cc.toUpperCase()) || cc;
    } catch {
      return cc;
    }
  }
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  /** "Sun 29 Oct 2017", "Oct 2017", "2017" from an ISO value. */
  function formatDate(v) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v || "");
    if (!m) return v || "unresolved";
    if (!m[2]) return m[1];
    if (!m[3]) return `${MONTHS[+m[2] - 1] || m[2]} ${m[1]}`;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return `${WEEKDAYS[d.getUTCDay()]} ${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  }
  const pct = (x) => `${Math.round((Number(x) || 0) * 100)}%`;
  const clip = (t, n) => {
    t = String(t || "").replace(/\s+/g, " ").trim();
    return t.length > n ? t.slice(0, n - 1).trimEnd() + "…" : t;
  };
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + "s"}`;
  /** A source's display name (the core may leave it empty): its first mention, else its kind. */
  function sourceName(src) {
    const n = String(src?.name || "").trim();
    if (n) return n;
    const m = src?.mentions?.[0]?.text?.trim();
    return m || `unnamed ${src?.kind || "source"}`;
  }
  /** `table[key]` only for the table's own keys ("constructor", "__proto__" give undefined). */
  const own = (table, key) => (typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined);
  const KIND_LABEL = { direct: "quoted", indirect: "paraphrased", mixed: "quoted + paraphrased" };
  const DIST_LABEL = { "so-called": "so-called", "scare-quote": "scare quotes", alleged: "alleged", claim: "claim" };

  // ---------------------------------------------------------------- spans of a report

  /** Every highlightable span: [{cat, key, start, end}], deduplicated per category. */
  function spansOf(report) {
    const out = [];
    const seen = new Set();
    const add = (cat, key, sp) => {
      if (!sp || !(sp.end > sp.start)) return;
      const id = `${cat}:${sp.start}:${sp.end}`;
      if (seen.has(id)) return;
      seen.add(id);
      out.push({ cat, key, start: sp.start, end: sp.end, text: typeof sp.text === "string" ? sp.text : null });
    };
    (report.attributions || []).forEach((a, i) => {
      add("cue", `attr:${i}`, a.cue);
      add("source", `attr:${i}`, a.source);
      add("content", `attr:${i}`, a.content);
    });
    for (const src of report.sources || []) for (const m of src.mentions || []) add("source", `source:${src.id}`, m);
    (report.dates || []).forEach((d, i) => add("date", `date:${i}`, d));
    (report.places || []).forEach((p, i) => add("place", `place:${i}`, p));
    (report.distancing || []).forEach((d, i) => add("distancing", `dist:${i}`, d));
    return out;
  }

  /** The spans an item key points at (what to scroll to and flash). */
  function spansForKey(report, key) {
    const [type, n] = key.split(":");
    const i = Number(n);
    if (type === "attr") {
      const a = report.attributions?.[i];
      return a ? [a.cue, a.source, a.content].filter(Boolean) : [];
    }
    if (type === "source") {
      const src = (report.sources || []).find((x) => x.id === i);
      if (!src) return [];
      return (src.mentions || []).length ? src.mentions : src.attributions.map((k) => report.attributions[k]?.cue).filter(Boolean);
    }
    const list = { date: report.dates, place: report.places, dist: report.distancing }[type];
    return list?.[i] ? [list[i]] : [];
  }

  /** One line of tooltip text per highlighted span. */
  function describe(report, entry) {
    const [type, n] = entry.key.split(":");
    const i = Number(n);
    if (type === "attr") {
      const a = report.attributions[i];
      if (!a) return "";
      const who = a.speaker || a.source?.text || "unknown speaker";
      const src = a.source_id !== null && a.source_id !== undefined ? report.sources.find((x) => x.id === a.source_id) : null;
      const kind = src ? ` (${src.kind}${a.anonymous && src.kind !== "anonymous" ? ", anonymous" : ""})` : a.anonymous ? " (anonymous)" : "";
      const role = entry.cat === "cue" ? "cue" : entry.cat === "source" ? "source" : "claim";
      return `${who}${kind} — ${role}: “${clip(a.cue?.text, 40)}”, ${own(KIND_LABEL, a.kind) || a.kind}`;
    }
    if (type === "source") {
      const src = report.sources.find((x) => x.id === i);
      return src ? `${sourceName(src)} (${src.kind}${src.anonymous && src.kind !== "anonymous" ? ", anonymous" : ""}) — ${plural(src.attributions.length, "claim")}` : "";
    }
    if (type === "date") {
      const d = report.dates[i];
      if (!d) return "";
      if (!d.value) return `Date: “${clip(d.text, 40)}” (not resolved to a calendar date)`;
      return `Date: ${formatDate(d.value)}${d.relative && d.anchor ? ` (relative to ${formatDate(d.anchor)})` : ""}`;
    }
    if (type === "place") {
      const p = report.places[i];
      if (!p) return "";
      const country = p.country ? countryName(p.country) : "";
      const where = country && country !== p.name ? `, ${country}` : "";
      return `${flag(p.country)} ${p.name}${where} — ${p.kind}`.trim();
    }
    if (type === "dist") {
      const d = report.distancing[i];
      return d ? `Distancing: ${own(DIST_LABEL, d.kind) || d.kind} “${clip(d.text, 40)}”` : "";
    }
    return "";
  }

  // ---------------------------------------------------------------- page highlights

  const yieldNow = () => new Promise((r) => setTimeout(r, 0));

  class Highlighter {
    /** `rangeFor(start, end)` maps offsets of the analysed text to a DOM Range (or null). */
    constructor({ rangeFor, doc } = {}) {
      this.rangeFor = rangeFor;
      this.doc = doc || global.document;
      this.entries = [];
      this.index = new Map(); // Text node -> entries whose range touches it
      this.filters = null;
      this.report = null;
      this.flashTimer = null;
      this.missed = 0;
    }
    static supported() {
      return !!(global.CSS && CSS.highlights && typeof global.Highlight === "function");
    }
    /** Builds one Range per span (in slices, so a long page does not freeze). */
    async set(report, { sliceMs = 12 } = {}) {
      this.clear();
      this.report = report;
      const spans = spansOf(report);
      let t = performance.now();
      this.missed = 0;
      for (let k = 0; k < spans.length; k++) {
        const sp = spans[k];
        const range = this.rangeFor(sp.start, sp.end);
        if (!range) {
          this.missed++;
          continue;
        }
        const e = { ...sp, range, a: range.startContainer, b: range.endContainer };
        this.entries.push(e);
        this.indexEntry(e);
        if (k % 200 === 199 && performance.now() - t > sliceMs) {
          await yieldNow();
          t = performance.now();
        }
      }
      return this.entries.length;
    }
    indexEntry(e) {
      const r = e.range;
      const add = (node) => {
        let l = this.index.get(node);
        if (!l) this.index.set(node, (l = []));
        l.push(e);
      };
      if (r.startContainer === r.endContainer) {
        add(r.startContainer);
        return;
      }
      const w = this.doc.createTreeWalker(r.commonAncestorContainer, 4 /* SHOW_TEXT */);
      w.currentNode = r.startContainer;
      let n = r.startContainer, guard = 0;
      while (n && guard++ < 200) {
        if (n.nodeType === 3) add(n);
        if (n === r.endContainer) break;
        n = w.nextNode();
      }
    }
    /** Shows the categories switched on in `filters` ({cat: bool}). */
    apply(filters) {
      this.filters = { ...(filters || {}) };
      if (!Highlighter.supported()) return;
      for (const c of CATS) {
        const name = HL_NAME(c.id);
        const on = this.filters[c.id] !== false;
        const ranges = on ? this.entries.filter((e) => e.cat === c.id).map((e) => e.range) : [];
        if (ranges.length) {
          const hl = new global.Highlight(...ranges);
          hl.priority = own(PRIORITY, c.id) || 0;
          CSS.highlights.set(name, hl);
        } else CSS.highlights.delete(name);
      }
    }
    /**
     * The page changed after the highlights were set: `texts` are Text nodes whose data
     * changed or that were removed, `structural` says elements were removed too. A highlight
     * whose Range no longer covers its span's words (live Ranges follow the DOM) is dropped.
     * Returns how many were dropped.
     */
    revalidate(texts, structural = false) {
      const suspects = new Set();
      for (const n of texts || []) for (const e of this.index.get(n) || []) suspects.add(e);
      if (structural) for (const e of this.entries) if (!e.a.isConnected || !e.b.isConnected) suspects.add(e);
      const norm = (t) => String(t).replace(/\s+/g, " ").trim();
      const bad = new Set();
      for (const e of suspects) {
        const r = e.range;
        if (r.startContainer !== e.a || r.endContainer !== e.b || !e.a.isConnected || (e.text !== null && e.text !== undefined && norm(r.toString()) !== norm(e.text))) bad.add(e);
      }
      if (!bad.size) return 0;
      this.entries = this.entries.filter((e) => !bad.has(e));
      for (const [node, list] of this.index) {
        const kept = list.filter((e) => !bad.has(e));
        if (kept.length) this.index.set(node, kept);
        else this.index.delete(node);
      }
      this.missed += bad.size;
      if (this.filters) this.apply(this.filters);
      return bad.size;
    }
    clear() {
      if (Highlighter.supported()) {
        for (const c of CATS) CSS.highlights.delete(HL_NAME(c.id));
        CSS.highlights.delete(FLASH);
      }
      clearTimeout(this.flashTimer);
      this.entries = [];
      this.index = new Map();
    }
    /** The highlighted spans under the viewport point (x, y), innermost first. */
    at(x, y) {
      const doc = this.doc;
      let node = null, offset = 0;
      try {
        if (doc.caretPositionFromPoint) {
          const p = doc.caretPositionFromPoint(x, y);
          node = p?.offsetNode;
          offset = p?.offset ?? 0;
        } else if (doc.caretRangeFromPoint) {
          const r = doc.caretRangeFromPoint(x, y);
          node = r?.startContainer;
          offset = r?.startOffset ?? 0;
        }
      } catch {
        return [];
      }
      if (!node || node.nodeType !== 3) return [];
      const list = this.index.get(node);
      if (!list) return [];
      // the character actually under the pointer: the caret is before or after it
      let ci = -1;
      for (const k of [offset, offset - 1]) {
        if (k < 0 || k >= node.length) continue;
        let a = k, b = k + 1;
        const code = node.data.charCodeAt(k);
        if (code >= 0xd800 && code < 0xdc00) b = Math.min(node.length, k + 2);
        else if (code >= 0xdc00 && code < 0xe000 && k > 0) a = k - 1;
        const r = doc.createRange();
        r.setStart(node, a);
        r.setEnd(node, b);
        for (const rect of r.getClientRects()) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
            ci = a;
            break;
          }
        }
        if (ci >= 0) break;
      }
      if (ci < 0) return [];
      const hits = list.filter((e) => {
        if (this.filters && this.filters[e.cat] === false) return false;
        try {
          if (!e.range.isPointInRange(node, ci)) return false;
        } catch {
          return false;
        }
        return !(e.range.endContainer === node && e.range.endOffset <= ci);
      });
      return hits.sort((a, b) => a.end - a.start - (b.end - b.start));
    }
    /** Scrolls the first span into view and flashes all of them. */
    show(spans) {
      const ranges = (spans || []).map((sp) => sp && this.rangeFor(sp.start, sp.end)).filter(Boolean);
      if (!ranges.length) return false;
      const r = ranges[0];
      const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
      const reduce = global.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      try {
        el?.scrollIntoView({ block: "nearest", inline: "nearest" });
        const rect = r.getBoundingClientRect();
        const vh = global.innerHeight || 800;
        if (rect.top < vh * 0.15 || rect.bottom > vh * 0.85) {
          global.scrollBy({ top: rect.top - vh / 3, behavior: reduce ? "auto" : "instant" });
        }
      } catch {
        /* detached */
      }
      if (!Highlighter.supported()) return true;
      clearTimeout(this.flashTimer);
      let n = 0;
      const step = () => {
        if (n % 2 === 0) {
          const hl = new global.Highlight(...ranges);
          hl.priority = 10;
          CSS.highlights.set(FLASH, hl);
        } else CSS.highlights.delete(FLASH);
        if (++n <= (reduce ? 1 : 5)) this.flashTimer = setTimeout(step, n % 2 ? 450 : 200);
        else CSS.highlights.delete(FLASH);
      };
      step();
      return true;
    }
  }

  // ---------------------------------------------------------------- the demo page's text view

  /**
   * Renders `text` (paragraphs separated by blank lines) into `container` as <p>/<h1> elements
   * holding Text nodes, and returns rangeFor(start, end) over it. `options.headline`: the tag
   * of the first paragraph (default "h1").
   */
  function renderText(container, text, options = {}) {
    const headTag = /^(h[1-6]|p|div)$/i.test(options.headline || "") ? options.headline : "h1";
    const doc = container.ownerDocument;
    container.replaceChildren();
    const pieces = [];
    const re = /\n[ \t]*\n/g;
    let pos = 0, first = true, m;
    const para = (a, b) => {
      const chunk = text.slice(a, b);
      const lead = chunk.length - chunk.trimStart().length;
      const body = chunk.trim();
      if (!body) return;
      const el = doc.createElement(first ? headTag : "p");
      first = false;
      const node = doc.createTextNode(body);
      el.append(node);
      container.append(el);
      pieces.push({ node, start: a + lead, end: a + lead + body.length, offs: null, base: 0 });
    };
    while ((m = re.exec(text))) {
      para(pos, m.index);
      pos = m.index + m[0].length;
    }
    para(pos, text.length);
    return global.SourcelensExtract ? global.SourcelensExtract.makeRangeFor(pieces, doc) : simpleRangeFor(pieces, doc);
  }
  function simpleRangeFor(pieces, doc) {
    return (start, end) => {
      const p = pieces.find((x) => x.start <= start && end <= x.end);
      if (!p) return null;
      const r = doc.createRange();
      r.setStart(p.node, start - p.start);
      r.setEnd(p.node, end - p.start);
      return r;
    };
  }

  // ---------------------------------------------------------------- export

  function toJSON(report, meta = {}) {
    return JSON.stringify(
      {
        tool: "sourcelens",
        version: meta.version || null,
        url: meta.url || null,
        title: meta.title || null,
        published: report.published ?? null,
        extraction: meta.method || null,
        text: meta.text ?? null,
        report,
      },
      null,
      2,
    );
  }

  const mdText = (t) => String(t || "").replace(/\s+/g, " ").replace(/([\\`*_[\]<>|])/g, "\\$1").trim();

  function toMarkdown(report, meta = {}) {
    const L = [];
    const p = report.profile || {};
    L.push(`# sourcelens: ${mdText(meta.title || "article")}`, "");
    if (meta.url) L.push(`<${meta.url}>`, "");
    // meta.publishedFrom (optional): where the caller's published date came from
    const from = meta.publishedFrom || (report.published_source === "option" ? "the page's metadata" : report.published_source);
    L.push(`Published: ${report.published || "unknown"}${report.published && from ? ` (from ${from})` : ""}`);
    L.push(`Analysed offline by sourcelens${meta.version ? " " + meta.version : ""}: ${report.stats?.words ?? "?"} words.`, "");
    L.push("## Sourcing at a glance", "");
    L.push(`- ${plural(p.attributions || 0, "attribution")}: ${p.direct || 0} quoted, ${p.indirect || 0} paraphrased, ${p.mixed || 0} mixed`);
    L.push(`- named ${p.named || 0}, anonymous ${p.anonymous || 0} (${pct(p.share_anonymous)} anonymous)`);
    L.push(`- ${plural(p.sources || 0, "source")} (${p.anonymous_sources || 0} anonymous)`);
    L.push(`- ${pct(p.share_attributed)} of the text is attributed material`, "");
    L.push("## Sources", "");
    const srcs = [...(report.sources || [])].sort((a, b) => b.attributions.length - a.attributions.length || b.share - a.share);
    if (!srcs.length) L.push("None found.", "");
    for (const src of srcs) {
      L.push(`### ${mdText(sourceName(src))} — ${src.kind}${src.anonymous && src.kind !== "anonymous" ? ", anonymous" : ""}: ${plural(src.attributions.length, "claim")}, ${pct(src.share)} of the text`, "");
      for (const k of src.attributions) {
        const a = report.attributions[k];
        if (!a) continue;
        L.push(`- *${mdText(a.cue.text)}* (${own(KIND_LABEL, a.kind) || a.kind})${a.content ? `: “${mdText(clip(a.content.text, 280))}”` : ""}`);
      }
      L.push("");
    }
    const orphan = (report.attributions || []).filter((a) => a.source_id === null || a.source_id === undefined);
    if (orphan.length) {
      L.push("### Speaker not resolved", "");
      for (const a of orphan) L.push(`- *${mdText(a.cue.text)}*${a.content ? `: “${mdText(clip(a.content.text, 280))}”` : ""}`);
      L.push("");
    }
    L.push("## Distancing", "");
    if (!(report.distancing || []).length) L.push("None found.");
    for (const d of report.distancing || []) L.push(`- ${own(DIST_LABEL, d.kind) || d.kind}: “${mdText(d.text)}”`);
    L.push("", "## Timeline", "");
    const dates = [...(report.dates || [])].sort((a, b) => (a.value || "9999").localeCompare(b.value || "9999"));
    if (!dates.length) L.push("None found.");
    for (const d of dates) L.push(`- ${d.value || "unresolved"}: “${mdText(d.text)}”${d.relative ? " (relative)" : ""}`);
    L.push("", "## Places", "");
    const groups = groupPlaces(report);
    if (!groups.length) L.push("None found.");
    for (const g of groups) L.push(`- ${flag(g.country)} ${mdText(g.name)}${g.country ? ` (${g.country})` : ""}, ${g.kind}: ${plural(g.indices.length, "mention")}`.replace(/^- {2}/, "- "));
    L.push("", "---", "Place data: GeoNames (geonames.org), CC BY 4.0.", "");
    return L.join("\n");
  }

  function groupPlaces(report) {
    const groups = new Map();
    (report.places || []).forEach((p, i) => {
      const id = `${p.name}|${p.country || ""}`;
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon, indices: [] }));
      g.indices.push(i);
    });
    return [...groups.values()].sort((a, b) => b.indices.length - a.indices.length || a.indices[0] - b.indices[0]);
  }

  /**
   * The report as ONE CSV table (RFC 4180: comma, double quotes, CRLF, UTF-8 with a BOM so
   * spreadsheets detect the encoding). The first column, `section`, says what a row is:
   * "attribution" (one row per attribution), "date", "place" or "distancing"; columns that do
   * not apply to a row's section are empty:
   *   section, n            1-based number within the section (report order)
   *   source, source_kind   attribution: the source's display name and kind
   *   speaker               attribution: the resolved speaker
   *   kind                  attribution direct|indirect|mixed; date day|month|year; place
   *                         country|admin|city|…; distancing so-called|scare-quote|alleged|claim
   *   anonymous             attribution: true|false
   *   cue, content          attribution: the cue phrase and the reported material
   *   text                  date/place/distancing: the words in the article
   *   value                 date: ISO value (empty when unresolved); place: canonical name
   *   relative              date: true|false
   *   country, lat, lon     place: ISO 3166-1 alpha-2 and coordinates
   *   start, end            offsets in the analysed text (the Report's unit; attribution: from
   *                         the first to the last of its cue/source/content spans)
   * Text cells beginning with = + - @ or a tab are prefixed with ' (spreadsheet formula injection).
   */
  const CSV_COLUMNS = ["section", "n", "source", "source_kind", "speaker", "kind", "anonymous", "cue", "content", "text", "value", "relative", "country", "lat", "lon", "start", "end"];
  function toCSV(report) {
    const cell = (v) => {
      if (v === null || v === undefined) return "";
      if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
      if (typeof v === "boolean") return v ? "true" : "false";
      let t = String(v).replace(/\r\n?/g, "\n");
      if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;
      return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
    };
    const rows = [CSV_COLUMNS.join(",")];
    const row = (o) => rows.push(CSV_COLUMNS.map((c) => cell(o[c])).join(","));
    const sources = new Map((report.sources || []).map((x) => [x.id, x]));
    (report.attributions || []).forEach((a, i) => {
      const src = a.source_id !== null && a.source_id !== undefined ? sources.get(a.source_id) : null;
      const spans = [a.cue, a.source, a.content].filter(Boolean);
      row({
        section: "attribution", n: i + 1,
        source: src ? sourceName(src) : a.source?.text ?? "", source_kind: src?.kind ?? "",
        speaker: a.speaker ?? "", kind: a.kind, anonymous: !!a.anonymous,
        cue: a.cue?.text ?? "", content: a.content?.text ?? "",
        start: spans.length ? Math.min(...spans.map((x) => x.start)) : null,
        end: spans.length ? Math.max(...spans.map((x) => x.end)) : null,
      });
    });
    (report.dates || []).forEach((d, i) =>
      row({ section: "date", n: i + 1, kind: d.precision ?? "", text: d.text, value: d.value ?? "", relative: !!d.relative, start: d.start, end: d.end }));
    (report.places || []).forEach((p, i) =>
      row({ section: "place", n: i + 1, kind: p.kind, text: p.text, value: p.name, country: p.country ?? "", lat: p.lat, lon: p.lon, start: p.start, end: p.end }));
    (report.distancing || []).forEach((d, i) =>
      row({ section: "distancing", n: i + 1, kind: d.kind, text: d.text, start: d.start, end: d.end }));
    return "\ufeff" + rows.join("\r\n") + "\r\n";
  }

  // ---------------------------------------------------------------- styles

  const CSS_TEXT = `
:host { all: initial; }
.sl { all: initial; display: block; height: 100%; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  --bg: #ffffff; --fg: #1d1f23; --muted: #596070; --line: #d5d9e0; --soft: #f2f4f7; --accent: #2f55a4; --focus: #1a73e8;
  --source: #1f63c6; --cue: #b85600; --content: #7b3fa0; --date: #2b7a30; --place: #00798a; --distancing: #c0282d; --anon: #8a4b00;
  --land: #c3cad5; --border: #f7f8fa; color: var(--fg); }
.sl[data-theme="dark"] { --bg: #1c1e22; --fg: #e8eaed; --muted: #a6adba; --line: #3a3f47; --soft: #2a2d33; --accent: #8ab4f8; --focus: #8ab4f8;
  --source: #8ab4ff; --cue: #ffb74d; --content: #ce93d8; --date: #8fd694; --place: #6fd3e0; --distancing: #ff8a80; --anon: #ffcc80;
  --land: #3b4049; --border: #1c1e22; }
.sl *, .sl *::before, .sl *::after { box-sizing: border-box; }
aside { position: relative; height: 100%; display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  border-left: 1px solid var(--line); box-shadow: -3px 0 12px rgba(0,0,0,.18); outline: none; }
aside:focus-visible { box-shadow: inset 0 0 0 2px var(--focus); }
.sl.inline aside { box-shadow: none; border-left: none; }
.sl.inline aside:focus-visible { box-shadow: inset 0 0 0 2px var(--focus); }
.resize { position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: ew-resize; z-index: 2; background: transparent; }
.resize:hover, .resize:focus-visible { background: var(--accent); opacity: .35; outline: none; }
header { display: flex; align-items: center; gap: 6px; padding: 10px 12px 8px; border-bottom: 1px solid var(--line); flex: none; }
h2 { font-size: 16px; font-weight: 700; margin: 0; flex: 1; letter-spacing: .01em; }
h2 .logo { color: var(--accent); }
.scroll { overflow: auto; flex: 1; padding: 4px 12px 16px; overscroll-behavior: contain; }
button { font: inherit; color: inherit; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 3px 8px; cursor: pointer; }
button:hover { border-color: var(--accent); }
button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.tool { min-width: 30px; }
.menu { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 12px; border-bottom: 1px solid var(--line); background: var(--soft); }
.menu[hidden] { display: none; }
.status { margin: 8px 0 4px; color: var(--muted); }
.state-error .status, .state-empty .status { color: var(--fg); font-weight: 600; }
.message { margin: 6px 0; }
.notes { margin: 4px 0; padding-left: 18px; color: var(--muted); font-size: 12.5px; }
fieldset.filters { border: 1px solid var(--line); border-radius: 8px; padding: 4px 8px 6px; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
fieldset.filters legend { font-size: 12px; color: var(--muted); padding: 0 4px; }
fieldset.filters label { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; cursor: pointer; white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border-bottom: 3px solid; }
section { margin-top: 10px; }
h3 { margin: 0; font-size: 14px; }
h3 button { width: 100%; text-align: left; background: none; border: none; border-bottom: 1px solid var(--line); border-radius: 0; padding: 6px 0 4px; font-weight: 700; display: flex; gap: 6px; align-items: baseline; }
h3 button::before { content: "▾"; color: var(--muted); width: 1em; display: inline-block; }
h3 button[aria-expanded="false"]::before { content: "▸"; }
h3 .n { color: var(--muted); font-weight: 400; }
.body[hidden] { display: none; }
.body { padding-top: 6px; }
.empty { color: var(--muted); font-style: italic; margin: 4px 0; }
ul.list { list-style: none; margin: 0; padding: 0; }
ul.list > li { margin: 2px 0; }
.item { display: block; width: 100%; text-align: left; background: transparent; border: 1px solid transparent; border-radius: 6px; padding: 4px 6px; line-height: 1.35; }
.item:hover { background: var(--soft); border-color: var(--line); }
.item.selected { border-color: var(--accent); background: var(--soft); box-shadow: inset 3px 0 0 var(--accent); }
.badge { display: inline-block; font-size: 11px; line-height: 1.4; padding: 0 5px; border-radius: 9px; border: 1px solid var(--line); color: var(--muted); margin-left: 4px; vertical-align: 1px; }
.badge.anon { border-color: var(--anon); color: var(--anon); }
.badge.rel { font-style: italic; }
.meta { color: var(--muted); font-size: 12px; }
.src-name { font-weight: 600; color: var(--source); }
.claims { list-style: none; margin: 0 0 6px 10px; padding: 0 0 0 6px; border-left: 2px solid var(--line); }
.claims .item { font-size: 13px; }
.cue { color: var(--cue); font-weight: 600; }
.quote { color: var(--fg); }
.bar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; background: var(--soft); border: 1px solid var(--line); margin: 3px 0 2px; }
.bar span { display: block; height: 100%; }
.bar .a { background: var(--source); }
.bar .b { background: var(--anon); }
.bar .c { background: var(--content); }
.bar .d { background: var(--cue); opacity: .8; }
.legend { display: flex; justify-content: space-between; font-size: 12px; color: var(--muted); }
.glance h4 { font-size: 12.5px; margin: 8px 0 0; font-weight: 600; }
.shares { list-style: none; margin: 4px 0 0; padding: 0; }
.shares li { display: grid; grid-template-columns: minmax(0, 1fr) 70px 38px; gap: 6px; align-items: center; font-size: 12.5px; margin: 2px 0; }
.shares .nm { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.shares .mini { height: 8px; background: var(--soft); border-radius: 4px; overflow: hidden; border: 1px solid var(--line); }
.shares .mini span { display: block; height: 100%; background: var(--source); }
.shares .mini span.anon { background: var(--anon); }
.shares .v { text-align: right; color: var(--muted); }
.timeline { list-style: none; margin: 0; padding: 0 0 0 10px; border-left: 2px solid var(--date); }
.timeline li { position: relative; }
.timeline li::before { content: ""; position: absolute; left: -15px; top: 10px; width: 8px; height: 8px; border-radius: 50%; background: var(--date); }
.timeline time { font-weight: 600; color: var(--date); margin-right: 6px; }
.map { display: block; width: 100%; height: auto; margin: 4px 0 6px; border-radius: 6px; background: var(--soft); }
.map .land { fill: var(--land); }
.map .borders { fill: none; stroke: var(--border); stroke-width: .35; }
.map circle { fill: var(--place); fill-opacity: .8; stroke: var(--bg); stroke-width: .6; cursor: pointer; }
.map circle.selected { fill: var(--distancing); }
.flag { font-size: 15px; margin-right: 4px; }
.dist-kind { color: var(--distancing); font-weight: 600; margin-right: 6px; }
.ctx { color: var(--muted); font-size: 13px; }
.ctx b { color: var(--fg); font-weight: 600; }
details.about { margin-top: 14px; font-size: 12.5px; color: var(--muted); }
details.about summary { cursor: pointer; }
details.about p { margin: 4px 0; }
details.about label { display: flex; gap: 6px; align-items: center; margin: 6px 0; }
select { font: inherit; color: var(--fg); background: var(--soft); border: 1px solid var(--line); border-radius: 5px; }
.more { margin: 4px 0; }
.tip { position: fixed; z-index: 2147483647; max-width: 340px; pointer-events: none; background: #16181c; color: #f1f3f4; font: 13px/1.4 system-ui, sans-serif;
  padding: 6px 9px; border-radius: 6px; box-shadow: 0 3px 10px rgba(0,0,0,.3); }
.tip[hidden] { display: none; }
.tip div + div { margin-top: 3px; padding-top: 3px; border-top: 1px solid #3c4043; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .item { transition: background .12s; } }
`;

  function applyStyles(root, doc) {
    try {
      const win = doc.defaultView || global;
      if ("adoptedStyleSheets" in root) {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(CSS_TEXT);
        root.adoptedStyleSheets = [sheet];
        if (root.adoptedStyleSheets.length === 1) return;
      }
    } catch {
      /* fall through: a <style> element */
    }
    root.append(h(doc, "style", { text: CSS_TEXT }));
  }

  // ---------------------------------------------------------------- the sidebar

  const LIST_CAP = 150;

  function mount(root, opts = {}) {
    const doc = root.ownerDocument || root;
    const win = doc.defaultView || global;
    let settings = mergeSettings(opts.settings);
    let pageDark = !!opts.pageDark;
    let model = { state: "loading", report: null, text: "", message: "", notes: [], meta: {} };
    const keyEls = new Map(); // key -> [elements]
    const cycle = new Map(); // group id -> next mention
    let selected = [];
    let idSeq = 0;
    const uid = (p) => `sl-${p}-${++idSeq}`;
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
      class: "resize", role: "separator", "aria-orientation": "vertical", "aria-label": "Resize the sourcelens sidebar (left and right arrows)",
      tabindex: "0", "aria-valuemin": MIN_W, "aria-valuemax": MAX_W, "aria-valuenow": settings.width,
    });
    const FORMATS = { json: ["JSON", "json", "application/json", toJSON], markdown: ["Markdown", "md", "text/markdown", toMarkdown], csv: ["CSV", "csv", "text/csv", toCSV] };
    const formats = (Array.isArray(opts.exports) ? opts.exports : ["json", "markdown"]).filter((f) => FORMATS[f]);
    const exportBtn = h(doc, "button", { class: "tool", "aria-expanded": "false", "aria-haspopup": "true", title: "Copy or save the report", text: "Export" });
    const head = h(doc, "header", null,
      h(doc, "h2", null, h(doc, "span", { class: "logo", "aria-hidden": "true", text: "◉ " }), "sourcelens"),
      h(doc, "button", { class: "tool", "data-action": "rescan", title: opts.rescanLabel || "Re-scan the page", "aria-label": opts.rescanLabel || "Re-scan the page", text: "↻", onclick: trusted(() => opts.onRescan?.()) }),
      exportBtn,
      opts.closable === false ? null : h(doc, "button", { class: "tool", "data-action": "close", title: "Close (Esc)", "aria-label": "Close sourcelens", text: "✕", onclick: trusted(() => opts.onClose?.()) }),
    );
    const menuId = uid("export");
    exportBtn.setAttribute("aria-controls", menuId);
    const menu = h(doc, "div", { class: "menu", id: menuId, role: "group", "aria-label": "Export the report", hidden: true },
      formats.flatMap((format) => ["copy", "download"].map((action) =>
        h(doc, "button", {
          "data-export": `${action}-${format}`,
          text: `${action === "copy" ? "Copy" : "Save"} ${FORMATS[format][0]}`,
          onclick: trusted(() => doExport(format, action)),
        }))),
    );
    on(exportBtn, "click", () => toggleMenu(menu.hidden));
    const status = h(doc, "p", { class: "status", role: "status", "aria-live": "polite", text: "Analysing the article…" });
    const scroll = h(doc, "div", { class: "scroll" });
    const content = h(doc, "div", { class: "content" });
    scroll.append(status, content);
    aside.append(...(opts.inline ? [] : [resizer]), head, menu, scroll);
    const tip = h(doc, "div", { class: "tip", role: "tooltip", hidden: true });
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

    function applyTheme() {
      const t = settings.theme === "auto" ? (pageDark ? "dark" : "light") : settings.theme;
      wrap.setAttribute("data-theme", t);
    }
    function applyWidth() {
      aside.style.width = opts.inline ? "100%" : `${settings.width}px`;
      resizer.setAttribute("aria-valuenow", String(settings.width));
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
      const max = Math.min(MAX_W, Math.max(MIN_W, (win.innerWidth || 1200) - 80));
      settings.width = Math.round(Math.max(MIN_W, Math.min(max, w)));
      applyWidth();
      if (notify) changed();
    }

    // ---- keyboard
    on(aside, "keydown", (e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        if (!menu.hidden) {
          toggleMenu(false);
          exportBtn.focus();
        } else if (opts.closable !== false) opts.onClose?.();
        return;
      }
      const nav = own({ ArrowDown: 1, ArrowUp: -1, Home: "first", End: "last" }, e.key);
      if (nav === undefined) return;
      const t = root.activeElement || e.target;
      if (!(t === aside || t?.classList?.contains("item"))) return;
      const items = [...aside.querySelectorAll(".item")].filter((x) => x.offsetParent !== null || x.getClientRects().length);
      if (!items.length) return;
      e.preventDefault();
      let i = items.indexOf(t);
      if (nav === "first") i = 0;
      else if (nav === "last") i = items.length - 1;
      else i = i < 0 ? (nav > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, i + nav));
      items[i].focus();
    });

    // ---- export
    async function doExport(format, action) {
      const r = model.report;
      if (!r) return;
      const meta = { ...model.meta, text: model.text };
      const [label, ext, mime, fn] = FORMATS[format];
      const content = fn(r, meta);
      const base = (model.meta.title || "article").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "article";
      const filename = `sourcelens-${base}.${ext}`;
      const req = { format, action, content, filename };
      let ok = true;
      if (opts.onExport) ok = (await opts.onExport(req)) !== false;
      else if (action === "copy") ok = await copyText(content);
      else download(content, filename, mime);
      say(ok ? `${action === "copy" ? "Copied" : "Saved"} the report as ${label}.` : "Could not copy: your browser refused the clipboard.");
    }
    async function copyText(t) {
      try {
        await win.navigator.clipboard.writeText(t);
        return true;
      } catch {
        const ta = h(doc, "textarea", { class: "sr", "aria-hidden": "true" });
        ta.value = t;
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
    function download(t, filename, type) {
      const url = URL.createObjectURL(new Blob([t], { type }));
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
      return `${plural(r.attributions.length, "attribution")} from ${plural(r.sources.length, "source")}, ${plural(r.dates.length, "date")}, ${plural(r.places.length, "place")}, ${plural(r.distancing.length, "distancing marker")}.`;
    }

    function reg(key, el) {
      el.dataset.key = key;
      let l = keyEls.get(key);
      if (!l) keyEls.set(key, (l = []));
      l.push(el);
    }

    function item(keys, children, label, spansFn) {
      const b = h(doc, "button", { class: "item", type: "button", "aria-label": label || null }, children);
      const list = Array.isArray(keys) ? keys : [keys];
      for (const k of list) reg(k, b);
      b.dataset.key = list[0];
      on(b, "click", () => activate(list, spansFn, b));
      return b;
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

    function section(id, title, count, body) {
      const bodyId = uid(id);
      const open = !settings.collapsed[id];
      const btn = h(doc, "button", { "aria-expanded": String(open), "aria-controls": bodyId }, title, count === null ? null : h(doc, "span", { class: "n", text: `(${count})` }));
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

    function capped(list, render, label) {
      const ul = h(doc, "ul", { class: "list", "aria-label": label });
      const first = list.slice(0, LIST_CAP);
      for (const x of first) ul.append(render(x));
      if (list.length > LIST_CAP) {
        const more = h(doc, "button", { class: "more", text: `Show ${list.length - LIST_CAP} more` });
        on(more, "click", () => {
          for (const x of list.slice(LIST_CAP)) ul.append(render(x));
          more.remove();
        });
        return [ul, more];
      }
      return [ul];
    }

    function filtersBox() {
      const fs = h(doc, "fieldset", { class: "filters" }, h(doc, "legend", { text: "Highlight on the page" }));
      for (const c of CATS) {
        const cb = h(doc, "input", { type: "checkbox", "data-filter": c.id });
        cb.checked = settings.filters[c.id] !== false;
        on(cb, "change", () => {
          settings.filters[c.id] = cb.checked;
          changed();
        });
        fs.append(h(doc, "label", { title: c.hint }, cb, h(doc, "span", { class: "swatch", "aria-hidden": "true", style: `background: var(--${c.id}); border-color: var(--${c.id})` }), c.label));
      }
      return fs;
    }

    function glance(r) {
      const p = r.profile || {};
      const total = (p.named || 0) + (p.anonymous || 0);
      const direct = (p.direct || 0) + (p.mixed || 0);
      const dtotal = direct + (p.indirect || 0);
      const bar = (a, b, ca, cb, label) =>
        h(doc, "div", { class: "bar", role: "img", "aria-label": label },
          h(doc, "span", { class: ca, style: `width:${a + b ? (100 * a) / (a + b) : 0}%` }),
          h(doc, "span", { class: cb, style: `width:${a + b ? (100 * b) / (a + b) : 0}%` }));
      const out = h(doc, "div", { class: "glance" });
      if (!r.attributions.length) {
        out.append(h(doc, "p", { class: "empty", text: "No attributed statements found." }));
        return out;
      }
      out.append(
        h(doc, "h4", { text: "Named vs anonymous" }),
        bar(p.named || 0, p.anonymous || 0, "a", "b", `Named: ${p.named || 0} attributions; anonymous: ${p.anonymous || 0} (${pct(p.share_anonymous)})`),
        h(doc, "div", { class: "legend", "aria-hidden": "true" }, h(doc, "span", { text: `named ${p.named || 0}` }), h(doc, "span", { text: `anonymous ${p.anonymous || 0} · ${total ? pct((p.anonymous || 0) / total) : "0%"}` })),
        h(doc, "h4", { text: "Quoted vs paraphrased" }),
        bar(direct, p.indirect || 0, "c", "d", `Quoted (direct or mixed): ${direct}; paraphrased (indirect): ${p.indirect || 0}`),
        h(doc, "div", { class: "legend", "aria-hidden": "true" }, h(doc, "span", { text: `quoted ${direct}` }), h(doc, "span", { text: `paraphrased ${p.indirect || 0} · ${dtotal ? pct((p.indirect || 0) / dtotal) : "0%"}` })),
        h(doc, "h4", { text: `Share of the article resting on each source (${pct(p.share_attributed)} attributed in all)` }),
      );
      const srcs = [...r.sources].sort((a, b) => b.share - a.share || b.attributions.length - a.attributions.length).slice(0, 8);
      const max = Math.max(0.0001, ...srcs.map((x) => x.share));
      const ul = h(doc, "ul", { class: "shares", "aria-label": "Share of the article per source" });
      for (const x of srcs) {
        ul.append(h(doc, "li", { "aria-label": `${sourceName(x)}: ${pct(x.share)} of the article` },
          h(doc, "span", { class: "nm", title: sourceName(x), text: sourceName(x) }),
          h(doc, "span", { class: "mini", "aria-hidden": "true" }, h(doc, "span", { class: x.anonymous ? "anon" : "", style: `width:${(100 * x.share) / max}%` })),
          h(doc, "span", { class: "v", "aria-hidden": "true", text: pct(x.share) })));
      }
      out.append(ul);
      return out;
    }

    function sourcesList(r) {
      const srcs = [...r.sources].sort((a, b) => b.attributions.length - a.attributions.length || b.share - a.share);
      const orphans = r.attributions.map((a, i) => [a, i]).filter(([a]) => a.source_id === null || a.source_id === undefined);
      if (!srcs.length && !orphans.length) return [h(doc, "p", { class: "empty", text: "No sources found." })];
      const claim = (i) => {
        const a = r.attributions[i];
        if (!a) return null;
        return h(doc, "li", null, item(`attr:${i}`, [
          h(doc, "span", { class: "cue", text: a.cue.text }),
          h(doc, "span", { class: "badge", text: own(KIND_LABEL, a.kind) || a.kind }),
          a.content ? h(doc, "div", { class: "quote", text: `“${clip(a.content.text, 160)}”` }) : null,
        ], `${a.speaker || a.source?.text || "unknown"} ${a.cue.text}${a.content ? ": " + clip(a.content.text, 160) : ""}`));
      };
      const render = (src) => {
        const label = `${sourceName(src)}, ${src.kind}${src.anonymous && src.kind !== "anonymous" ? ", anonymous" : ""}, ${plural(src.attributions.length, "claim")}, ${pct(src.share)} of the article`;
        const claims = h(doc, "ul", { class: "claims", "aria-label": `Claims of ${sourceName(src)}` }, src.attributions.slice(0, 60).map(claim));
        return h(doc, "li", null,
          item(`source:${src.id}`, [
            h(doc, "span", { class: "src-name", text: sourceName(src) }),
            src.kind !== "anonymous" || !src.anonymous ? h(doc, "span", { class: "badge", text: src.kind }) : null,
            src.anonymous ? h(doc, "span", { class: "badge anon", text: "anonymous" }) : null,
            h(doc, "div", { class: "meta", text: `${plural(src.attributions.length, "claim")} · ${pct(src.share)} of the article` }),
          ], label),
          claims);
      };
      const out = capped(srcs, render, "Sources");
      if (orphans.length) {
        out.push(h(doc, "p", { class: "meta", text: "Speaker not resolved:" }), h(doc, "ul", { class: "claims", "aria-label": "Claims with an unresolved speaker" }, orphans.slice(0, 60).map(([, i]) => claim(i))));
      }
      return out;
    }

    /** The span in its sentence: "…before <b>span</b> after…" (text nodes only). */
    function context(sp, width = 36) {
      const t = model.text || "";
      if (!t || !(sp.end > sp.start) || t.slice(sp.start, sp.end) !== sp.text) return h(doc, "span", { class: "quote", text: `“${clip(sp.text, 120)}”` });
      const lo = t.lastIndexOf("\n", sp.start - 1) + 1;
      let hi = t.indexOf("\n", sp.end);
      if (hi < 0) hi = t.length;
      let a = Math.max(lo, sp.start - width);
      if (a > lo) {
        const w = t.indexOf(" ", a);
        if (w >= 0 && w < sp.start) a = w + 1;
      }
      let b = Math.min(hi, sp.end + width);
      if (b < hi) {
        const w = t.lastIndexOf(" ", b);
        if (w > sp.end) b = w;
      }
      const before = t.slice(a, sp.start).replace(/\s+/g, " ");
      const after = t.slice(sp.end, b).replace(/\s+/g, " ");
      const lead = a > lo ? "…" : "";
      const tail = b < hi ? "…" : "";
      return h(doc, "span", { class: "ctx" }, lead + before, h(doc, "b", { text: clip(sp.text, 120) }), after + tail);
    }

    function distancingList(r) {
      if (!r.distancing.length) return [h(doc, "p", { class: "empty", text: "No distancing language found." })];
      return capped(r.distancing.map((d, i) => [d, i]), ([d, i]) =>
        h(doc, "li", null, item(`dist:${i}`, [h(doc, "span", { class: "dist-kind", text: own(DIST_LABEL, d.kind) || d.kind }), context(d)], `${own(DIST_LABEL, d.kind) || d.kind}: ${d.text}`)), "Distancing markers");
    }

    function timeline(r) {
      if (!r.dates.length) return [h(doc, "p", { class: "empty", text: "No dates found." })];
      const resolved = r.dates.map((d, i) => [d, i]).filter(([d]) => d.value).sort((a, b) => a[0].value.localeCompare(b[0].value) || a[1] - b[1]);
      const unresolved = r.dates.map((d, i) => [d, i]).filter(([d]) => !d.value);
      const row = ([d, i]) =>
        h(doc, "li", null, item(`date:${i}`, [
          d.value ? h(doc, "time", { datetime: d.value, text: formatDate(d.value) }) : null,
          d.relative ? h(doc, "span", { class: "badge rel", text: "relative" }) : null,
          h(doc, "div", null, context(d, 28)),
        ], `${d.value ? formatDate(d.value) + ": " : "unresolved: "}${d.text}`));
      const out = [];
      if (r.published) out.push(h(doc, "p", { class: "meta", text: `Published ${formatDate(r.published)}${r.published_source === "dateline" ? " (from the dateline)" : ""}; relative dates are resolved against it.` }));
      if (resolved.length) {
        const ul = h(doc, "ul", { class: "timeline", "aria-label": "Timeline of resolved dates" });
        for (const x of resolved.slice(0, LIST_CAP)) ul.append(row(x));
        out.push(ul);
      }
      if (unresolved.length) {
        out.push(h(doc, "p", { class: "meta", text: "Not resolved to a calendar date:" }));
        out.push(...capped(unresolved, row, "Unresolved dates"));
      }
      return out;
    }

    function placesView(r) {
      if (!r.places.length) return [h(doc, "p", { class: "empty", text: "No places found." })];
      const groups = groupPlaces(r);
      const out = [];
      const wm = global.SourcelensWorldMap;
      const dots = new Map();
      if (wm) {
        const located = groups.filter((g) => Number.isFinite(g.lat) && Number.isFinite(g.lon));
        const svg = s(doc, "svg", { class: "map", viewBox: `0 0 ${wm.width} ${wm.height}`, role: "img", "aria-label": `World map with ${plural(located.length, "located place")}` });
        svg.append(s(doc, "path", { class: "land", d: wm.land }), s(doc, "path", { class: "borders", d: wm.borders }));
        const maxN = Math.max(1, ...located.map((g) => g.indices.length));
        for (const g of [...located].reverse()) {
          const c = s(doc, "circle", { cx: (g.lon + 180).toFixed(1), cy: (wm.top - g.lat).toFixed(1), r: (2 + 3 * Math.sqrt(g.indices.length / maxN)).toFixed(1) });
          const t = s(doc, "title", {});
          t.textContent = `${g.name}${g.country ? ", " + countryName(g.country) : ""} (${plural(g.indices.length, "mention")})`;
          c.append(t);
          on(c, "click", () => activate(g.indices.map((i) => `place:${i}`), null, c));
          svg.append(c);
          dots.set(g, c);
        }
        out.push(svg);
      }
      out.push(...capped(groups, (g) => {
        const country = g.country ? countryName(g.country) : "";
        const keys = g.indices.map((i) => `place:${i}`);
        const b = item(keys, [
          h(doc, "span", { class: "flag", "aria-hidden": "true", text: flag(g.country) || "◦" }),
          h(doc, "span", { text: g.name }),
          country && country !== g.name ? h(doc, "span", { class: "meta", text: ` — ${country}` }) : null,
          h(doc, "span", { class: "badge", text: g.kind }),
          g.indices.length > 1 ? h(doc, "span", { class: "badge", text: `×${g.indices.length}` }) : null,
        ], `${g.name}${country && country !== g.name ? ", " + country : ""}, ${g.kind}, ${plural(g.indices.length, "mention")}`);
        const dot = dots.get(g);
        if (dot) for (const k of keys) reg(k, dot);
        return h(doc, "li", null, b);
      }, "Places"));
      return out;
    }

    function about() {
      const sel = h(doc, "select", { "aria-label": "Colour theme of the sidebar" },
        ["auto", "light", "dark"].map((t) => h(doc, "option", { value: t, text: t === "auto" ? "match the page" : t })));
      sel.value = settings.theme;
      on(sel, "change", () => {
        settings.theme = sel.value;
        applyTheme();
        changed();
      });
      return h(doc, "details", { class: "about" },
        h(doc, "summary", { text: "About & settings" }),
        h(doc, "label", null, "Theme:", sel),
        h(doc, "p", { text: `sourcelens${opts.version ? " " + opts.version : ""} runs entirely in your browser: the article never leaves this page and no network request is made.` }),
        h(doc, "p", { text: opts.keysHelp || "Keys: Tab and ↑/↓ move between entries, Enter shows the passage in the article, Esc closes. Alt+Shift+S toggles sourcelens." }),
        h(doc, "p", { text: "Place names and coordinates: GeoNames (geonames.org), licensed CC BY 4.0. World map: Natural Earth via world-atlas (public domain). Article extraction: Mozilla Readability (Apache License 2.0)." }),
      );
    }

    function render() {
      keyEls.clear();
      cycle.clear();
      selected = [];
      content.replaceChildren();
      aside.dataset.state = model.state;
      wrap.className = `sl state-${model.state}`;
      const r = model.report;
      if (model.state === "loading") {
        status.textContent = model.message || "Analysing the article…";
        aside.setAttribute("aria-busy", "true");
        aside.removeAttribute("role");
        return;
      }
      aside.removeAttribute("aria-busy");
      aside.setAttribute("role", "complementary");
      if (model.state !== "ready" || !r) {
        status.textContent = model.message || (model.state === "empty" ? "No article found on this page." : "Something went wrong.");
        content.append(h(doc, "p", { class: "message", text: model.state === "empty"
          ? "sourcelens looks for the main article of a page (a headline and paragraphs of prose). This page has too little text, or its text is not in the page itself (images, PDF, canvas, frames). Press ↻ to try again after the page has loaded."
          : "Press ↻ to try again." }));
        if (model.notes?.length) content.append(h(doc, "ul", { class: "notes" }, model.notes.map((n) => h(doc, "li", { text: n }))));
        content.append(about());
        return;
      }
      status.textContent = summaryLine(r);
      if (model.notes?.length) content.append(h(doc, "ul", { class: "notes", "aria-label": "Notes" }, model.notes.map((n) => h(doc, "li", { text: n }))));
      content.append(
        filtersBox(),
        section("glance", "Sourcing at a glance", null, glance(r)),
        section("sources", "Sources", r.sources.length, sourcesList(r)),
        section("distancing", "Distancing", r.distancing.length, distancingList(r)),
        section("timeline", "Timeline", r.dates.length, timeline(r)),
        section("places", "Places", r.places.length, placesView(r)),
        about(),
      );
    }

    // ---- tooltip
    function showTooltip(entries, x, y) {
      const r = model.report;
      if (!r || !entries?.length) return hideTooltip();
      const lines = [];
      const seen = new Set();
      for (const e of entries) {
        const line = describe(r, e);
        if (line && !seen.has(line)) {
          seen.add(line);
          lines.push(line);
        }
        if (lines.length >= 4) break;
      }
      if (!lines.length) return hideTooltip();
      tip.replaceChildren(...lines.map((l) => h(doc, "div", { text: l })));
      tip.hidden = false;
      const w = tip.offsetWidth, hh = tip.offsetHeight;
      const vw = win.innerWidth, vh = win.innerHeight;
      let left = x + 12, top = y + 16;
      if (left + w > vw - 8) left = Math.max(8, vw - w - 8);
      if (top + hh > vh - 8) top = Math.max(8, y - hh - 12);
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    }
    function hideTooltip() {
      tip.hidden = true;
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
      if (focus) el.focus?.({ preventScroll: true });
      return true;
    }

    render();
    return {
      element: aside,
      update(next) {
        model = { ...model, notes: [], meta: {}, message: "", ...next };
        render();
      },
      setPageDark(d) {
        pageDark = !!d;
        applyTheme();
      },
      settings: () => mergeSettings(settings),
      select,
      showTooltip,
      hideTooltip,
      focus: () => aside.focus(),
      destroy() {
        wrap.remove();
      },
    };
  }

  global.SourcelensUI = {
    mount,
    Highlighter,
    renderText,
    spansOf,
    spansForKey,
    describe,
    toJSON,
    toMarkdown,
    toCSV,
    CSV_COLUMNS,
    mergeSettings,
    flag,
    countryName,
    formatDate,
    CATEGORIES: CATS.map((c) => ({ ...c, highlight: HL_NAME(c.id) })),
    DEFAULT_SETTINGS,
    STYLES: CSS_TEXT,
  };
})(globalThis);
