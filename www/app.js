// sourcelens demo page. The same pieces as the extension, shared, not copied by hand:
//  - the wasm core (pkg/, built by `make wasm`), run in a Web Worker (worker.js) so that a long
//    text never freezes the page (a main-thread fallback when workers are unavailable);
//  - SourcelensUI (ui.js: the sidebar, the highlighter, the text view, the exports) and
//    SourcelensExtract (extract.js: Readability article extraction) from extension/, copied
//    into dist/www by `make www`, loaded as classic scripts (ui.js before this module; extract.js
//    and Readability in the sandboxed extraction frame, extract-frame.html).
// Page text is never parsed into this document: pasted text goes into a <textarea> and is
// rendered as Text nodes; an HTML file is parsed in the sandboxed frame with DOMParser into an
// inert document (no script runs, nothing loads) from which only text comes back.
const UI = globalThis.SourcelensUI;

/** Longest text analysed (UTF-16 code units, ≈ 330,000 words); the rest is cut with a note. */
const MAX_CHARS = 2_000_000;
/** Largest file read at all. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SAMPLE = { url: "sample.txt", published: "2017-10-30", name: "the sample article (SANA, 30 October 2017)" };
const HTML_EXT = new Set(["html", "htm", "xhtml", "shtml", "xht"]);
const STORE = { theme: "sourcelens.www.theme", settings: "sourcelens.www.settings" };

const $ = (id) => document.getElementById(id);
const els = {
  text: $("text"), textInfo: $("text-info"), published: $("published"), publishedHint: $("published-hint"),
  analyze: $("analyze"), cancel: $("cancel"), clear: $("clear"), sample: $("sample"), open: $("open"), file: $("file"),
  status: $("status"), error: $("input-error"), results: $("results"), resultsHeading: $("results-h"), stale: $("stale"),
  article: $("article"), sidebar: $("sidebar"), workspace: document.querySelector(".workspace"), theme: $("theme"), darkCss: $("highlights-dark"), overlay: $("drop-overlay"),
  version: $("version"), elapsed: $("elapsed"),
};
const fmt = (n) => Number(n).toLocaleString("en");
const PUBLISHED_HINT = els.publishedHint.textContent;

// ------------------------------------------------------------------ preferences (no article text)

function load(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}
function store(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage disabled: settings last for this visit */
  }
}

let settings = UI.mergeSettings(load(STORE.settings));
let theme = ["system", "light", "dark"].includes(load(STORE.theme)) ? load(STORE.theme) : "system";
const systemDark = matchMedia("(prefers-color-scheme: dark)");
const isDark = () => theme === "dark" || (theme === "system" && systemDark.matches);

function applyTheme() {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
  els.darkCss.media = theme === "system" ? "(prefers-color-scheme: dark)" : theme === "dark" ? "all" : "not all";
  els.theme.value = theme;
  ui?.setPageDark(isDark());
}
els.theme.addEventListener("change", () => {
  theme = els.theme.value;
  store(STORE.theme, theme);
  applyTheme();
});
systemDark.addEventListener("change", applyTheme);

// ------------------------------------------------------------------ the analysis thread

