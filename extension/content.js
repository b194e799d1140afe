// sourcelens content script: injected on demand (toolbar button / Alt+Shift+S, or by itself on
// the sites the reader chose for auto-run) into the page's isolated world after
// vendor/Readability.js, worldmap.js, ui.js and extract.js. Extracts the article
// (SourcelensExtract), asks the background for a Report (one message), highlights the spans with
// the CSS Custom Highlight API and shows the sidebar (SourcelensUI) in an open shadow root, with
// a progress line while a long page is read and highlighted. Pressing the button again closes
// everything (the background calls toggle()); the next/previous-highlight commands arrive as
// messages from the background. Never changes the page's DOM text; the only node added is the
// sidebar's host element.
//
// Hostile pages: this script runs in the extension's isolated world, so whatever the page does
// to its own built-ins (Array, JSON, Range, CSS.highlights, addEventListener...) never reaches
// it, and nothing here talks to the page (no postMessage, no DOM events carrying data). What a
// page can do is touch the DOM: a name it registered as a custom element is not used for the
// host, a removed or restyled host is put back (a bounded number of times), page text that
// changes after the scan loses its highlights instead of shifting them onto other words, and
// events the page synthesises (el.click()) do not drive the sidebar.
(() => {
  "use strict";
  if (globalThis.__sourcelens) {
    globalThis.__sourcelens.toggle();
    return;
  }
  const UI = globalThis.SourcelensUI;
  const EX = globalThis.SourcelensExtract;
  const { t } = UI;
  const HOST_TAG = "sourcelens-sidebar";
  /** The host's inline style: !important inline declarations beat any page style sheet. */
  const HOST_CSS =
    "all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; height: 100vh !important; " +
    "z-index: 2147483647 !important; display: block !important;";
  /** How many times the page may remove or restyle the sidebar before sourcelens gives up. */
  const MAX_REPAIRS = 20;
  const REPORT_LISTS = ["attributions", "sources", "dates", "places", "distancing"];

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
    guard: null, // MutationObserver keeping the host in place
    guardRoot: null,
    hostStyle: "",
    repairs: 0,
    pageWatch: null, // MutationObserver dropping highlights over text the page changed
    style: null, // the highlight style the background inserted ({theme, colors})
    timings: null, // ms of the steps of the last scan (for the browser benchmark)
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

  function randomTag() {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    return `${HOST_TAG}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  }

  /**
   * A new host element with our OPEN shadow root: <sourcelens-sidebar>, unless the page has
   * registered that name as a custom element (its class would own our host and its
   * constructor may already hold the shadow root): then an unguessable
   * <sourcelens-sidebar-0123456789abcdef> that no page can have registered in advance.
   */
  function makeHost() {
    for (const tag of [HOST_TAG, randomTag(), randomTag()]) {
      try {
        const host = document.createElement(tag);
        if (host.matches(":defined") || host.shadowRoot) continue;
        return { host, shadow: host.attachShadow({ mode: "open" }) };
      } catch {
        /* the page's constructor threw or took the shadow root: try another name */
      }
    }
    return null;
  }

  /** Sidebars (children of <html>) left behind by an earlier copy of these scripts. */
  function removeStale() {
    for (const el of [...document.documentElement.children]) {
      if (el === st.host || !(el.localName === HOST_TAG || el.localName.startsWith(HOST_TAG + "-"))) continue;
      if (el.shadowRoot?.querySelector(':scope > .sl > aside[aria-label="sourcelens"]')) el.remove();
    }
  }

  function mountHost() {
    removeStale();
    const made = makeHost();
    if (!made) return null;
    // CSSOM, not a style attribute in markup: allowed under any page CSP
    made.host.style.cssText = HOST_CSS;
    st.hostStyle = made.host.getAttribute("style");
    document.documentElement.append(made.host);
    return made;
  }

  /** Puts the host back when the page removes, moves or restyles it (up to MAX_REPAIRS). */
  function repairHost() {
    const host = st.host;
    const root = document.documentElement;
    if (!st.open || !host || !root) return;
    if (st.guardRoot !== root) {
      st.guard.observe(root, { childList: true }); // the page replaced its <html>
      st.guardRoot = root;
    }
    const moved = host.parentNode !== root;
    const restyled = host.attributes.length !== 1 || host.getAttribute("style") !== st.hostStyle;
    if (!moved && !restyled) return;
    if (++st.repairs > MAX_REPAIRS) {
      close(); // the page keeps fighting: leave it alone, highlights and all
      return;
    }
    if (restyled) {
      for (const a of [...host.attributes]) host.removeAttribute(a.name);
      host.style.cssText = HOST_CSS;
      st.hostStyle = host.getAttribute("style");
    }
    if (moved) root.append(host);
  }

  function guardHost() {
    st.guard = new MutationObserver(repairHost);
    st.guard.observe(document, { childList: true });
    st.guardRoot = document.documentElement;
    st.guard.observe(st.guardRoot, { childList: true });
    st.guard.observe(st.host, { attributes: true });
  }

  /** Text the page changes after the analysis: highlights over it are checked and dropped. */
  function watchPage() {
    st.pageWatch = new MutationObserver((records) => {
      if (!st.hl) return;
      const texts = new Set();
      let structural = false;
      for (const r of records) {
        if (r.type === "characterData") texts.add(r.target);
        else {
          for (const n of r.removedNodes) {
            if (n.nodeType === 3) texts.add(n);
            else if (n.nodeType === 1) structural = true;
          }
        }
      }
      if (texts.size || structural) st.hl.revalidate(texts, structural);
    });
    st.pageWatch.observe(document.body || document.documentElement, { subtree: true, childList: true, characterData: true });
  }

  const isReport = (r) => !!r && typeof r === "object" && REPORT_LISTS.every((k) => Array.isArray(r[k]));

  /** Opens the sidebar; `focus`: move the keyboard focus into it (when the reader asked for it). */
  async function open({ focus = true } = {}) {
    st.open = true;
    st.lastFocus = document.activeElement;
    const mounted = mountHost();
    if (!mounted) {
      st.open = false;
      return;
    }
    const { host, shadow } = mounted;
    st.host = host;
    st.repairs = 0;
    guardHost();
    watchPage();
    st.settings = await loadSettings();
    if (!st.open) return;
    st.ui = UI.mount(shadow, {
      trustedOnly: true,
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
      annotationTarget,
    });
    if (focus) st.ui.focus();
    document.addEventListener("mousemove", onMove, { passive: true, capture: true });
    document.addEventListener("click", onClick, true);
    document.addEventListener("scroll", onScroll, { passive: true, capture: true });
    addEventListener("resize", onResize, { passive: true });
    chrome.storage?.onChanged?.addListener(onStorage);
    await scan();
  }

  async function scan() {
    const run = ++st.run;
    st.hl?.clear();
    st.ui.update({ state: "loading", message: t("findingArticle") });
    let ex;
    try {
      ex = await EX.extract(document, {
        exclude: (el) => el === st.host,
        onProgress: (fraction) => run === st.run && st.ui?.progress(t("readingPage", UI.t("percent", Math.round(fraction * 100))), fraction),
      });
    } catch (e) {
      if (run === st.run) st.ui.update({ state: "error", message: t("readFailed", String(e?.message ?? e)) });
      return;
    }
    if (run !== st.run || !st.open) return;
    st.extracted = ex;
    st.ui.setPageDark(ex.dark);
    const notes = [];
    if (ex.method === "body") notes.push(t("noteWholePage"));
    if (ex.truncated) notes.push(t("noteTruncated", ex.maxChars, Math.round(ex.maxChars / 6000) * 1000));
    if (ex.words < 25) {
      st.ui.update({ state: "empty", message: t("noArticle"), notes });
      send({ type: "closed", layout: null, style: null });
      return;
    }
    st.ui.update({ state: "loading", message: t("analysingWords", ex.words) });
    // the article in one giant text node: tints only (underlines make every repaint of it slow)
    const plain = ex.pieces.some((p) => p.node.length >= UI.GIANT_NODE);
    if (plain) notes.push(t("noteGiantNode"));
    const res = await send({ type: "analyze", text: ex.text, published: ex.published, theme: ex.dark ? "dark" : "light", css: !st.cssInserted, plain });
    if (run !== st.run || !st.open) return;
    if (!res?.ok || !isReport(res.report)) {
      st.ui.update({ state: "error", message: t("analysisFailed", res?.error ?? t("noAnswer")) });
      return;
    }
    if (res.style) {
      st.cssInserted = true;
      st.style = res.style;
    }
    st.version = res.version ?? st.version;
    const report = res.report;
    st.report = report;
    for (const w of report.warnings || []) notes.push(w);
    if (!ex.published && report.published_source === "dateline") notes.push(t("noteDateline", report.published));
    if (!report.published) notes.push(t("noteNoDate"));
    if (!UI.Highlighter.supported()) notes.push(t("noteNoHighlightApi"));
    const hl = new UI.Highlighter({ rangeFor: ex.rangeFor, doc: document });
    st.hl = hl;
    const timings = { ...ex.timings };
    let t0 = performance.now();
    await hl.set(report, { onProgress: (done, total) => run === st.run && st.ui?.progress(t("highlightingProgress", done, total), total ? done / total : 1) });
    if (run !== st.run || !st.open) return;
    await UI.yieldToPage();
    if (run !== st.run || !st.open) return;
    timings.ranges = Math.round(performance.now() - t0);
    t0 = performance.now();
    hl.apply(st.settings.filters);
    timings.register = Math.round(performance.now() - t0);
    await UI.yieldToPage(); // the sidebar is built in a task of its own
    if (run !== st.run || !st.open) return;
    if (hl.missed) notes.push(t("noteMissed", hl.missed));
    t0 = performance.now();
    await st.ui.update({
      state: "ready",
      report,
      text: ex.text,
      notes,
      rules: Array.isArray(res.rules) ? res.rules : null,
      meta: { title: ex.title, url: location.href, version: st.version, method: ex.method },
    });
    if (run !== st.run || !st.open) return;
    timings.sidebar = Math.round(performance.now() - t0);
    st.timings = timings;
    st.ui.setHighlighter(hl);
    layout();
  }

  /** Pages this large are not re-laid out to make room: the sidebar covers their right edge
   *  (a 5 MB page takes the main thread for half a second to reflow). */
  const MAX_PUSH_ELEMENTS = 20000;

  /** Makes room for the sidebar when it would cover the article (and only then). */
  function layout() {
    if (!st.open || !st.extracted) return;
    if (!st.pushed && (st.extracted.truncated || st.extracted.elements > MAX_PUSH_ELEMENTS)) return;
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
    if (!e.isTrusted || !st.hl || st.raf) return;
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
    st.ui?.pageScrolled();
    st.hl?.scrolled();
  }

  /** Where the W3C annotations point: the page itself, counted in document.body.textContent. */
  function annotationTarget() {
    const index = UI.textIndex(document.body);
    const rangeFor = st.extracted?.rangeFor;
    return {
      url: location.href.replace(/#.*$/, ""),
      documentText: index.text,
      locate: (span) => {
        const r = span && rangeFor ? rangeFor(span.start, span.end) : null;
        return r ? UI.offsetsOfRange(index, r) : null;
      },
    };
  }

  /** The reader changed the settings elsewhere (the options page): follow them. */
  function onStorage(changes, area) {
    if (area !== "local" || !changes.settings || !st.open) return;
    const next = UI.mergeSettings(changes.settings.newValue);
    const recolour = JSON.stringify(next.colors) !== JSON.stringify(st.settings.colors);
    st.settings = next;
    st.ui?.setSettings(next);
    st.hl?.apply(next.filters);
    if (recolour && st.style) {
      send({ type: "style", from: st.style, theme: st.style.theme, plain: st.style.plain }).then((res) => {
        if (res?.ok && res.style) st.style = res.style;
      });
    }
  }

  /** Commands from the background (our own extension only: pages cannot send these). */
  function onMessage(msg, sender) {
    if (sender?.id !== chrome.runtime.id || sender.tab) return false; // from the background, not another tab
    if (msg && msg.type === "step" && st.open && st.ui) st.ui.step(msg.dir > 0 ? 1 : -1);
    return false;
  }
  function onClick(e) {
    if (!e.isTrusted || !st.hl || e.button !== 0 || e.composedPath?.().includes(st.host)) return;
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
    chrome.storage?.onChanged?.removeListener(onStorage);
    clearTimeout(st.resizeTimer);
    cancelAnimationFrame(st.raf);
    st.raf = 0;
    st.guard?.disconnect();
    st.guard = st.guardRoot = null;
    st.pageWatch?.disconnect();
    st.pageWatch = null;
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
    send({ type: "closed", layout: layoutWas, style: st.style });
    st.style = null;
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

  // lives in the isolated world: the page cannot see or call it (tests read it from there)
  globalThis.__sourcelens = {
    toggle,
    state: () => ({ open: st.open, report: st.report, method: st.extracted?.method, pushed: st.pushed, host: st.host, repairs: st.repairs, missed: st.hl?.missed ?? 0, ui: st.ui, hl: st.hl, timings: st.timings }),
  };
  chrome.runtime.onMessage.addListener(onMessage);
  // run by the toolbar button or shortcut: the reader asked, the focus goes to the sidebar; run
  // by itself on an auto-run site, it leaves the focus where the reader is (typing, maybe)
  open({ focus: globalThis.__sourcelensOpenedBy === "action" });
})();
