// sourcelens content script: injected on demand (toolbar button / Alt+Shift+S) into the page's
// isolated world after vendor/Readability.js, worldmap.js, ui.js and extract.js. Extracts the
// article (SourcelensExtract), asks the background for a Report (one message), highlights the
// spans with the CSS Custom Highlight API and shows the sidebar (SourcelensUI) in an open
// shadow root. Pressing the button again closes everything (the background calls toggle()).
// Never changes the page's DOM text; the only node added is the sidebar's host element.
(() => {
  "use strict";
  if (globalThis.__sourcelens) {
    globalThis.__sourcelens.toggle();
    return;
  }
  const UI = globalThis.SourcelensUI;
  const EX = globalThis.SourcelensExtract;
  const HOST_TAG = "sourcelens-sidebar";

  const st = {
    open: false,
    run: 0,
    host: null,
    ui: null,
    hl: null,
    extracted: null,
    report: null,
    version: null,
    settings: UI.mergeSettings(null),
    cssInserted: false,
    pushed: 0, // width of the margin the page was given (0: none)
    lastFocus: null,
    raf: 0,
    resizeTimer: 0,
  };

  async function loadSettings() {
    try {
      const { settings } = await chrome.storage.local.get("settings");
      return UI.mergeSettings(settings);
    } catch {
      return UI.mergeSettings(null);
    }
  }
  function saveSettings(s) {
    try {
      chrome.storage.local.set({ settings: s }).catch(() => {});
    } catch {
      /* storage unavailable */
    }
  }

  const send = async (msg) => {
    try {
      return await chrome.runtime.sendMessage(msg);
    } catch (e) {
      // e.g. "Extension context invalidated" after an update: say so instead of hanging
      return { ok: false, error: String(e?.message ?? e) };
    }
  };

  function mountHost() {
    // a sidebar left behind by a previous version of the extension (its scripts are gone)
    for (const old of document.querySelectorAll(HOST_TAG)) old.remove();
    const host = document.createElement(HOST_TAG);
    // CSSOM, not a style attribute: allowed under any page CSP
    host.style.cssText =
      "all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; height: 100vh !important; " +
      "z-index: 2147483647 !important; display: block !important;";
    const shadow = host.attachShadow({ mode: "open" });
    document.documentElement.append(host);
    return { host, shadow };
  }

  async function open() {
    st.open = true;
    st.lastFocus = document.activeElement;
    const { host, shadow } = mountHost();
    st.host = host;
    st.settings = await loadSettings();
    if (!st.open) return;
    st.ui = UI.mount(shadow, {
      settings: st.settings,
      version: st.version,
      onActivate: ({ spans }) => st.hl?.show(spans),
      onClose: () => close(),
      onRescan: () => scan(),
      onSettings: (s) => {
        const widthChanged = s.width !== st.settings.width;
        st.settings = s;
        saveSettings(s);
        st.hl?.apply(s.filters);
        if (widthChanged) layout();
      },
    });
    st.ui.focus();
    document.addEventListener("mousemove", onMove, { passive: true, capture: true });
    document.addEventListener("click", onClick, true);
    document.addEventListener("scroll", onScroll, { passive: true, capture: true });
    addEventListener("resize", onResize, { passive: true });
    await scan();
  }

  async function scan() {
    const run = ++st.run;
    st.hl?.clear();
    st.ui.update({ state: "loading", message: "Finding the article…" });
    let ex;
    try {
      ex = await EX.extract(document, { exclude: (el) => el === st.host });
    } catch (e) {
      if (run === st.run) st.ui.update({ state: "error", message: `Could not read the page: ${String(e?.message ?? e)}` });
      return;
    }
    if (run !== st.run || !st.open) return;
    st.extracted = ex;
    st.ui.setPageDark(ex.dark);
    const notes = [];
    if (ex.method === "body") notes.push("No article structure was recognised, so the whole visible text of the page was analysed (menus and comments included).");
    if (ex.truncated) notes.push(`This page is very long: only its first ${ex.maxChars.toLocaleString("en")} characters (about ${(Math.round(ex.maxChars / 6000) * 1000).toLocaleString("en")} words) were analysed.`);
    if (ex.words < 25) {
      st.ui.update({ state: "empty", message: "No article found on this page.", notes });
      send({ type: "closed", layout: null });
      return;
    }
    st.ui.update({ state: "loading", message: `Analysing ${ex.words.toLocaleString("en")} words…` });
    const res = await send({ type: "analyze", text: ex.text, published: ex.published, theme: ex.dark ? "dark" : "light", css: !st.cssInserted });
    if (run !== st.run || !st.open) return;
    if (!res?.ok || !res.report) {
      st.ui.update({ state: "error", message: `Analysis failed: ${res?.error ?? "no answer from the extension"}` });
      return;
    }
    st.cssInserted = true;
    st.version = res.version ?? st.version;
    const report = res.report;
    st.report = report;
    for (const w of report.warnings || []) notes.push(w);
    if (!ex.published && report.published_source === "dateline") notes.push(`Publication date taken from the dateline: ${report.published}.`);
    if (!report.published) notes.push("No publication date found: relative dates (“on Sunday”) are left unresolved.");
    if (!UI.Highlighter.supported()) notes.push("This browser has no CSS Custom Highlight API: the article is not highlighted.");
    const hl = new UI.Highlighter({ rangeFor: ex.rangeFor, doc: document });
    st.hl = hl;
    await hl.set(report);
    if (run !== st.run || !st.open) return;
    hl.apply(st.settings.filters);
    if (hl.missed) notes.push(`${hl.missed} spans could not be located on the page (it changed since the scan?).`);
    st.ui.update({
      state: "ready",
      report,
      text: ex.text,
      notes,
      meta: { title: ex.title, url: location.href, version: st.version, method: ex.method },
    });
    layout();
  }

  /** Makes room for the sidebar when it would cover the article (and only then). */
  function layout() {
    if (!st.open || !st.extracted) return;
    const width = st.settings.width;
    let want = st.pushed;
    const rect = st.extracted.rect();
    const vw = document.documentElement.clientWidth || innerWidth;
    if (st.pushed) want = width;
    else if (rect && rect.right > vw - width - 4 && vw - width > 420) want = width;
    if (want === st.pushed) return;
    const from = st.pushed ? { width: st.pushed } : null;
    st.pushed = want;
    send({ type: "layout", from, to: want ? { width: want } : null });
  }

  function onMove(e) {
    if (!st.hl || st.raf) return;
    const x = e.clientX, y = e.clientY;
    const inside = e.composedPath?.().includes(st.host);
    st.raf = requestAnimationFrame(() => {
      st.raf = 0;
      if (!st.ui) return;
      if (inside) return st.ui.hideTooltip();
      const hits = st.hl.at(x, y);
      if (hits.length) st.ui.showTooltip(hits, x, y);
      else st.ui.hideTooltip();
    });
  }
  function onResize() {
    clearTimeout(st.resizeTimer);
    st.resizeTimer = setTimeout(layout, 200);
  }
  function onScroll() {
    st.ui?.hideTooltip();
  }
  function onClick(e) {
    if (!st.hl || e.button !== 0 || e.composedPath?.().includes(st.host)) return;
    const sel = getSelection();
    if (sel && !sel.isCollapsed) return;
    const hits = st.hl.at(e.clientX, e.clientY);
    if (hits.length) st.ui.select(hits[0].key);
  }
  function close() {
    if (!st.open) return;
    st.open = false;
    st.run++;
    document.removeEventListener("mousemove", onMove, { capture: true });
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("scroll", onScroll, { capture: true });
    removeEventListener("resize", onResize, { passive: true });
    clearTimeout(st.resizeTimer);
    cancelAnimationFrame(st.raf);
    st.raf = 0;
    st.hl?.clear();
    st.hl = null;
    st.ui?.destroy();
    st.ui = null;
    st.host?.remove();
    st.host = null;
    st.extracted = null;
    st.report = null;
    const layoutWas = st.pushed ? { width: st.pushed } : null;
    st.pushed = 0;
    st.cssInserted = false;
    send({ type: "closed", layout: layoutWas });
    try {
      if (st.lastFocus && st.lastFocus.isConnected) st.lastFocus.focus?.({ preventScroll: true });
    } catch {
      /* ignore */
    }
  }

  function toggle() {
    if (st.open) close();
    else open();
  }

  globalThis.__sourcelens = { toggle, state: () => ({ open: st.open, report: st.report, method: st.extracted?.method, pushed: st.pushed }) };
  open();
})();