class Analyzer {
  constructor() {
    this.worker = null;
    this.main = null;
    this.ready = null;
    this.pending = new Map();
    this.seq = 0;
  }
  /** Starts the worker (once); resolves to {version, where}. */
  start() {
    if (this.ready) return this.ready;
    this.ready = new Promise((resolve, reject) => {
      let w;
      try {
        w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
      } catch {
        this.startMain().then(resolve, reject);
        return;
      }
      this.worker = w;
      let up = false;
      w.addEventListener("message", (e) => {
        const m = e.data || {};
        if (m.type === "ready") {
          up = true;
          resolve({ version: m.version, where: "worker", rules: Array.isArray(m.rules) ? m.rules : null });
        } else if (m.type === "fatal") {
          this.stop();
          reject(new Error(`the analysis engine could not be loaded (${m.error})`));
        } else if (m.type === "result") {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          if (m.error) {
            // a failed call may leave the wasm instance unusable: start afresh next time
            this.stop();
            p.reject(new Error(m.error));
          } else p.resolve(m);
        }
      });
      w.addEventListener("error", (e) => {
        e.preventDefault();
        if (!up) {
          // module workers unsupported or the script did not load: run on this thread
          this.stop();
          this.startMain().then(resolve, reject);
          return;
        }
        this.fail(new Error(e.message || "the analysis thread stopped"));
      });
    });
    return this.ready;
  }
  async startMain() {
    const m = await import("./pkg/sourcelens.js");
    await m.default({ module_or_path: new URL("./pkg/sourcelens_bg.wasm", import.meta.url) });
    this.main = m;
    let rules = null;
    try {
      rules = typeof m.rules === "function" ? m.rules() : null;
    } catch {
      rules = null;
    }
    return { version: m.version(), where: "main", rules };
  }
  async run(text, published) {
    const info = await this.start();
    if (this.main) {
      await new Promise((r) => setTimeout(r, 30)); // let the page paint the busy state first
      const t0 = performance.now();
      const report = this.main.analyze(text, { published, offsets: "utf16" });
      return { report, version: info.version, ms: Math.round(performance.now() - t0) };
    }
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: "analyze", id, text, published });
    });
  }
  fail(err) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.stop();
  }
  stop() {
    this.worker?.terminate();
    this.worker = null;
    if (!this.main) this.ready = null;
  }
  /** Stops a running analysis (only possible in the worker). */
  cancel() {
    if (!this.worker || !this.pending.size) return false;
    this.fail(new DOMException("The analysis was cancelled.", "AbortError"));
    this.start().catch(() => {});
    return true;
  }
}
const analyzer = new Analyzer();
let engine = null; // "worker" or "main": where the wasm runs
analyzer.start().then(
  ({ version, where }) => {
    els.version.textContent = version;
    engine = where;
  },
  () => {},
);

// ------------------------------------------------------------------ messages

function say(msg) {
  els.status.textContent = msg;
}
function showError(msg, focusEl) {
  els.error.textContent = msg;
  if (focusEl) {
    focusEl.setAttribute("aria-invalid", "true");
    focusEl.focus();
  }
}
function clearError() {
  els.error.textContent = "";
  els.text.removeAttribute("aria-invalid");
  els.published.removeAttribute("aria-invalid");
}

function wordCount(s) {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(s)) n++;
  return n;
}

let infoTimer = 0;
function updateInfo() {
  clearTimeout(infoTimer);
  infoTimer = setTimeout(() => {
    const t = els.text.value;
    if (!t.trim()) {
      els.textInfo.textContent = "Empty.";
      return;
    }
    const over = t.length > MAX_CHARS ? ` — over the limit of ${fmt(MAX_CHARS)} characters: only the first ${fmt(MAX_CHARS)} will be analysed` : "";
    els.textInfo.textContent = `${fmt(wordCount(t))} words, ${fmt(t.length)} characters${over}.`;
  }, els.text.value.length > 200000 ? 400 : 60);
}

// where the date in the field came from ("from the page’s metadata", …); "" when typed or empty
let publishedFrom = "";
function setPublished(value, hint) {
  els.published.value = value || "";
  publishedFrom = value && hint ? hint : "";
  els.publishedHint.textContent = publishedFrom || PUBLISHED_HINT;
}

// ------------------------------------------------------------------ input text

/** Line breaks as LF (what the textarea and renderText use). */
const normalise = (t) => t.replace(/\r\n?/g, "\n");

/** At most `max` UTF-16 units, cut at a paragraph break in the last tenth when there is one. */
function capText(text, max = MAX_CHARS) {
  if (text.length <= max) return { text, cut: false };
  let cut = max;
  const p = text.lastIndexOf("\n\n", cut);
  if (p > max * 0.9) cut = p;
  else {
    const c = text.charCodeAt(cut);
    if (c >= 0xdc00 && c < 0xe000) cut--; // do not split a surrogate pair
  }
  return { text: text.slice(0, cut), cut: true };
}

