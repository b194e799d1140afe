// sourcelens article extraction (classic script; defines globalThis.SourcelensExtract).
//
// Finds the article of the live page and builds the text the core expects (headline, a blank
// line, then paragraphs separated by blank lines) together with a map from UTF-16 offsets of
// that text back to the live page's Text nodes, so that every span of the Report becomes a
// DOM Range on the page. The live DOM is never modified:
//  1. the document is copied (its first READABILITY_CHARS characters: a prefix of the page,
//     node for node, into a document without a browsing context) and every Text node of the
//     copy is paired with its live twin (a parallel walk of the two trees, before anything
//     changes);
//  2. Mozilla Readability (vendor/Readability.js, injected before this file) runs on the
//     clone and returns the article element (serializer: el => el), whose Text nodes are still
//     the clone's own nodes, hence paired with live nodes;
//  3. the headline (an <h1>/<h2> like the title, which Readability drops from the content) is
//     put first, then the article's blocks; whitespace is collapsed as a browser renders it;
//  4. no Readability result → the whole visible body text (the fallback).
// Long pages: the walk yields to the event loop every few milliseconds and stops at
// MAX_CHARS (documented in ABOUT.md); Readability is skipped above MAX_ELEMENTS elements.
(function (global) {
  "use strict";
  if (global.SourcelensExtract) return;

  /** Longest text analysed (UTF-16 code units, ≈ 50,000 words); the rest is ignored, with a note. */
  const MAX_CHARS = 300000;
  /** Pages with more elements than this are not given to Readability (it is synchronous). */
  const MAX_ELEMENTS = 60000;
  const SLICE_MS = 12;
  /** Readability (synchronous, one task) is given at most this much text: the rest of the
   *  copy stops there, so a 5 MB page costs what a 350 KB page does (MAX_CHARS are analysed
   *  anyway; the margin is for navigation and boilerplate before the article). */
  const READABILITY_CHARS = MAX_CHARS + 50000;

  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "SVG", "svg", "IFRAME", "FRAME", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO", "SELECT", "OPTION", "BUTTON", "MATH", "HEAD", "TITLE", "INPUT"]);
  const BLOCK = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT", "FIELDSET",
    "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "LI",
    "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
  ]);
  const WS = /[ \t\n\r\f]/;

  const now = () => (global.performance ? performance.now() : Date.now());
  const pause = () => new Promise((r) => setTimeout(r, 0));

  /**
   * Accumulates the analysed text and the offset map. A piece maps a run of the text to one
   * live Text node: text[start + i] comes from node.data[offs ? offs[i] : base + i].
   */
  class TextBuilder {
    constructor(maxChars) {
      this.parts = [];
      this.length = 0;
      this.pieces = [];
      this.pendingSpace = false;
      this.pendingBreak = 0; // 0 none, 1 line break, 2 paragraph break
      this.max = maxChars;
      this.full = false;
      this.nodes = new Set();
      /** The data of each mapped Text node when it was read: a Range is only built over
       *  nodes that still hold exactly that text (the page may change while we work). */
      this.data = new Map();
    }
    block() {
      this.pendingBreak = 2;
    }
    line() {
      if (this.pendingBreak < 1) this.pendingBreak = 1;
    }
    emit(s) {
      this.parts.push(s);
      this.length += s.length;
    }
    /** Appends the visible text of a live Text node (whitespace collapsed). */
    add(node) {
      if (this.full) return;
      const v = node.data;
      let offs = null; // node offsets of each emitted unit, when not a plain run from `base`
      let base = -1;
      let start = -1;
      let out = "";
      const put = (ch, idx) => {
        if (start < 0) {
          start = this.length;
          base = idx;
        }
        if (offs) offs.push(idx);
        else if (base + out.length !== idx) {
          offs = seq(base, out.length);
          offs.push(idx);
        }
        out += ch;
      };
      for (let i = 0; i < v.length; i++) {
        const c = v[i];
        if (WS.test(c)) {
          this.pendingSpace = true;
          continue;
        }
        // the cap holds inside one long Text node too (a 5 MB <pre> is cut, not sent whole)
        if (this.length + out.length >= this.max) {
          this.full = true;
          break;
        }
        if (this.pendingBreak || this.pendingSpace) {
          const any = this.length + out.length > 0;
          if (start >= 0 && !this.pendingBreak) {
            // a run of whitespace inside this node: one space, mapped to the run's first unit
            let j = i - 1;
            while (j > 0 && WS.test(v[j - 1])) j--;
            put(" ", j);
          } else if (any) {
            // a separator between nodes or blocks: synthetic, mapped to no node
            this.flush(node, start, out, offs, base);
            this.emit(this.pendingBreak === 2 ? "\n\n" : this.pendingBreak === 1 ? "\n" : " ");
            out = "";
            offs = null;
            start = -1;
          }
          this.pendingBreak = 0;
          this.pendingSpace = false;
        }
        put(c, i);
      }
      this.flush(node, start, out, offs, base);
      if (this.length >= this.max) this.full = true;
    }
    flush(node, start, out, offs, base) {
      if (start < 0 || !out) return;
      this.pieces.push({ node, start, end: start + out.length, offs: offs ? Uint32Array.from(offs) : null, base });
      this.nodes.add(node);
      this.data.set(node, node.data);
      this.emit(out);
    }
    text() {
      return this.parts.join("");
    }
    mark() {
      return { length: this.length, parts: this.parts.length, pieces: this.pieces.length };
    }
    /** Drops what was added since `m` when it is short and has no letter or digit ("|", "___"). */
    dropIfNoWords(m) {
      if (this.length === m.length || this.length - m.length > 400) return;
      if (/[\p{L}\p{N}]/u.test(this.parts.slice(m.parts).join(""))) return;
      this.parts.length = m.parts;
      this.pieces.length = m.pieces;
      this.length = m.length;
      this.full = this.length >= this.max;
    }
  }

  function seq(base, n) {
    const a = [];
    for (let k = 0; k < n; k++) a.push(base + k);
    return a;
  }

  /**
   * Maps [start, end) of the text to a live Range (null when it falls outside every piece).
   * With `data` (Text node -> its data when the text was built), a span whose nodes left the
   * page or changed since then gets no Range: a highlight never covers other words.
   */
  function makeRangeFor(pieces, doc, data = null) {
    const intact = (i, j) => {
      if (!data) return true;
      for (let k = i; k <= j; k++) {
        const n = pieces[k].node;
        if (!n.isConnected || n.data !== data.get(n)) return false;
      }
      return true;
    };
    const nodeOffset = (p, i) => (p.offs ? p.offs[i - p.start] : p.base + (i - p.start));
    // first piece whose end > pos
    const firstEndingAfter = (pos) => {
      let lo = 0, hi = pieces.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pieces[mid].end > pos) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    return function rangeFor(start, end) {
      if (!(end > start)) return null;
      const i = firstEndingAfter(start);
      if (i >= pieces.length) return null;
      const a = pieces[i];
      const s = Math.max(start, a.start);
      let j = firstEndingAfter(end - 1);
      if (j >= pieces.length) j = pieces.length - 1;
      let b = pieces[j];
      if (b.start >= end) {
        if (j === 0) return null;
        b = pieces[--j];
      }
      if (j < i || !intact(i, j)) return null;
      const e = Math.min(end, b.end);
      try {
        const r = doc.createRange();
        r.setStart(a.node, nodeOffset(a, s));
        r.setEnd(b.node, nodeOffset(b, e - 1) + 1);
        return r;
      } catch {
        return null; // the node left the page or changed length since the scan
      }
    };
  }

  /** Pairs every Text node of `clone` with the same node of `live` (identical trees). */
  function pairTextNodes(live, clone) {
    const map = new Map();
    const stack = [live, clone];
    while (stack.length) {
      const b = stack.pop(), a = stack.pop();
      for (let x = a.firstChild, y = b.firstChild; x && y; x = x.nextSibling, y = y.nextSibling) {
        if (x.nodeType === 3) map.set(y, x);
        else if (x.nodeType === 1 && !SKIP.has(x.nodeName)) stack.push(x, y);
      }
    }
    return map;
  }

  /** Visible per the live layout (cached per element). */
  function visibility() {
    const cache = new Map();
    return (el) => {
      if (!el) return false;
      let v = cache.get(el);
      if (v === undefined) {
        if (typeof el.checkVisibility === "function") v = el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
        else v = el.getClientRects().length > 0;
        cache.set(el, v);
      }
      return v;
    };
  }

  /**
   * Visible per the markup alone, for a document without layout (DOMParser): not inside an
   * element with the `hidden` attribute, aria-hidden="true" or an inline display:none /
   * visibility:hidden (cached per element). The style attribute is read as text: a CSP
   * without 'unsafe-inline' styles leaves `el.style` empty.
   */
  const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
  function markupVisibility() {
    const cache = new Map();
    const own = (el) => {
      if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return false;
      const st = el.getAttribute("style");
      return !(st && HIDDEN_STYLE.test(st));
    };
    return (el) => {
      if (!el) return false;
      // up to the first element with a known answer (iterative: pages nest deeply)
      const path = [];
      let v = true;
      for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
        const c = cache.get(e);
        if (c !== undefined) {
          v = c;
          break;
        }
        path.push(e);
      }
      for (let k = path.length - 1; k >= 0; k--) {
        v = v && own(path[k]);
        cache.set(path[k], v);
      }
      return v;
    };
  }

  /**
   * Walks `root` (an element of the clone or of the live page), adding its text to `tb`.
   * `live(textNode)` returns the live Text node to map to (or null to skip the text).
   */
  async function walk(root, tb, live, visible, exclude, deadline) {
    const stack = [[root, false]];
    let n = 0;
    while (stack.length && !tb.full) {
      const [el, leaving] = stack.pop();
      if (leaving) {
        tb.dropIfNoWords(leaving);
        tb.block();
        continue;
      }
      if (el.nodeType === 3) {
        const node = live(el);
        if (node && visible(node.parentElement)) tb.add(node);
        continue;
      }
      const name = el.nodeName.toUpperCase();
      if (name === "BR") {
        tb.line();
        continue;
      }
      if (SKIP.has(name) || (exclude && exclude(el))) continue;
      const block = BLOCK.has(name);
      if (block) {
        tb.block();
        stack.push([el, tb.mark()]);
      }
      const kids = el.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) {
        const c = kids[k];
        if (c.nodeType === 1 || c.nodeType === 3) stack.push([c, false]);
      }
      if (++n % 256 === 0 && now() > deadline.t) {
        deadline.onProgress?.(Math.min(1, tb.length / tb.max));
        await pause();
        deadline.t = now() + SLICE_MS;
      }
    }
  }

  const JUNK_CLASS = /(^|[\s_-])(byline|bylines|author|authors|credit|credits|caption|copyright|share|sharing|social|related|promo|newsletter|comment|comments|reactions|timestamp|slideshow|gallery|offscreen|off-screen|sr-only|visually-hidden|screen-reader-text|ad|ads|advert|advertisement|sponsored)([\s_-]|$)/i;
  const JUNK_ITEMPROP = /\b(author|datePublished|dateModified)\b/;

  /**
   * Parts of Readability's pick that are not the article's prose: captions and credits,
   * bylines (Readability keeps them when the metadata names the author), share bars,
   * promos that are nothing but a link, separators without letters or digits.
   */
  function junk(el) {
    const name = el.nodeName.toUpperCase();
    if (name === "FIGCAPTION") return true;
    if (name === "FIGURE" && el.querySelector("img, picture, video, svg")) return true;
    const cls = `${el.getAttribute("class") || ""} ${el.id || ""}`;
    if (cls.length > 1) {
      const m = JUNK_CLASS.exec(cls);
      if (m && el.textContent.length < (/caption|credit|copyright|slideshow|gallery/i.test(m[2]) ? 1200 : 300)) return true;
    }
    const ip = el.getAttribute("itemprop");
    if (ip && JUNK_ITEMPROP.test(ip) && el.textContent.length < 200) return true;
    if (BLOCK.has(name)) {
      const t = el.textContent;
      if (t.length < 400 && !/[\p{L}\p{N}]/u.test(t)) return true;
      if (t.length < 150 && (name === "P" || name === "LI")) {
        let linked = 0;
        for (const a of el.getElementsByTagName("a")) linked += a.textContent.trim().length;
        if (linked > 0 && linked >= t.trim().length) return true;
      }
    }
    return false;
  }

  /**
   * A copy of `doc` with only its first `limit` characters of text (head and body in document
   * order; the text node that crosses the limit is shortened). The copy is a prefix of the page,
   * node for node, so that pairTextNodes matches it with the live page; a 5 MB page costs what
   * `limit` does (a full clone cut afterwards cost more: every removed node has its price).
   * `exclude(el)` children of <html> (our own UI) are left out.
   */
  function clonePrefix(doc, limit, exclude) {
    // the copy's nodes are made by the copy (importNode): a document without a browsing
    // context, where an <img> or <link> never loads anything (cloned by the live page, they would)
    const copy = doc.cloneNode(false);
    let left = limit;
    const cloneUpTo = (node) => {
      if (node.nodeType === 3) {
        const text = node.data;
        if (text.length <= left) {
          left -= text.length;
          return copy.importNode(node, false);
        }
        const cut = copy.createTextNode(text.slice(0, left));
        left = 0;
        return cut;
      }
      if (node.nodeType !== 1) return copy.importNode(node, false);
      const size = node.textContent.length;
      if (size <= left) {
        left -= size;
        return copy.importNode(node, true);
      }
      const el = copy.importNode(node, false);
      for (let c = node.firstChild; c && left > 0; c = c.nextSibling) el.append(cloneUpTo(c));
      return el;
    };
    for (let c = doc.firstChild; c; c = c.nextSibling) {
      if (c !== doc.documentElement) {
        copy.append(copy.importNode(c, false)); // the doctype, comments
        continue;
      }
      const html = copy.importNode(c, false);
      for (let k = c.firstChild; k; k = k.nextSibling) {
        if (k.nodeType === 1 && exclude && exclude(k)) continue;
        if (k.nodeName === "HEAD") html.append(copy.importNode(k, true));
        else if (left > 0) html.append(cloneUpTo(k));
      }
      copy.append(html);
    }
    return copy;
  }

  const norm = (s) => (s || "").replace(/\s+/g, " ").trim().toLowerCase();

  /** Word-overlap similarity of two titles, 0..1. */
  function similarity(a, b) {
    const wa = norm(a).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const wb = new Set(norm(b).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    if (!wa.length || !wb.size) return 0;
    let hit = 0;
    for (const w of wa) if (wb.has(w)) hit++;
    return hit / Math.max(wa.length, wb.size);
  }

  /** The live element holding the headline: an h1/h2/[itemprop=headline] like `title`. */
  function findHeadline(doc, titles, visible) {
    const cands = doc.querySelectorAll('h1, [itemprop="headline"], h2, .headline, .entry-title');
    titles = titles.filter(Boolean);
    let best = null, bestScore = 0;
    let k = 0;
    for (const el of cands) {
      if (++k > 60) break;
      const t = el.textContent;
      if (!t || t.length > 400 || !visible(el) || !/\p{L}/u.test(t)) continue;
      let score = 0;
      for (const title of titles) {
        score = Math.max(score, similarity(t, title));
        if (norm(title).startsWith(norm(t)) && norm(t).length > 15) score = Math.max(score, 0.9);
      }
      // no title matches: the first prominent <h1> of a few words is the headline
      if (score < 0.6 && el.tagName === "H1" && norm(t).split(" ").length >= 4) score = Math.max(score, 0.6);
      if (el.tagName === "H1") score += 0.05;
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    return bestScore >= 0.6 ? best : null;
  }

  const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
  const validDay = (s) => {
    const m = ISO_DAY.exec(String(s || "").trim());
    if (!m) return null;
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return m[0];
  };

  /** The publication date (YYYY-MM-DD) from the page's metadata, or null. */
  function publishedDate(doc, readabilityTime) {
    const metas = [
      'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
      'meta[property="og:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
      'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.created"]',
      'meta[name="sailthru.date"]', 'meta[name="parsely-pub-date"]',
    ];
    for (const sel of metas) {
      const v = validDay(doc.querySelector(sel)?.getAttribute("content"));
      if (v) return v;
    }
    for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let data;
      const json = s.textContent;
      if (json.length > 200000) continue; // metadata, not a payload: a huge block is not parsed
      try {
        data = JSON.parse(json);
      } catch {
        continue;
      }
      const v = findDatePublished(data, 0);
      if (v) return v;
    }
    const v = validDay(readabilityTime);
    if (v) return v;
    // i18n-exempt: CSS selectors
    for (const sel of ['time[itemprop="datePublished"]', "time[pubdate]", "article time[datetime]", "time[datetime]"]) {
      const t = validDay(doc.querySelector(sel)?.getAttribute("datetime"));
      if (t) return t;
    }
    return null;
  }

  function findDatePublished(data, depth) {
    if (!data || typeof data !== "object" || depth > 6) return null;
    if (Array.isArray(data)) {
      for (const d of data) {
        const v = findDatePublished(d, depth + 1);
        if (v) return v;
      }
      return null;
    }
    const v = validDay(data.datePublished) || validDay(data.dateCreated);
    if (v) return v;
    for (const k of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"]) {
      const r = findDatePublished(data[k], depth + 1);
      if (r) return r;
    }
    return null;
  }

  /** Relative luminance of the page's background behind `el` (0 dark … 1 light). */
  function backgroundLuminance(el) {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c || "");
      if (m && (m[4] === undefined || +m[4] > 0.5)) {
        const lin = (x) => {
          x /= 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(+m[1]) + 0.7152 * lin(+m[2]) + 0.0722 * lin(+m[3]);
      }
    }
    const scheme = getComputedStyle(el?.ownerDocument?.documentElement ?? document.documentElement).colorScheme;
    return /^dark/.test(scheme || "") ? 0 : 1;
  }

  /**
   * Extracts the article of `doc`. Options: `exclude(el)` (our own UI), `maxChars`, `inert`
   * (true for a parsed document without layout, e.g. from DOMParser: visibility is read from
   * the markup, and `dark` is false), `onProgress(fraction)` (called between slices).
   * Returns {text, pieces, rangeFor, method, title, published, truncated, headline, dark, elapsed}.
   */
  async function extract(doc, options = {}) {
    const t0 = now();
    const deadline = { t: t0 + SLICE_MS, onProgress: typeof options.onProgress === "function" ? options.onProgress : null };
    const exclude = options.exclude || null;
    const maxChars = options.maxChars || MAX_CHARS;
    const visible = options.inert ? markupVisibility() : visibility();
    let method = "readability";
    let article = null;
    let error = null;
    const nElements = doc.getElementsByTagName("*").length;
    const timings = {};
    let map = null;
    if (typeof global.Readability === "function" && nElements <= MAX_ELEMENTS && doc.body) {
      try {
        let t = now();
        // our own UI (a child of <html>, the last one) is left out of the copy (by identity,
        // never by tag name: the page may have elements of any name)
        const clone = clonePrefix(doc, READABILITY_CHARS, exclude);
        timings.clone = Math.round(now() - t);
        await pause();
        t = now();
        map = pairTextNodes(doc.documentElement, clone.documentElement);
        timings.pair = Math.round(now() - t);
        await pause();
        t = now();
        article = new global.Readability(clone, { serializer: (el) => el, maxElemsToParse: MAX_ELEMENTS, keepClasses: true }).parse();
        timings.readability = Math.round(now() - t);
      } catch (e) {
        error = String(e?.message ?? e);
        article = null;
      }
    } else if (nElements > MAX_ELEMENTS) {
      // i18n-exempt: a diagnostic in the result for developers, not shown to readers
      error = `page has ${nElements} elements (limit ${MAX_ELEMENTS})`;
    }
    await pause();
    deadline.t = now() + SLICE_MS;

    let tb = new TextBuilder(maxChars);
    let headline = null;
    const title = article?.title || doc.title || "";
    if (article && article.content && map) {
      const content = article.content;
      const live = (n) => map.get(n) || null;
      const meta = (sel) => doc.querySelector(sel)?.getAttribute("content");
      headline = findHeadline(doc, [title, doc.title, meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]')], visible);
      if (headline) {
        const first = firstText(headline);
        // Readability kept it inside the content: do not repeat it
        if (first && contains(content, map, first)) headline = null;
      }
      if (headline) {
        await walk(headline, tb, (n) => n, visible, exclude, deadline);
        tb.block();
      }
      await walk(content, tb, live, visible, (el) => junk(el) || (exclude && exclude(el)), deadline);
      const body = tb.text();
      if (wordCount(body) < 25) {
        article = null; // Readability's pick is too thin to be an article: use the page
      }
    } else {
      article = null;
    }
    if (!article) {
      method = "body";
      headline = null;
      tb = new TextBuilder(maxChars);
      if (doc.body) await walk(doc.body, tb, (n) => n, visible, exclude, deadline);
    }
    const text = tb.text();
    const pieces = tb.pieces;
    timings.total = Math.round(now() - t0);
    const firstEl = pieces.length ? pieces[Math.min(pieces.length - 1, headline ? 1 : 0)].node.parentElement : doc.body;
    return {
      text,
      pieces,
      nodes: tb.nodes,
      rangeFor: makeRangeFor(pieces, doc, tb.data),
      method,
      error,
      title: (headline ? headline.textContent : title).replace(/\s+/g, " ").trim(),
      published: publishedDate(doc, article?.publishedTime),
      truncated: tb.full,
      maxChars,
      dark: firstEl && !options.inert ? backgroundLuminance(firstEl) < 0.25 : false,
      words: wordCount(text),
      elapsed: Math.round(now() - t0),
      /** Milliseconds of the steps that run in one piece (clone, pair, readability) and in all. */
      timings,
      /** Elements in the page: re-laying out a very large page freezes the tab for a while. */
      elements: nElements,
      /** Bounding box of the analysed text on screen (viewport coordinates). */
      rect() {
        let left = Infinity, right = -Infinity;
        const seen = new Set();
        for (let k = 0; k < pieces.length && seen.size < 80; k += Math.max(1, Math.floor(pieces.length / 200))) {
          const el = pieces[k].node.parentElement;
          if (!el || seen.has(el)) continue;
          seen.add(el);
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          left = Math.min(left, r.left);
          right = Math.max(right, r.right);
        }
        return left === Infinity ? null : { left, right };
      },
    };
  }

  function firstText(el) {
    const w = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.trim()) return n;
    return null;
  }

  function contains(content, map, liveNode) {
    const w = content.ownerDocument.createTreeWalker(content, 4);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (map.get(n) === liveNode) return true;
    return false;
  }

  function wordCount(s) {
    const m = s.match(/[\p{L}\p{N}]+/gu);
    return m ? m.length : 0;
  }

  global.SourcelensExtract = { extract, publishedDate, makeRangeFor, TextBuilder, MAX_CHARS, MAX_ELEMENTS, wordCount };
})(globalThis);
