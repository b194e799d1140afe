// The page's highlights (CSS Custom Highlight API: no DOM node is added or changed).
//   in:  a Report and rangeFor(start, end) -> Range|null (offsets of the analysed text)
//   out: one Range per span under the registry names sourcelens-<category>; hit-testing of a
//        point; scrolling to and flashing spans; re-checks after the page edits its text
// Long pages: Ranges are built in slices that yield to the page between them, with progress.
// Text nodes so long that every repaint of them is slow (a whole article in one node): only
// their highlights near the viewport are registered, and follow the scrolling (`scrolled()`);
// `giant` says a page has such nodes.
import { CATEGORIES, highlightName, FLASH } from "./settings.js";
import { own } from "./dom.js";
import { spansOf } from "./spans.js";

const PRIORITY = { content: 0, source: 1, date: 2, place: 2, cue: 3, distancing: 3 };
const SLICE_MS = 8;
/** A Text node this long is "giant": its highlights are registered near the viewport only. */
export const GIANT_NODE = 20000;
/** How far beyond the viewport (px) highlights in giant nodes are registered, and how many. */
const MARGIN = 300, MAX_VISIBLE = 200;

/** Gives the page's main thread back (scheduler.yield where there is one, else a task). */
export function yieldToPage() {
  const sched = globalThis.scheduler;
  if (sched && typeof sched.yield === "function") return sched.yield();
  return new Promise((r) => setTimeout(r, 0));
}