const firstLine = (t) => (t.trim().split("\n", 1)[0] || "").trim().slice(0, 160);

// what the text area holds and where it came from (title, extraction method, notes)
let origin = { kind: "paste", title: "", method: "text", notes: [] };
els.text.addEventListener("input", () => {
  origin = { kind: "paste", title: "", method: "text", notes: [] };
  clearError();
  updateInfo();
  markStale();
});
// a whole new text pasted over (or into an empty field): a date filled in for the previous
// article no longer applies
els.text.addEventListener("paste", () => {
  const t = els.text;
  if (publishedFrom && (!t.value.trim() || (t.selectionStart === 0 && t.selectionEnd === t.value.length))) setPublished("", "");
});
els.published.addEventListener("input", () => {
  publishedFrom = "";
  els.publishedHint.textContent = PUBLISHED_HINT;
  clearError();
  markStale();
});

function setInput(text, { published = null, publishedHint = "", kind, title, method, notes = [] }) {
  els.text.value = text;
  setPublished(published, publishedHint);
  origin = { kind, title: title || firstLine(text), method, notes };
  clearError();
  updateInfo();
}

// ------------------------------------------------------------------ files

const MAGIC = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (or a Word/OpenDocument file)"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Office document"],
  [[0x7f, 0x45, 0x4c, 0x46], "a program"],
  [[0x4d, 0x5a], "a program"],
];

/** The file's text, or throws an Error with a message for the reader. */
function decode(bytes, name, html) {
  const starts = (sig) => sig.every((b, i) => bytes[i] === b);
  if (starts([0xef, 0xbb, 0xbf])) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "UTF-8" };
  if (starts([0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (starts([0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16" };
  for (const [sig, what] of MAGIC) {
    if (starts(sig)) throw new Error(`“${name}” is ${what}, not text. sourcelens reads plain text (.txt) and web pages (.html).`);
  }
  // control characters other than tab, line breaks, form feed and escape: binary data
  const n = Math.min(bytes.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) ctrl++;
  }
  if (ctrl > Math.max(2, n / 200) || (n && bytes.subarray(0, n).includes(0))) {
    throw new Error(`“${name}” does not look like a text or HTML file (it contains binary data). sourcelens reads plain text (.txt) and web pages (.html).`);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // not UTF-8: the charset an HTML page declares, else Windows-1252 (what browsers assume)
    let label = "windows-1252";
    if (html) {
      const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 4096));
      const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
      if (m) label = m[1];
    }
    let dec;
    try {
      dec = new TextDecoder(label);
    } catch {
      dec = new TextDecoder("windows-1252");
    }
    return { text: dec.decode(bytes), encoding: dec.encoding, guessed: true };
  }
}

/**
 * The article of an HTML page, extracted as the extension does it (SourcelensExtract +
 * Readability), in a sandboxed frame (extract-frame.html): the file is parsed there with
 * DOMParser into an inert document, and only its text comes back.
 */
class Extractor {
  constructor() {
    this.frame = null;
    this.ready = null;
    this.pending = new Map();
    this.seq = 0;
    addEventListener("message", (e) => {
      if (!this.frame || e.source !== this.frame.contentWindow) return;
      const m = e.data || {};
      if (m.type === "ready") this.onReady?.();
      else if (m.type === "extracted") {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.ok) p.resolve(m);
        else p.reject(new Error(m.error));
      }
    });
  }
  start() {
    if (this.ready) return this.ready;
    this.ready = new Promise((resolve, reject) => {
      const f = document.createElement("iframe");
      f.setAttribute("sandbox", "allow-scripts");
      f.hidden = true;
      f.tabIndex = -1;
      f.title = "sourcelens article extraction";
      f.src = new URL("./extract-frame.html", import.meta.url).href;
      const timer = setTimeout(() => reject(new Error("the extraction frame did not load")), 20000);
      this.onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      this.frame = f;
      document.body.append(f);
    });
    this.ready.catch(() => {
      this.frame?.remove();
      this.frame = null;
      this.ready = null;
    });
    return this.ready;
  }
  async extract(html, maxChars) {
    await this.start();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.frame.contentWindow.postMessage({ type: "extract", id, html, maxChars }, "*");
    });
  }
}
const extractor = new Extractor();

