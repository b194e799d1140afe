// The demo page (dist/www) in Firefox (firefox-esr over WebDriver BiDi): the wasm in its module
// worker, the sample highlighted, an HTML file extracted in the sandboxed frame, nothing run or
// loaded from it, no request but for the page's own files. Skips when Firefox is not installed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { ROOT, serve, watchRequests } from "./helpers.mjs";

const FIREFOX = process.env.FIREFOX_BIN || ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((p) => existsSync(p));
let server, browser;

before(async () => {
  if (!FIREFOX) return;
  server = await serve(join(ROOT, "dist/www"));
  browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, protocolTimeout: 30000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const status = (page) => page.$eval("#status", (e) => e.textContent);

test("Firefox: the sample and an HTML file", { skip: FIREFOX ? false : "no Firefox binary installed" }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  const outside = watchRequests(page);
  await page.goto(`${server.url}/`, { waitUntil: "load" });
  await page.click("#sample");
  await page.waitForFunction(() => /^Analysed/.test(document.getElementById("status").textContent), { timeout: 30000 });
  const got = await page.evaluate(() => ({
    engine: sourcelensDemo.state().engine,
    cues: [...(CSS.highlights.get("sourcelens-cue") || [])].map(String),
    places: [...(CSS.highlights.get("sourcelens-place") || [])].map(String),
    sidebar: document.querySelector("#sidebar").shadowRoot.querySelector('[role="complementary"]').textContent,
  }));
  assert.equal(got.engine, "worker");
  assert.ok(got.cues.includes("told") && got.cues.includes("said"), JSON.stringify(got.cues));
  assert.ok(got.places.includes("Syria"), JSON.stringify(got.places));
  assert.match(got.sidebar, /Sun 29 Oct 2017/);

  const input = await page.$("#file");
  await input.uploadFile(join(ROOT, "tests/e2e/fixtures/www/harbour-strike.html"));
  await page.waitForFunction(() => document.getElementById("text").value.startsWith("Harbour ferry strike") && /^Analysed/.test(document.getElementById("status").textContent), { timeout: 30000 });
  const html = await page.evaluate(() => ({ text: document.getElementById("text").value, published: document.getElementById("published").value, pwned: window.__pwned ?? null }));
  assert.ok(html.text.startsWith("Harbour ferry strike ends after overnight talks\n\nPORTSMOUTH, March 13"), await status(page));
  assert.ok(!/COMMENT MARKER|FOOTER MARKER|HIDDEN AD MARKER/.test(html.text));
  assert.equal(html.published, "2023-03-14");
  assert.equal(html.pwned, null);
  assert.deepEqual(server.requests.filter((p) => p.startsWith("/hostile")), []);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});
