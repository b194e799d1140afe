// Speed of sourcelens in headless Chromium, reported (never asserted), `make bench-browser`:
//  1. wasm `analyze` on a ~15,000-character article (scripts/bench-texts.mjs), median of many
//     runs in one page, plus the bundled sample and a 150,000-character text;
//  2. the wasm cold start, separately: compile + instantiate + first call, each in a fresh
//     browser context (a new renderer, so no compiled-module cache), median of several;
//  3. the extension on 5 MB pages (four shapes, tests/e2e/big-pages.mjs): longest main-thread
//     task while it works (PerformanceObserver longtask + rAF gaps), the delay of keys typed
//     into the page meanwhile, and the time of each step (content script state().timings);
//  4. sizes: the wasm (raw, gzip -9) and the store zip dist/sourcelens-chrome.zip.
// Writes the tables into docs/benchmarks.md (section bench-browser). Needs `make extension`.
//   node scripts/bench-browser.mjs [--quick] [--no-write] [--no-freeze] [--freeze-only]
//                                  [--extension DIR] [--runs N]   (DIR: another build, e.g. an older one)
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import os from "node:os";
import puppeteer from "puppeteer-core";
import { serve, launchWithExtension, CHROME, CHROME_ARGS, EXTENSION_DIR } from "../tests/e2e/helpers.mjs";
import { bigPage } from "../tests/e2e/big-pages.mjs";
import { ROOT, TEXTS, PUBLISHED, median, quantile, writeSection, table } from "./bench-texts.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const freezeOnly = args.includes("--freeze-only");
const write = !args.includes("--no-write") && !freezeOnly;
const argValue = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const extensionDir = argValue("--extension", EXTENSION_DIR);
const FREEZE_RUNS = Number(argValue("--runs", quick ? 1 : 3));
const SHAPES = ["paragraphs", "one-node", "many-elements", "text-nodes"];
const PKG = join(ROOT, "dist/pkg");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>bench</title></head><body>bench</body></html>`;
const server = await serve(PKG, {
  routes: {
    "/bench.html": () => ({ body: PAGE }),
    "/pkg/sourcelens.js": () => ({ body: readFileSync(join(PKG, "sourcelens.js")), type: "text/javascript" }),
    "/pkg/sourcelens_bg.wasm": () => ({ body: readFileSync(join(PKG, "sourcelens_bg.wasm")), type: "application/wasm" }),
  },
});

let chromium = "", colds = [], compiles = [], warm = {};
const COLD_RUNS = quick ? 3 : 9;
if (!freezeOnly) {
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, pipe: true, args: CHROME_ARGS });
chromium = await browser.version();

// ---- 2. cold start, each in a fresh context
async function coldOnce() {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.goto(`${server.url}/bench.html`);
  const r = await page.evaluate(async (text, published) => {
    const bytes = await (await fetch("/pkg/sourcelens_bg.wasm")).arrayBuffer();
    const mod = await import("/pkg/sourcelens.js");
    const t0 = performance.now();
    await mod.default({ module_or_path: bytes });
    const t1 = performance.now();
    mod.analyze(text, { published, offsets: "utf16" });
    const t2 = performance.now();
    mod.analyze(text, { published, offsets: "utf16" });
    const t3 = performance.now();
    return { init: t1 - t0, first: t2 - t1, second: t3 - t2 };
  }, TEXTS["article-15k"], PUBLISHED);
  await ctx.close();
  return r;
}
async function compileOnce() {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.goto(`${server.url}/bench.html`);
  const ms = await page.evaluate(async () => {
    const bytes = await (await fetch("/pkg/sourcelens_bg.wasm")).arrayBuffer();
    const t0 = performance.now();
    await WebAssembly.compile(bytes);
    return performance.now() - t0;
  });
  await ctx.close();
  return ms;
}

for (let i = 0; i < COLD_RUNS; i++) {
  colds.push(await coldOnce());
  compiles.push(await compileOnce());
}

// ---- 1. warm runs in one page
const page = await browser.newPage();
await page.goto(`${server.url}/bench.html`);
const RUNS = quick ? { sample: 50, "article-15k": 30, "long-150k": 5 } : { sample: 300, "article-15k": 150, "long-150k": 20 };
warm = await page.evaluate(async (texts, runs, published) => {
  const mod = await import("/pkg/sourcelens.js");
  await mod.default({ module_or_path: "/pkg/sourcelens_bg.wasm" });
  const out = {};
  for (const [name, text] of Object.entries(texts)) {
    for (let i = 0; i < 5; i++) mod.analyze(text, { published, offsets: "utf16" });
    const ms = [];
    let rep;
    for (let i = 0; i < runs[name]; i++) {
      const a = performance.now();
      rep = mod.analyze(text, { published, offsets: "utf16" });
      ms.push(performance.now() - a);
    }
    out[name] = { ms, chars: text.length, found: `${rep.attributions.length} attributions, ${rep.dates.length} dates, ${rep.places.length} places` };
  }
  return out;
}, TEXTS, RUNS, PUBLISHED);
await browser.close();
}
await server.close();

// ---- 3. the extension on 5 MB pages (median of FREEZE_RUNS runs per shape, each in a fresh tab)
const freeze = [];
if (!args.includes("--no-freeze")) {
  const srv = await serve(ROOT, { routes: Object.fromEntries(SHAPES.map((s) => [`/big/${s}.html`, () => ({ body: bigPage(s, 5_000_000) })])) });
  const { browser: b2, extension, id } = await launchWithExtension({ dir: extensionDir });
  if (!chromium) chromium = await b2.version();
  for (const shape of SHAPES) {
    const runs = [];
    for (let k = 0; k < FREEZE_RUNS; k++) {
      const p = await b2.newPage();
      await p.goto(`${srv.url}/big/${shape}.html`, { waitUntil: "load", timeout: 60000 });
      await p.bringToFront();
      await sleep(500);
      await p.evaluate(() => window.__probe.start());
      await p.triggerExtensionAction(extension);
      const typing = (async () => {
        // once the sidebar is there (it takes the focus when it opens)
        for (let i = 0; i < 100; i++) {
          const realm = p.extensionRealms().find((r) => r.origin === `chrome-extension://${id}`);
          if (await realm?.evaluate(() => !!globalThis.__sourcelens?.state().host).catch(() => false)) break;
          await sleep(20);
        }
        await sleep(100);
        await p.focus("#probe-input").catch(() => {});
        await p.keyboard.type("budget", { delay: 40 });
      })();
      let readyAt = null, steps = null;
      for (let i = 0; i < 1200 && readyAt === null; i++) {
        const realm = p.extensionRealms().find((r) => r.origin === `chrome-extension://${id}`);
        const st = await realm?.evaluate(() => {
          const s = globalThis.__sourcelens?.state();
          return s?.host?.shadowRoot?.querySelector("aside")?.dataset.state === "ready" ? { timings: s.timings ?? null } : null;
        }).catch(() => null);
        if (st) {
          readyAt = await p.evaluate(() => performance.now());
          steps = st.timings;
        } else await sleep(100);
      }
      await typing;
      await sleep(1500);
      const m = await p.evaluate(() => window.__probe.stop());
      runs.push({ ready: readyAt === null ? NaN : readyAt - m.t0, steps, ...m });
      await p.close();
    }
    const med = (k) => median(runs.map((r) => r[k]));
    const stepNames = runs[0].steps ? Object.keys(runs[0].steps) : [];
    freeze.push({
      shape, runs: runs.length, ready: med("ready"), longestTask: med("longestTask"), longTasks: med("longTasks"), longTaskMs: med("longTaskMs"),
      longestFrameGap: med("longestFrameGap"), longestInputDelay: med("longestInputDelay"),
      steps: stepNames.map((n) => `${n} ${Math.round(median(runs.map((r) => r.steps?.[n] ?? NaN)))}`).join(", "),
    });
  }
  await b2.close();
  await srv.close();
}