export class Highlighter {
  /** `rangeFor(start, end)` maps offsets of the analysed text to a DOM Range (or null). */
  constructor({ rangeFor, doc } = {}) {
    this.rangeFor = rangeFor;
    this.doc = doc || globalThis.document;
    this.entries = [];
    this.index = new Map(); // Text node -> entries whose range touches it
    this.byKey = new Map(); // sidebar key -> entries
    this.filters = null;
    this.report = null;
    this.flashTimer = null;
    this.missed = 0;
    this.giantNodes = new Map(); // giant Text node -> its entries in text order
    this.visible = new Set(); // entries of giant nodes registered now
    this.registered = new Map(); // category -> the Highlight registered for it
    this.applyRun = 0;
    this.scrollTimer = 0;
  }
  /** Whether some highlights sit in a giant text node (registered near the viewport only). */
  get giant() {
    return this.giantNodes.size > 0;
  }
  static supported() {
    return !!(globalThis.CSS && CSS.highlights && typeof globalThis.Highlight === "function");
  }
  /**
   * Builds one Range per span, in slices of `sliceMs` (a long page stays responsive);
   * `onProgress(done, total)` is called between slices. Returns the number of Ranges.
   */
  async set(report, { sliceMs = SLICE_MS, onProgress = null } = {}) {
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
      const e = { ...sp, range, a: range.startContainer, b: range.endContainer, giant: false };
      if ((e.a.nodeType === 3 && e.a.length >= GIANT_NODE) || (e.b.nodeType === 3 && e.b.length >= GIANT_NODE)) {
        e.giant = true;
        let list = this.giantNodes.get(e.a);
        if (!list) this.giantNodes.set(e.a, (list = []));
        list.push(e);
      }
      this.entries.push(e);
      this.indexEntry(e);
      if (k % 50 === 49 && performance.now() - t > sliceMs) {
        onProgress?.(k + 1, spans.length);
        await yieldToPage();
        t = performance.now();
      }
    }
    for (const list of this.giantNodes.values()) list.sort((x, y) => x.range.startOffset - y.range.startOffset);
    onProgress?.(spans.length, spans.length);
    return this.entries.length;
  }
  indexEntry(e) {
    let keyed = this.byKey.get(e.key);
    if (!keyed) this.byKey.set(e.key, (keyed = []));
    keyed.push(e);
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
  /**
   * Shows the categories switched on in `filters` ({cat: bool}). All at once: the browser
   * repaints every range of a Highlight whenever it changes, so adding ranges in batches would
   * cost more in all, not less. Giant text nodes are the exception (see updateVisible).
   */
  apply(filters) {
    this.filters = { ...(filters || {}) };
    this.applyRun++;
    this.registered = new Map();
    this.visible = new Set();
    if (!Highlighter.supported()) return;
    const byCat = new Map(CATEGORIES.map((c) => [c.id, []]));
    for (const e of this.entries) if (!e.giant) byCat.get(e.cat)?.push(e.range);
    const present = new Set(this.entries.map((e) => e.cat));
    for (const c of CATEGORIES) {
      const name = highlightName(c.id);
      if (this.filters[c.id] === false || !present.has(c.id)) {
        CSS.highlights.delete(name);
        continue;
      }
      const hl = new globalThis.Highlight();
      for (const r of byCat.get(c.id)) hl.add(r);
      hl.priority = own(PRIORITY, c.id) || 0;
      this.registered.set(c.id, hl);
      CSS.highlights.set(name, hl);
    }
    this.updateVisible();
  }
  /** The page scrolled: highlights of giant nodes follow the viewport (once it settles). */
  scrolled() {
    if (!this.giant) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.updateVisible(), 120);
  }
  /** Registers the highlights of giant nodes that are near the viewport (and only those). */
  updateVisible() {
    if (!this.giant || !Highlighter.supported()) return;
    const want = new Set();
    const vh = globalThis.innerHeight || 800;
    for (const list of this.giantNodes.values()) {
      const shown = list.filter((e) => this.registered.has(e.cat));
      // a text node flows downwards: binary searches for the ranges near the viewport (each
      // rectangle of a range in a giant node costs, so a few dozen are measured, not all)
      const first = (test) => {
        let lo = 0, hi = shown.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (test(shown[mid].range.getBoundingClientRect())) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      };
      const from = first((r) => r.bottom >= -MARGIN);
      const to = first((r) => r.top > vh + MARGIN);
      for (let k = from; k < Math.min(to, from + MAX_VISIBLE); k++) want.add(shown[k]);
    }
    for (const e of this.visible) if (!want.has(e)) this.registered.get(e.cat)?.delete(e.range);
    for (const e of want) if (!this.visible.has(e)) this.registered.get(e.cat)?.add(e.range);
    this.visible = want;
  }
  /** Whether category `cat` is shown. */
  shows(cat) {
    return !this.filters || this.filters[cat] !== false;
  }
  /** The entries (spans with their Ranges) of a sidebar key, in the categories shown. */
  entriesOf(key) {
    return (this.byKey.get(key) || []).filter((e) => this.shows(e.cat));
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
    for (const map of [this.index, this.byKey]) {
      for (const [k, list] of map) {
        const kept = list.filter((e) => !bad.has(e));
        if (kept.length) map.set(k, kept);
        else map.delete(k);
      }
    }
    for (const [node, list] of this.giantNodes) {
      const kept = list.filter((e) => !bad.has(e));
      if (kept.length) this.giantNodes.set(node, kept);
      else this.giantNodes.delete(node);
    }
    this.missed += bad.size;
    if (this.filters) this.apply(this.filters);
    return bad.size;
  }
  clear() {
    if (Highlighter.supported()) {
      for (const c of CATEGORIES) CSS.highlights.delete(highlightName(c.id));
      CSS.highlights.delete(FLASH);
    }
    clearTimeout(this.flashTimer);
    clearTimeout(this.scrollTimer);
    this.applyRun++;
    this.entries = [];
    this.index = new Map();
    this.byKey = new Map();
    this.giantNodes = new Map();
    this.visible = new Set();
    this.registered = new Map();
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
      if (!this.shows(e.cat)) return false;
      try {
        if (!e.range.isPointInRange(node, ci)) return false;
      } catch {
        return false;
      }
      return !(e.range.endContainer === node && e.range.endOffset <= ci);
    });
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start));
  }
  /** Scrolls the first span into view and flashes all of them. Returns the first Range. */
  show(spans) {
    const ranges = (spans || []).map((sp) => sp && this.rangeFor(sp.start, sp.end)).filter(Boolean);
    if (!ranges.length) return null;
    const r = ranges[0];
    const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    try {
      el?.scrollIntoView({ block: "nearest", inline: "nearest" });
      const rect = r.getBoundingClientRect();
      const vh = globalThis.innerHeight || 800;
      if (rect.top < vh * 0.15 || rect.bottom > vh * 0.85) {
        globalThis.scrollBy({ top: rect.top - vh / 3, behavior: reduce ? "auto" : "instant" });
      }
    } catch {
      /* detached */
    }
    if (!Highlighter.supported()) return r;
    clearTimeout(this.flashTimer);
    let n = 0;
    const step = () => {
      if (n % 2 === 0) {
        const hl = new globalThis.Highlight(...ranges);
        hl.priority = 10;
        CSS.highlights.set(FLASH, hl);
      } else CSS.highlights.delete(FLASH);
      if (++n <= (reduce ? 1 : 5)) this.flashTimer = setTimeout(step, n % 2 ? 450 : 200);
      else CSS.highlights.delete(FLASH);
    };
    step();
    return r;
  }
}