let loading = 0;
async function openFile(file) {
  if (!file) return;
  const job = ++loading;
  clearError();
  const name = file.name || "the file";
  const ext = (/\.([A-Za-z0-9]+)$/.exec(name)?.[1] || "").toLowerCase();
  if (file.size === 0) return showError(`“${name}” is empty.`);
  if (file.size > MAX_FILE_BYTES) {
    return showError(`“${name}” is ${fmt(Math.round(file.size / 1048576))} MB: files up to ${MAX_FILE_BYTES / 1048576} MB are read. Paste the article’s text instead.`);
  }
  say(`Reading “${name}”…`);
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    say("");
    return showError(`Could not read “${name}”: ${e?.message ?? e}`);
  }
  if (job !== loading) return;
  const sniff = new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, "").trimStart().toLowerCase();
  const html = HTML_EXT.has(ext) || file.type === "text/html" || file.type === "application/xhtml+xml" ||
    /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/.test(sniff);
  let decoded;
  try {
    decoded = decode(bytes, name, html);
  } catch (e) {
    say("");
    return showError(e.message);
  }
  const notes = [];
  if (decoded.guessed) notes.push(`“${name}” is not valid UTF-8; it was read as ${decoded.encoding}.`);
  if (!html) {
    const { text, cut } = capText(normalise(decoded.text).replace(/^\uFEFF/, ""));
    if (cut) notes.push(`“${name}” is very long: only its first ${fmt(text.length)} characters are analysed.`);
    if (!text.trim()) {
      say("");
      return showError(`“${name}” holds no text.`);
    }
    setInput(text, { kind: "file", method: "text", notes });
    say(`Opened “${name}” (${fmt(wordCount(text))} words).`);
  } else {
    say(`Extracting the article from “${name}”…`);
    await new Promise((r) => setTimeout(r, 0));
    let ex;
    try {
      ex = await extractor.extract(decoded.text, MAX_CHARS);
    } catch (e) {
      say("");
      return showError(`Could not read the page in “${name}”: ${e?.message ?? e}`);
    }
    if (job !== loading) return;
    if (ex.words < 1) {
      say("");
      return showError(`No article text found in “${name}”.`);
    }
    if (ex.method === "body") notes.push("No article structure was recognised in the page, so its whole text was taken (menus and comments included).");
    if (ex.truncated) notes.push(`The page is very long: only its first ${fmt(ex.maxChars)} characters are analysed.`);
    setInput(ex.text, {
      kind: "html", title: ex.title, method: ex.method, notes,
      published: ex.published, publishedHint: "from the page’s metadata",
    });
    say(`Extracted the article from “${name}”: ${fmt(ex.words)} words${ex.published ? `, published ${ex.published}` : ""}.`);
  }
  await analyse({ from: "file" });
}

els.open.addEventListener("click", () => els.file.click());
els.file.addEventListener("change", () => {
  const f = els.file.files?.[0];
  els.file.value = ""; // the same file can be opened again
  openFile(f);
});

// drop a file anywhere on the page
let dragDepth = 0;
const hasFiles = (e) => [...(e.dataTransfer?.types || [])].includes("Files");
document.addEventListener("dragenter", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth++;
  els.overlay.hidden = false;
});
document.addEventListener("dragover", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = "copy";
});
document.addEventListener("dragleave", (e) => {
  if (!hasFiles(e)) return;
  if (--dragDepth <= 0) {
    dragDepth = 0;
    els.overlay.hidden = true;
  }
});
document.addEventListener("drop", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  els.overlay.hidden = true;
  const files = e.dataTransfer.files;
  openFile(files[0]).then(() => {
    if (files.length > 1) say(`${els.status.textContent} (${files.length - 1} more file${files.length > 2 ? "s" : ""} ignored: one at a time.)`);
  });
});