// ---- 4. sizes
const wasm = readFileSync(join(PKG, "sourcelens_bg.wasm"));
const glueJs = readFileSync(join(PKG, "sourcelens.js"));
const zip = readFileSync(join(ROOT, "dist/sourcelens-chrome.zip"));
const dirSize = (d) => readdirSync(d, { recursive: true }).reduce((n, f) => {
  const s = statSync(join(d, String(f)));
  return n + (s.isFile() ? s.size : 0);
}, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

// ---- report
const warmRows = Object.entries(warm).map(([name, w]) => {
  const med = median(w.ms);
  return [name, w.chars.toLocaleString("en"), `${w.ms.length}`, fmt(med), fmt(quantile(w.ms, 0.1)), fmt(quantile(w.ms, 0.9)), fmt(w.chars / med / 1000), w.found];
});
const coldRow = (k) => fmt(median(colds.map((c) => c[k])), 1);
const machine = `${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores, shared with other jobs), ${chromium} headless, ${new Date().toISOString().slice(0, 10)}`;
const report = `## wasm in headless Chromium (\`make bench-browser\`)

Machine: ${machine}. Times are medians in milliseconds (performance.now()); M/s = million
characters per second. Texts: scripts/bench-texts.mjs (the bundled sample; a ~15,000-character
article built from it and paragraphs written for the benchmark; a 150,000-character text).

### analyze() in a page (warm: after 5 untimed calls)

${table(["text", "chars", "runs", "median ms", "p10 ms", "p90 ms", "M chars/s", "found"], warmRows)}

### Cold start (each in a fresh browser context, median of ${COLD_RUNS})

${table(["step", "median ms", "min ms", "max ms"], [
  ["compile only (WebAssembly.compile)", fmt(median(compiles), 1), fmt(Math.min(...compiles), 1), fmt(Math.max(...compiles), 1)],
  ["compile + instantiate (init)", coldRow("init"), fmt(Math.min(...colds.map((c) => c.init)), 1), fmt(Math.max(...colds.map((c) => c.init)), 1)],
  ["first analyze() of the 15k article (builds lexicon and gazetteer tables)", coldRow("first"), fmt(Math.min(...colds.map((c) => c.first)), 1), fmt(Math.max(...colds.map((c) => c.first)), 1)],
  ["second analyze() of the same article", coldRow("second"), fmt(Math.min(...colds.map((c) => c.second)), 1), fmt(Math.max(...colds.map((c) => c.second)), 1)],
  ["cold start in all (init + first call)", fmt(median(colds.map((c) => c.init + c.first)), 1), "", ""],
])}
${freeze.length ? `
### The extension on a 5 MB page (median of ${FREEZE_RUNS} runs per shape; the tab's main thread)

From the click to the sidebar being ready, and the longest single main-thread task in that time
plus 1.5 s of rendering after it (the analysis itself runs in the extension's service worker;
the page's thread does the extraction, in slices, the highlights and the sidebar); the delay of
keys typed into the page meanwhile; the time of each step (content script timings: copy and
pairing of the page for Readability, Readability, the whole extraction, building the Ranges,
registering them, building the sidebar; the sliced steps include the page's own work between
slices). Shapes (tests/e2e/big-pages.mjs): many paragraphs; one text node; 80,000 elements
(over the extraction limit: whole-page text); 80,000 text nodes in 800 paragraphs.
Extension: ${extensionDir === EXTENSION_DIR ? "dist/extension" : extensionDir}.

${table(["page shape", "ready after ms", "longest task ms", "long tasks (>50 ms)", "in long tasks ms", "longest frame gap ms", "longest key delay ms", "steps ms (median)"], freeze.map((f) => [f.shape, fmt(f.ready, 0), fmt(f.longestTask, 0), fmt(f.longTasks, 0), fmt(f.longTaskMs, 0), fmt(f.longestFrameGap, 0), fmt(f.longestInputDelay, 0), f.steps || "n/a"]))}
` : ""}
### Sizes

${table(["file", "bytes", "gzip -9"], [
  ["dist/pkg/sourcelens_bg.wasm", `${wasm.length.toLocaleString("en")} (${kb(wasm.length)})`, `${gzipSync(wasm, { level: 9 }).length.toLocaleString("en")} (${kb(gzipSync(wasm, { level: 9 }).length)})`],
  ["dist/pkg/sourcelens.js (glue)", `${glueJs.length.toLocaleString("en")}`, `${gzipSync(glueJs, { level: 9 }).length.toLocaleString("en")}`],
  ["dist/sourcelens-chrome.zip (store upload, already deflated)", `${zip.length.toLocaleString("en")} (${kb(zip.length)})`, `${gzipSync(zip, { level: 9 }).length.toLocaleString("en")} (${kb(gzipSync(zip, { level: 9 }).length)})`],
  ["dist/extension/ (unpacked)", `${dirSize(EXTENSION_DIR).toLocaleString("en")} (${kb(dirSize(EXTENSION_DIR))})`, ""],
])}
`;
console.log(report);
if (write) {
  const file = join(ROOT, "docs/benchmarks.md");
  writeFileSync(file, writeSection(file, "bench-browser", report));
  console.log(`written to ${file}`);
}
