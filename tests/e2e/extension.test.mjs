// The built extension in real Chromium: one press highlights and opens the sidebar, a second
// press closes it; the page's text is untouched and nothing leaves 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, launchWithExtension, watchRequests, pressAction, highlightTexts, ROOT } from "./helpers.mjs";

let server, browser, extension;

before(async () => {
  server = await serve(join(ROOT, "tests/e2e/fixtures"), {
    headers: (p) => (p.startsWith("/csp/") ? { "Content-Security-Policy": "default-src 'none'; script-src 'self'" } : {}),
  });
  ({ browser, extension } = await launchWithExtension());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("toolbar action highlights the sample article and toggles the sidebar", async () => {
  const page = await browser.newPage();
  const outside = watchRequests(page);
  await page.goto(`${server.url}/sample.html`);
  const before = await page.evaluate(() => document.body.innerText);

  await pressAction(page, extension);
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-cue"]?.includes("told"), JSON.stringify(hl["sourcelens-cue"]));
  assert.ok(hl["sourcelens-date"]?.includes("Sunday"), JSON.stringify(hl["sourcelens-date"]));
  assert.ok(hl["sourcelens-place"]?.includes("Syria"), JSON.stringify(hl["sourcelens-place"]));
  const sidebar = await page.evaluate(() =>
    document.querySelector("sourcelens-sidebar").shadowRoot.querySelector('[role="complementary"]').textContent);
  assert.match(sidebar, /source/i);
  assert.equal(await page.evaluate(() => document.body.innerText), before, "page text changed");

  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(await highlightTexts(page), {});
  assert.deepEqual(outside, []);
  await page.close();
});
