// The options page (options_ui) of the built extension: every text from the messages, the
// categories and colours saved to chrome.storage and followed by an open sidebar, the reset to
// the colour-blind-safe palette, the shortcuts listed, and auto-run: adding a site asks for that
// site's permission at that moment (nothing is granted up front), a refusal adds nothing, a
// granted site runs sourcelens by itself on its pages, removing it stops that.
// The browser's permission prompt cannot be clicked in headless Chromium: the request is
// checked by recording what the page asks for, and the granted path runs in a copy of the
// extension whose manifest grants 127.0.0.1 (what a reader's "Allow" would have granted).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXTENSION_DIR, FIXTURES, serve, launchWithExtension, waitReady, highlightTexts } from "./helpers.mjs";

let server;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
before(async () => {
  server = await serve(FIXTURES);
});
after(async () => {
  await server?.close();
});

async function optionsPage(browser, id) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${id}/options.html`, { waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.ready === "true", { timeout: 10000 });
  return { page, errors };
}
const stored = (page) => page.evaluate(async () => (await chrome.storage.local.get("settings")).settings);

test("options: texts, categories and colours saved and followed by the sidebar, reset, shortcuts; adding a site asks for it then", async () => {
  const { browser, id } = await launchWithExtension();
  try {
    const { page, errors } = await optionsPage(browser, id);
    const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, "_locales/en/messages.json"), "utf8"));
    const texts = await page.evaluate(() => ({
      title: document.title,
      empty: [...document.querySelectorAll("[data-i18n]")].filter((e) => !e.textContent.trim()).map((e) => e.dataset.i18n),
      rows: [...document.querySelectorAll("#categories tbody tr")].map((r) => r.querySelector("th").firstChild.textContent),
      placeholder: document.getElementById("site").placeholder,
      shortcuts: [...document.querySelectorAll("#shortcuts dt")].map((d) => d.textContent),
    }));
    assert.equal(texts.title, messages.optionsTitle.message);
    assert.deepEqual(texts.empty, []);
    assert.deepEqual(texts.rows, ["Sources", "Cues", "Claims", "Dates", "Places", "Distancing"]);
    assert.equal(texts.placeholder, messages.optionsSitePlaceholder.message);
    assert.ok(texts.shortcuts.includes("Alt+Shift+S"), JSON.stringify(texts.shortcuts));
    assert.equal(texts.shortcuts.length, 3, "the toggle and next/previous highlight");

    // a sidebar open on an article follows the changes
    const article = await browser.newPage();
    await article.goto(`${server.url}/plain-article.html`, { waitUntil: "load" });
    await article.bringToFront();
    await sleep(300);
    await article.triggerExtensionAction((await browser.extensions()).get(id));
    await waitReady(article);
    await page.bringToFront();
    await page.click('input[data-filter="place"]');
    await page.waitForFunction(async () => (await chrome.storage.local.get("settings")).settings?.filters?.place === false);
    await article.waitForFunction(() => !CSS.highlights.has("sourcelens-place"), { timeout: 5000 });
    assert.ok((await highlightTexts(article))["sourcelens-date"]?.length > 0, "other categories stay");
    await page.click('input[data-filter="place"]');
    await article.waitForFunction(() => CSS.highlights.has("sourcelens-place"), { timeout: 5000 });

    // a colour: stored as #rrggbb, the preview and the page's highlight CSS follow
    await page.$eval('input[data-colour="place"]', (el) => {
      el.value = "#ff00aa";
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await page.waitForFunction(async () => (await chrome.storage.local.get("settings")).settings?.colors?.place === "#ff00aa");
    const swatch = () => article.evaluate(() => getComputedStyle(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".sl")).getPropertyValue("--hl-place").trim());
    await article.waitForFunction(() => getComputedStyle(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".sl")).getPropertyValue("--hl-place").trim() === "#ff00aa", { timeout: 5000 });
    assert.equal(await swatch(), "#ff00aa");
    const previewCss = await page.evaluate(() => [...document.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join("\n"));
    assert.match(previewCss, /sourcelens-place[^}]*rgba\(255, 0, 170/);
    await page.click("#reset-colours");
    await page.waitForFunction(async () => (await chrome.storage.local.get("settings")).settings?.colors?.place === "#56b4e9");
    assert.equal(await page.$eval('input[data-colour="place"]', (el) => el.value), "#56b4e9");

    // auto-run: a bad site is refused without asking; a good one asks for exactly that site
    await page.type("#site", "not a site");
    await page.click('#add-site button[type="submit"]');
    await page.waitForFunction(() => /is not a site name/.test(document.getElementById("site-error").textContent));
    await page.evaluate(() => {
      window.__asked = [];
      chrome.permissions.request = async (p) => {
        window.__asked.push(p);
        return false; // the reader says no
      };
    });
    await page.$eval("#site", (el) => (el.value = ""));
    await page.type("#site", "https://News.Example.org/world/2024");
    await page.click('#add-site button[type="submit"]');
    await page.waitForFunction(() => /was not given/.test(document.getElementById("site-error").textContent));
    assert.deepEqual(await page.evaluate(() => window.__asked), [{ origins: ["*://news.example.org/*"] }]);
    assert.deepEqual((await stored(page)).autoRun, [], "refused: nothing added");
    // nothing was granted up front, and nothing is now
    assert.deepEqual(await page.evaluate(async () => (await chrome.permissions.getAll()).origins), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("auto-run: a site whose permission is granted runs sourcelens by itself; removing it stops that", async () => {
  // the extension as it is after the reader allowed 127.0.0.1 (the prompt cannot be clicked here)
  const dir = mkdtempSync(join(tmpdir(), "sourcelens-granted-"));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  manifest.host_permissions = ["*://127.0.0.1/*"];
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  const { browser, id } = await launchWithExtension({ dir });
  try {
    const { page } = await optionsPage(browser, id);
    await page.type("#site", "127.0.0.1");
    await page.click('#add-site button[type="submit"]');
    await page.waitForFunction(() => /Added 127\.0\.0\.1/.test(document.getElementById("saved").textContent));
    assert.deepEqual((await stored(page)).autoRun, ["127.0.0.1"]);
    assert.match(await page.$eval('#sites li[data-site="127.0.0.1"]', (li) => li.textContent), /runs by itself/);
    const sw = await (await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${id}/`))).worker();
    let registered = [];
    // the service worker may still be busy warming the engine up (its first analysis): wait up to 20 s
    for (let i = 0; i < 200 && !registered.length; i++) {
      registered = await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
      if (!registered.length) await sleep(100);
    }
    assert.deepEqual(registered.map((r) => [r.id, r.matches, r.js]), [["sourcelens-autorun", ["*://127.0.0.1/*"], ["vendor/Readability.js", "worldmap.js", "ui.js", "extract.js", "content.js"]]]);

    // a page of that site: analysed without a click
    const article = await browser.newPage();
    await article.goto(`${server.url}/plain-article.html`, { waitUntil: "load" });
    await waitReady(article);
    assert.ok((await highlightTexts(article))["sourcelens-place"]?.includes("Lyon"));
    await article.close();

    await page.bringToFront();
    await page.click('button[data-remove="127.0.0.1"]');
    await page.waitForFunction(() => /Removed 127\.0\.0\.1/.test(document.getElementById("saved").textContent));
    for (let i = 0; i < 200 && registered.length; i++) {
      registered = await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
      if (registered.length) await sleep(100);
    }
    assert.deepEqual(registered, []);
    const again = await browser.newPage();
    await again.goto(`${server.url}/plain-article.html`, { waitUntil: "load" });
    await sleep(1500);
    assert.equal(await again.evaluate(() => !!document.querySelector("sourcelens-sidebar")), false, "no longer runs by itself");
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
