// sourcelens content script: injected on demand (toolbar button / shortcut) into the page's
// isolated world. Collects the article text, asks the background for a Report, highlights
// the spans with the CSS Custom Highlight API and shows the sidebar. Pressing again closes.
(() => {
  "use strict";
  const NAMES = ["sourcelens-source", "sourcelens-cue", "sourcelens-content", "sourcelens-date", "sourcelens-place"];

  if (globalThis.__sourcelens) {
    globalThis.__sourcelens.toggle();
    return;
  }

  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "SVG", "IFRAME", "CANVAS"]);
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|TD|TH|UL|BR)$/;

  // Text of `root` as the core expects it (blocks separated by blank lines), with a map from
  // UTF-16 offsets back to the page's Text nodes.
  function collect(root) {
    let text = "";
    const pieces = []; // {node, start, end}
    const blockBreak = () => {
      if (text.length && !text.endsWith("\n\n")) text += text.endsWith("\n") ? "\n" : "\n\n";
    };
    const walk = (el) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === Node.TEXT_NODE) {
          const v = n.nodeValue;
          if (!v.trim()) { if (text && !/\s$/.test(text)) text += " "; continue; }
          pieces.push({ node: n, start: text.length, end: text.length + v.length });
          text += v;
        } else if (n.nodeType === Node.ELEMENT_NODE && !SKIP.has(n.tagName.toUpperCase()) && n !== host) {
          const block = BLOCK.test(n.tagName.toUpperCase());
          if (block) blockBreak();
          walk(n);
          if (block) blockBreak();
        }
      }
    };
    walk(root);
    return { text, pieces };
  }

  function rangeFor(pieces, start, end) {
    const find = (off, isEnd) => {
      let lo = 0, hi = pieces.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1, p = pieces[mid];
        if (off < p.start || (isEnd && off === p.start && mid > 0)) hi = mid - 1;
        else if (off > p.end || (!isEnd && off === p.end)) lo = mid + 1;
        else return [p.node, off - p.start];
      }
      return null;
    };
    const a = find(start, false), b = find(end, true);
    if (!a || !b) return null;
    const r = new Range();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    return r;
  }

  let host = null;
  let active = false;

  function publishedDate() {
    const meta = document.querySelector('meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]');
    const t = meta?.getAttribute("content") || document.querySelector("time[datetime]")?.getAttribute("datetime");
    return t && /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : null;
  }

  function showSidebar(report, error) {
    host = document.createElement("sourcelens-sidebar");
    host.style.cssText = "all: initial; position: fixed; top: 0; right: 0; height: 100vh; width: 340px; z-index: 2147483647;";
    const shadow = host.attachShadow({ mode: "open" });
    const aside = document.createElement("aside");
    aside.setAttribute("role", "complementary");
    aside.setAttribute("aria-label", "sourcelens");
    aside.tabIndex = -1;
    aside.style.cssText = "box-sizing:border-box;height:100%;overflow:auto;background:#fff;color:#222;font:14px system-ui,sans-serif;padding:12px;border-left:1px solid #ccc;box-shadow:-2px 0 8px rgba(0,0,0,.15)";
    const h = document.createElement("h2");
    h.textContent = "sourcelens";
    h.style.cssText = "font-size:16px;margin:0 0 8px";
    aside.append(h);
    const line = (s) => { const p = document.createElement("p"); p.textContent = s; p.style.margin = "4px 0"; aside.append(p); return p; };
    if (error) line(error);
    else {
      line(`${report.attributions.length} attributions from ${report.sources.length} sources, ${report.dates.length} dates, ${report.places.length} places.`);
      const ul = document.createElement("ul");
      for (const s of report.sources) {
        const li = document.createElement("li");
        li.textContent = `${s.name} — ${s.attributions.length} claim(s)${s.anonymous ? " (anonymous)" : ""}`;
        ul.append(li);
      }
      aside.append(ul);
    }
    const close = document.createElement("button");
    close.textContent = "Close";
    close.addEventListener("click", () => toggle());
    aside.append(close);
    aside.addEventListener("keydown", (e) => { if (e.key === "Escape") toggle(); });
    shadow.append(aside);
    document.documentElement.append(host);
    aside.focus();
  }

  async function open() {
    active = true;
    const { text, pieces } = collect(document.body);
    if (!text.trim()) { showSidebar(null, "No article text found on this page."); return; }
    let res;
    try {
      res = await chrome.runtime.sendMessage({ type: "analyze", text, published: publishedDate() });
    } catch (e) {
      res = { ok: false, error: String(e?.message ?? e) };
    }
    if (!active) return;
    if (!res?.ok) { showSidebar(null, `Analysis failed: ${res?.error ?? "no answer"}`); return; }
    const report = res.report;
    const sets = Object.fromEntries(NAMES.map((n) => [n, []]));
    const add = (name, span) => { if (span) { const r = rangeFor(pieces, span.start, span.end); if (r) sets[name].push(r); } };
    for (const a of report.attributions) { add("sourcelens-cue", a.cue); add("sourcelens-source", a.source); add("sourcelens-content", a.content); }
    for (const d of report.dates) add("sourcelens-date", d);
    for (const p of report.places) add("sourcelens-place", p);
    if (globalThis.CSS?.highlights) for (const n of NAMES) CSS.highlights.set(n, new Highlight(...sets[n]));
    showSidebar(report, null);
  }

  function close() {
    active = false;
    if (globalThis.CSS?.highlights) for (const n of NAMES) CSS.highlights.delete(n);
    host?.remove();
    host = null;
    chrome.runtime.sendMessage({ type: "closed" }).catch(() => {});
  }

  function toggle() { if (active) close(); else open(); }

  globalThis.__sourcelens = { toggle };
  open();
})();