// ------------------------------------------------------------------ the sample

els.sample.addEventListener("click", async () => {
  clearError();
  const job = ++loading;
  say("Loading the sample article…");
  let text;
  try {
    const res = await fetch(new URL(SAMPLE.url, import.meta.url));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = normalise(await res.text());
  } catch (e) {
    say("");
    return showError(`Could not load the sample (${e?.message ?? e}). Serve this folder with a web server, e.g. python3 -m http.server.`);
  }
  if (job !== loading) return;
  setInput(text, { kind: "sample", method: "text", published: SAMPLE.published, publishedHint: "the sample’s publication date" });
  say(`Loaded ${SAMPLE.name}.`);
  await analyse({ from: "sample" });
});

// ------------------------------------------------------------------ analysis and results

let ui = null;
let hl = null;
let run = 0;
let analysed = null; // {text, published} of the results shown
let ticker = 0;

function mountSidebar(version) {
  const shadow = els.sidebar.attachShadow({ mode: "open" });
  ui = UI.mount(shadow, {
    settings,
    pageDark: isDark(),
    version,
    inline: true,
    closable: false,
    onActivate: ({ spans }) => hl?.show(spans),
    onRescan: () => analyse({ from: "sidebar" }),
    onSettings: (s) => {
      settings = s;
      store(STORE.settings, s);
      hl?.apply(s.filters);
    },
  });
}

function markStale() {
  if (!analysed) return;
  els.stale.hidden = els.text.value === analysed.raw && els.published.value === (analysed.published || "");
}

function busy(on, words) {
  clearInterval(ticker);
  els.cancel.hidden = !on;
  els.analyze.setAttribute("aria-busy", String(on));
  if (on) {
    const t0 = performance.now();
    const label = `Analysing ${fmt(words)} words…`;
    say(label);
    // the elapsed time is shown, not announced (the live region would repeat it)
    ticker = setInterval(() => {
      const s = Math.round((performance.now() - t0) / 1000);
      els.elapsed.textContent = s >= 1 ? `${s} s` : "";
    }, 250);
  } else {
    els.elapsed.textContent = "";
    if (document.activeElement === els.cancel) els.analyze.focus();
  }
}

els.cancel.addEventListener("click", () => {
  run++; // whatever the running request returns is ignored
  analyzer.cancel();
  busy(false);
  const msg = "The analysis was cancelled.";
  say(msg);
  ui?.update({ state: "error", message: msg });
  els.analyze.focus();
});

