// SourcelensUI outside the extension: the same component in an ordinary web page (what the
// demo page builds on) under a same-origin-only CSP. Renders the analysed text, highlights
// it exactly, renders the sidebar, and reports clicks and exports through its callbacks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { ROOT, EXTENSION_DIR, CHROME, CHROME_ARGS, serve, FIXTURES, watchRequests } from "./helpers.mjs";

const TEXT = `Night trains return to the Alps

ZURICH, Dec. 9 — A night train linked Zurich and Vienna again on Sunday, the rail operator said, after a two-year pause.

"Demand has doubled since the spring," a spokesman for the operator told reporters in Munich. 🚆 Passengers from Munich said the new sleeping cars were quieter.

According to the Austrian transport ministry, services to Venice will follow in March.`;

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>demo</title>
<link rel="stylesheet" href="/ui/highlights.css"><script src="/ui/worldmap.js"></script><script src="/ui/ui.js"></script></head>
<body><main id="text"></main><div id="side" style="position:fixed;top:0;right:0;height:100vh"></div></body></html>`;

let server, browser, report;
before(async () => {
  const ui = (f) => () => ({ body: readFileSync(join(EXTENSION_DIR, f)), type: f.endsWith(".css") ? "text/css" : "text/javascript" });
  server = await serve(FIXTURES, {
    headers: () => ({ "Content-Security-Policy": "default-src 'self'" }),
    routes: { "/demo.html": () => ({ body: PAGE }), "/ui/ui.js": ui("ui.js"), "/ui/worldmap.js": ui("worldmap.js"), "/ui/highlights.css": ui("highlights.css") },
  });
  browser = await puppeteer.launch({ executablePath: CHROME, headless: true, pipe: true, args: CHROME_ARGS });
  const pkg = await import(join(ROOT, "dist/extension/pkg/sourcelens.js"));
  await pkg.default({ module_or_path: readFileSync(join(EXTENSION_DIR, "pkg/sourcelens_bg.wasm")) });
  report = pkg.analyze(TEXT, { published: "2024-12-09", offsets: "utf16" });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("SourcelensUI in a web page: text view, exact highlights, sidebar, callbacks", async () => {
  const page = await browser.newPage();
  const outside = watchRequests(page);
  await page.goto(`${server.url}/demo.html`, { waitUntil: "load" });
  const res = await page.evaluate(async (text, report) => {
    const rangeFor = SourcelensUI.renderText(document.getElementById("text"), text);
    const hl = new SourcelensUI.Highlighter({ rangeFor });
    await hl.set(report);
    hl.apply(SourcelensUI.DEFAULT_SETTINGS.filters);
    const events = [];
    const root = document.getElementById("side").attachShadow({ mode: "open" });
    const ui = SourcelensUI.mount(root, {
      onActivate: (e) => { events.push(e.key); hl.show(e.spans); },
      onExport: (e) => { events.push(`${e.action}-${e.format}:${e.content.length > 100}`); },
      onClose: () => events.push("close"),
    });
    ui.update({ state: "ready", report, text, meta: { title: "Night trains" } });
    window.__demo = { events };
    const mismatch = [];
    for (const [list, name] of [[report.places, "place"], [report.dates, "date"], [report.attributions.map((a) => a.cue), "cue"]]) {
      for (const sp of list) {
        const r = rangeFor(sp.start, sp.end);
        if (!r || r.toString() !== sp.text) mismatch.push(`${name}: ${sp.text} -> ${r}`);
      }
    }
    return {
      mismatch,
      headline: document.querySelector("#text h1").textContent,
      paragraphs: document.querySelectorAll("#text p").length,
      highlights: [...CSS.highlights.keys()].sort(),
      aside: root.querySelector('[role="complementary"][aria-label="sourcelens"]')?.dataset.state,
      styled: getComputedStyle(root.querySelector("aside")).display,
    };
  }, TEXT, report);
  assert.deepEqual(res.mismatch, []);
  assert.equal(res.headline, "Night trains return to the Alps");
  assert.equal(res.paragraphs, 3);
  assert.ok(res.highlights.includes("sourcelens-place") && res.highlights.includes("sourcelens-cue"), JSON.stringify(res.highlights));
  assert.equal(res.aside, "ready");
  assert.equal(res.styled, "flex");
  // a click on a place entry reaches the page through onActivate and flashes the span
  await page.evaluate(() => document.getElementById("side").shadowRoot.querySelector('section[data-section="places"] .item').click());
  assert.deepEqual(await page.evaluate(() => [window.__demo.events[0].split(":")[0], CSS.highlights.has("sourcelens-flash")]), ["place", true]);
  await page.evaluate(() => {
    const root = document.getElementById("side").shadowRoot;
    root.querySelector('[data-export="copy-json"]').click();
    root.querySelector('[data-action="close"]').click();
  });
  assert.deepEqual((await page.evaluate(() => window.__demo.events)).slice(1), ["copy-json:true", "close"]);
  assert.deepEqual(outside, []);
  await page.close();
});

test("a page in another language: the sidebar says so at its top and in its status line", async () => {
  const pkg = await import(join(ROOT, "dist/extension/pkg/sourcelens.js"));
  // a news paragraph of our own, in French
  const french = `Les écoles resteront fermées

Le maire a annoncé mercredi que les écoles de la ville resteraient fermées jusqu'à la fin de la semaine, après les inondations qui ont touché plusieurs quartiers de Toulon. « Nous ne prendrons aucun risque », a-t-il déclaré devant la presse. Le bilan définitif sera publié le 2021-03-05, selon la préfecture.`;
  const fr = pkg.analyze(french, { published: "2021-03-04", offsets: "utf16" });
  assert.equal(fr.language.code, "fr");
  assert.equal(fr.attributions.length, 0);
  const page = await browser.newPage();
  await page.goto(`${server.url}/demo.html`, { waitUntil: "load" });
  const res = await page.evaluate(async (text, report) => {
    const root = document.getElementById("side").attachShadow({ mode: "open" });
    const ui = SourcelensUI.mount(root, {});
    ui.update({ state: "ready", report, text, meta: { title: "Les écoles" } });
    await new Promise((r) => setTimeout(r, 50));
    return {
      notice: root.querySelector(".language-notice")?.textContent,
      status: root.querySelector('[role="status"]')?.textContent ?? "",
    };
  }, french, fr);
  assert.equal(res.notice, "This page seems to be in French; sourcelens reads English news for now.");
  assert.match(res.status, /seems to be in French/);
  // an English report has no notice
  const res2 = await page.evaluate(async (text, report) => {
    const host = document.body.appendChild(document.createElement("div"));
    const root = host.attachShadow({ mode: "open" });
    const ui = SourcelensUI.mount(root, {});
    ui.update({ state: "ready", report, text, meta: {} });
    await new Promise((r) => setTimeout(r, 50));
    return root.querySelectorAll(".language-notice").length;
  }, TEXT, report);
  assert.equal(res2, 0);
  await page.close();
});
