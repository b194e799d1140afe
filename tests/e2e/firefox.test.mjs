// Firefox (firefox-esr) over WebDriver BiDi: the same dist/extension loads as a temporary
// add-on and analyses pages. puppeteer has no triggerExtensionAction for Firefox, so the test
// uses the privileged ("chrome") scope that `--remote-allow-system-access` opens to BiDi:
//  - the keyboard shortcut: the <key> element Firefox registered for `_execute_action`
//    (checked to be Alt+Shift+S) is fired with doCommand(), the path a real key press takes;
//  - the toolbar button: the action's triggerAction(window), the path a click takes.
// Skips with a reason when Firefox or the privileged scope is not available.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { serve, FIXTURES, EXTENSION_DIR, cspHeaders, highlightTexts, bodyText, watchRequests } from "./helpers.mjs";

const FIREFOX = process.env.FIREFOX_BIN || ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((p) => existsSync(p));
let server, browser, extensionId, chromeContext, skip = FIREFOX ? false : "no Firefox binary (firefox-esr) installed";

before(async () => {
  if (skip) return;
  server = await serve(FIXTURES, { headers: cspHeaders });
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    args: ["--remote-allow-system-access"],
    protocolTimeout: 30000,
  });
  extensionId = await browser.installExtension(EXTENSION_DIR);
  try {
    const tree = await browser.connection.send("browsingContext.getTree", { "moz:scope": "chrome" });
    chromeContext = tree.result.contexts.find((c) => c.url.startsWith("chrome://browser/"))?.context;
  } catch (e) {
    skip = `Firefox does not expose its privileged scope over BiDi (${String(e.message).split("\n")[0]})`;
  }
  if (!skip && !chromeContext) skip = "no browser window in Firefox's privileged scope";
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs `expression` in Firefox's browser window (privileged scope); returns its string result. */
async function privileged(expression) {
  const r = await browser.connection.send("script.evaluate", { expression, target: { context: chromeContext }, awaitPromise: true });
  if (r.result.type !== "success") throw new Error(JSON.stringify(r.result.exceptionDetails ?? r.result));
  return r.result.result.value;
}

/** Fires the extension's `_execute_action` shortcut; returns the key it is bound to. */
function pressShortcut() {
  return privileged(`(() => {
    const win = Services.wm.getMostRecentWindow("navigator:browser");
    const keys = [...win.document.querySelectorAll("keyset[id^=ext-keyset-id] key")]
      .filter((k) => k.parentNode.id.includes(${JSON.stringify(extensionId.replace(/[^a-z0-9]/gi, "_"))}));
    const k = keys.find((k) => (k.getAttribute("key") || "").toUpperCase() === "S");
    if (!k) return "missing: " + keys.map((k) => k.getAttribute("modifiers") + "+" + k.getAttribute("key")).join(" ");
    k.doCommand();
    return k.getAttribute("modifiers") + "+" + k.getAttribute("key");
  })()`);
}

/** Clicks the toolbar button (the action's own trigger). */
function clickAction() {
  return privileged(`(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension;
    const win = Services.wm.getMostRecentWindow("navigator:browser");
    await ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
    return "clicked";
  })()`);
}

const ready = (page) =>
  page.waitForFunction(() => {
    const aside = document.querySelector("sourcelens-sidebar")?.shadowRoot?.querySelector('[role="complementary"][aria-label="sourcelens"]');
    return aside && aside.dataset.state !== "loading";
  }, { timeout: 30000 });
const closed = (page) => page.waitForFunction(() => !document.querySelector("sourcelens-sidebar"), { timeout: 15000 });

test("Firefox: Alt+Shift+S analyses the article, highlights it, opens the sidebar; again closes", async (t) => {
  if (skip) return t.skip(skip);
  const page = await browser.newPage();
  const outside = watchRequests(page);
  await page.goto(`${server.url}/plain-article.html`, { waitUntil: "load" });
  const before = await bodyText(page);
  assert.equal(await pressShortcut(), "alt,shift+S");
  await ready(page);
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-place"]?.includes("Lyon"), JSON.stringify(hl));
  assert.ok(hl["sourcelens-cue"]?.includes("said"), JSON.stringify(hl));
  const side = await page.evaluate(() => {
    const aside = document.querySelector("sourcelens-sidebar").shadowRoot.querySelector("aside");
    return { state: aside.dataset.state, text: aside.textContent, display: getComputedStyle(aside).display };
  });
  assert.equal(side.state, "ready");
  assert.match(side.text, /Sources/);
  assert.match(side.text, /Marc Lefèvre/);
  assert.equal(side.display, "flex", "the sidebar's styles apply");
  assert.equal(await bodyText(page), before);
  assert.equal(await pressShortcut(), "alt,shift+S");
  await closed(page);
  assert.deepEqual(await highlightTexts(page), {});
  assert.deepEqual(outside, []);
  await page.close();
});

test("Firefox: the toolbar button on a page with a strict CSP", async (t) => {
  if (skip) return t.skip(skip);
  const page = await browser.newPage();
  await page.goto(`${server.url}/csp/article.html`, { waitUntil: "load" });
  assert.equal(await page.evaluate(() => !!window.__inlineScriptRan), false, "the CSP is in force");
  await clickAction();
  await ready(page);
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-place"]?.includes("Marseille"), JSON.stringify(hl));
  assert.ok(hl["sourcelens-date"]?.includes("Sunday"), JSON.stringify(hl));
  await clickAction();
  await closed(page);
  await page.close();
});