async function analyse({ from = "button" } = {}) {
  clearError();
  const raw = els.text.value;
  if (!raw.trim()) {
    say("");
    return showError("There is no text to analyse: paste an article, open a file or load the sample.", els.text);
  }
  if (els.published.validity.badInput) {
    return showError("The publication date is incomplete: complete it (year, month and day) or clear it.", els.published);
  }
  const { text, cut } = capText(normalise(raw));
  const published = els.published.value || null;
  const id = ++run;
  analyzer.cancel(); // a newer request replaces a running one
  const words = wordCount(text);
  busy(true, words);
  hl?.clear();
  hl = null;
  els.article.replaceChildren();
  let res, info;
  try {
    info = await analyzer.start();
    if (!ui) mountSidebar(info.version);
    ui.update({ state: "loading", message: `Analysing ${fmt(words)} words…` });
    els.results.hidden = false;
    res = await analyzer.run(text, published);
  } catch (e) {
    if (id !== run) return; // replaced by a newer request, or cancelled
    busy(false);
    const msg = `The analysis failed: ${e?.message ?? e}`;
    say("");
    showError(msg);
    ui?.update({ state: "error", message: msg });
    return;
  }
  if (id !== run) return;

  const report = res.report;
  const notes = [...origin.notes];
  if (cut) notes.push(`The text is very long: only its first ${fmt(text.length)} characters were analysed.`);
  for (const w of report.warnings || []) notes.push(w);
  if (!published && report.published_source === "dateline") {
    setPublished(report.published, "from the article’s dateline");
    notes.push(`Publication date taken from the dateline: ${report.published}.`);
  }
  if (!report.published) notes.push("No publication date: relative dates (“on Sunday”) are left unresolved. Set it above and analyse again.");
  if (!UI.Highlighter.supported()) notes.push("This browser has no CSS Custom Highlight API: the article is not highlighted (the summary works).");

  say(`Analysing done; highlighting…`);
  const rangeFor = UI.renderText(els.article, text, { headline: "h3" });
  const h = new UI.Highlighter({ rangeFor });
  await h.set(report);
  if (id !== run) return;
  hl = h;
  hl.apply(settings.filters);
  ui.setHighlighter(hl);
  if (hl.missed) notes.push(`${hl.missed} spans could not be shown in the text.`);
  await ui.update({
    state: "ready",
    report,
    text,
    notes,
    rules: info.rules,
    meta: {
      title: origin.title || firstLine(text),
      version: res.version,
      method: origin.kind === "html" ? origin.method : origin.kind,
      publishedFrom: published ? (publishedFrom || "the reader").replace(/^from /, "").replace(/’/g, "'") : "",
    },
  });
  analysed = { raw, published: els.published.value };
  els.stale.hidden = true;
  busy(false);
  const n = (k, one, many = one + "s") => `${fmt(k)} ${k === 1 ? one : many}`;
  say(`Analysed ${n(words, "word")} in ${fmt(res.ms)} ms: ${n(report.attributions.length, "attribution")} from ${n(report.sources.length, "source")}, ` +
    `${n(report.dates.length, "date")}, ${n(report.places.length, "place")}.`);
  if (from !== "sidebar") {
    els.workspace.scrollIntoView({ block: "start" });
    els.resultsHeading.focus({ preventScroll: true });
  }
}

els.analyze.addEventListener("click", () => analyse());
els.text.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    analyse();
  }
});
els.clear.addEventListener("click", () => {
  run++;
  loading++;
  analyzer.cancel();
  busy(false);
  hl?.clear();
  hl = null;
  analysed = null;
  els.article.replaceChildren();
  els.results.hidden = true;
  setInput("", { kind: "paste", method: "text" });
  say("Cleared.");
  els.text.focus();
});

// the text view: point at a highlight for details, click it to find it in the summary
let raf = 0;
els.article.addEventListener("mousemove", (e) => {
  if (!hl || raf) return;
  const { clientX: x, clientY: y } = e;
  raf = requestAnimationFrame(() => {
    raf = 0;
    const hits = hl?.at(x, y) || [];
    if (hits.length) ui.showTooltip(hits, x, y);
    else ui.hideTooltip();
  });
});
els.article.addEventListener("mouseleave", () => ui?.hideTooltip());
addEventListener("scroll", () => {
  ui?.pageScrolled();
  hl?.scrolled();
}, { passive: true });
els.article.addEventListener("click", (e) => {
  if (!hl || e.button !== 0) return;
  const sel = getSelection();
  if (sel && !sel.isCollapsed) return;
  const hits = hl.at(e.clientX, e.clientY);
  if (hits.length) ui.select(hits[0].key);
});

// N / P: the next and previous highlight, from anywhere on the page but a text field (the
// sidebar handles its own keys)
document.addEventListener("keydown", (e) => {
  if (!hl || !ui || e.altKey || e.ctrlKey || e.metaKey || (e.key !== "n" && e.key !== "p")) return;
  const el = e.target;
  if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
  e.preventDefault();
  ui.step(e.key === "n" ? 1 : -1);
});

applyTheme();
updateInfo();
document.getElementById("boot").remove(); // the page's code runs: no need for the start-up advice
// for tests and the curious: the page's state, read-only
Object.defineProperty(globalThis, "sourcelensDemo", {
  value: Object.freeze({
    state: () => ({ analysed: !!analysed, published: els.published.value, title: origin.title, method: origin.method, engine: engine }),
  }),
});
