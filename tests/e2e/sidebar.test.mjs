// The sidebar as a user drives it: hover tooltips, clicks both ways between page and sidebar,
// filters kept in chrome.storage, keyboard, export, re-scan of a changed page, the layout
// push, the toolbar badge and a service-worker restart.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  serve, launchWithExtension, watchRequests, pressAction, waitReady, highlightTexts, inSidebar, clickInSidebar, cspHeaders, FIXTURES,
} from "./helpers.mjs";

let server, browser, extension, extensionId;

before(async () => {
  server = await serve(FIXTURES, { headers: cspHeaders });
  ({ browser, extension, id: extensionId } = await launchWithExtension());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path) {
  const page = await browser.newPage();
  const outside = watchRequests(page);
  await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  await page.bringToFront();
  return { page, outside };
}

/** Viewport centre of the first range of highlight `name` whose text is `text`. */
async function rangePoint(page, name, text) {
  return page.evaluate((name, text) => {
    const r = [...CSS.highlights.get(name)].find((x) => x.toString() === text);
    if (!r) return null;
    r.startContainer.parentElement.scrollIntoView({ block: "center" });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, name, text);
}

async function serviceWorker() {
  const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 10000 });
  return target.worker();
}

test("hover shows who/when/where; clicking a highlight selects its sidebar entry; clicking an entry flashes its span", async () => {
  const { page, outside } = await openPage("/csp/article.html");
  await pressAction(page, extension);
  const pt = await rangePoint(page, "sourcelens-place", "Marseille");
  assert.ok(pt, "Marseille is highlighted");
  await page.mouse.move(pt.x, pt.y);
  await page.waitForFunction(() => !document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").hidden, { timeout: 5000 });
  const tip = await page.evaluate(() => document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").textContent);
  assert.match(tip, /Marseille, France/);
  assert.match(tip, /🇫🇷/u);
  const box = await page.evaluate(() => document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").getBoundingClientRect().toJSON());
  assert.ok(Math.abs(box.left - pt.x) < 400 && Math.abs(box.top - pt.y) < 200 && box.right <= 1280, `tooltip next to the pointer: ${JSON.stringify(box)}`);
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").hidden);

  const cue = await rangePoint(page, "sourcelens-date", "Sunday");
  await page.mouse.move(cue.x, cue.y);
  await page.waitForFunction(() => /Sun 3 Mar 2024/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").textContent));

  await page.mouse.click(pt.x, pt.y);
  const selected = await inSidebar(page, (aside) => [...aside.querySelectorAll('.item[aria-current="true"]')].map((b) => b.textContent));
  assert.equal(selected.length, 1);
  assert.match(selected[0], /Marseille/);

  // sidebar → page: the date entry scrolls to its span and flashes it
  await page.evaluate(() => window.scrollTo(0, 0));
  await clickInSidebar(page, (aside) => [...aside.querySelectorAll("section[data-section=timeline] .item")].find((b) => /Sunday/.test(b.textContent)));
  const flash = await page.evaluate(() => CSS.highlights.has("sourcelens-flash") && [...CSS.highlights.get("sourcelens-flash")].map(String));
  assert.deepEqual(flash, ["Sunday"]);
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("filters hide categories and are kept in chrome.storage across openings", async () => {
  const { page } = await openPage("/plain-article.html");
  await pressAction(page, extension);
  assert.ok((await highlightTexts(page))["sourcelens-place"]?.length > 0);
  await clickInSidebar(page, (aside) => aside.querySelector('input[data-filter="place"]'));
  await page.waitForFunction(() => !CSS.highlights.has("sourcelens-place"));
  assert.ok((await highlightTexts(page))["sourcelens-date"]?.length > 0, "other categories stay");
  await pressAction(page, extension, { expectOpen: false });
  await pressAction(page, extension);
  const checked = await inSidebar(page, (aside) => aside.querySelector('input[data-filter="place"]').checked);
  assert.equal(checked, false, "the filter was remembered");
  assert.equal((await highlightTexts(page))["sourcelens-place"], undefined);
  const sw = await serviceWorker();
  const stored = await sw.evaluate(() => chrome.storage.local.get("settings"));
  assert.equal(stored.settings.filters.place, false);
  await clickInSidebar(page, (aside) => aside.querySelector('input[data-filter="place"]'));
  await page.waitForFunction(() => CSS.highlights.has("sourcelens-place"));
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});

test("resizable by keyboard (and the width is remembered)", async () => {
  const { page } = await openPage("/plain-article.html");
  await pressAction(page, extension);
  const width = () => inSidebar(page, (aside) => Math.round(aside.getBoundingClientRect().width));
  const w0 = await width();
  await inSidebar(page, (aside) => aside.querySelector('[role="separator"]').focus());
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await width(), w0 + 48);
  assert.equal(await inSidebar(page, (aside) => aside.querySelector('[role="separator"]').getAttribute("aria-valuenow")), String(w0 + 48));
  await pressAction(page, extension, { expectOpen: false });
  await pressAction(page, extension);
  assert.equal(await width(), w0 + 48, "width kept in the settings");
  await inSidebar(page, (aside) => aside.querySelector('[role="separator"]').focus());
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await width(), w0);
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});

test("keyboard: focus lands in the sidebar, arrows move between entries, Enter shows the passage, Escape closes", async () => {
  const { page } = await openPage("/plain-article.html");
  const before = await page.evaluate(() => document.activeElement.nodeName);
  await pressAction(page, extension);
  const focused = () => page.evaluate(() => {
    const root = document.querySelector("sourcelens-sidebar")?.shadowRoot;
    const a = root?.activeElement;
    return a ? { tag: a.tagName, cls: a.className, text: a.textContent.slice(0, 60), role: a.getAttribute("role") } : null;
  });
  assert.equal((await focused())?.role, "complementary");
  await page.keyboard.press("ArrowDown");
  const first = await focused();
  assert.equal(first.cls, "item");
  await page.keyboard.press("ArrowDown");
  const second = await focused();
  assert.equal(second.cls, "item");
  assert.notEqual(second.text, first.text);
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => CSS.highlights.has("sourcelens-flash"), { timeout: 3000 });
  // the focused entry shows why it is marked; Escape dismisses that first (WCAG 1.4.13), then closes
  const tip = () => page.evaluate(() => !document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").hidden);
  assert.equal(await tip(), true, "the focused entry's reasons are shown");
  await page.keyboard.press("Escape");
  assert.equal(await tip(), false, "Escape dismissed them");
  assert.ok(await page.evaluate(() => !!document.querySelector("sourcelens-sidebar")), "the sidebar is still open");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("sourcelens-sidebar"));
  assert.deepEqual(await highlightTexts(page), {});
  assert.equal(await page.evaluate(() => document.activeElement.nodeName), before, "focus returned to the page");
  await page.close();
});

test("export: the Report as JSON and Markdown on the clipboard", async () => {
  const { page } = await openPage("/plain-article.html");
  await browser.defaultBrowserContext().overridePermissions(server.url, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
  await pressAction(page, extension);
  await clickInSidebar(page, (aside) => aside.querySelector("[aria-controls]")); // Export
  await clickInSidebar(page, (aside) => aside.querySelector('[data-export="copy-json"]'));
  await page.waitForFunction(() => /Copied/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(json.tool, "sourcelens");
  assert.ok(json.text.startsWith("Floods cut rail link between Lyon and Marseille\n\nLYON, March 3"), json.text.slice(0, 80));
  assert.equal(json.report.published, "2024-03-03");
  assert.ok(json.report.attributions.length > 0);
  for (const p of json.report.places) assert.equal(json.text.slice(p.start, p.end), p.text, "UTF-16 offsets into the exported text");
  await clickInSidebar(page, (aside) => aside.querySelector('[data-export="copy-markdown"]'));
  await page.waitForFunction(() => /Markdown/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /^# sourcelens: Floods cut rail link/);
  assert.match(md, /## Sources/);
  assert.match(md, /Marc Lefèvre/);
  assert.match(md, /GeoNames/);
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});

test("re-scan picks up text added after load; badge counts sources; survives a service-worker restart", async () => {
  const { page } = await openPage("/plain-article.html");
  await pressAction(page, extension);
  const sw = await serviceWorker();
  const badge = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
  const sources = await inSidebar(page, (aside) => /from (\d+) source/.exec(aside.querySelector(".status").textContent)[1]);
  assert.equal(badge, sources);
  assert.ok(Number(badge) > 0);

  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Officials in Vienna said on Thursday that Austrian trains would help.";
    document.querySelector("article").append(p);
  });
  assert.ok(!(await highlightTexts(page))["sourcelens-place"].includes("Vienna"));
  // stop the service worker: the next message must start it again and re-initialise the wasm
  await sw.close();
  await new Promise((r) => setTimeout(r, 300));
  await clickInSidebar(page, (aside) => aside.querySelector('[data-action="rescan"]'));
  await waitReady(page);
  assert.equal(await inSidebar(page, (aside) => aside.dataset.state), "ready");
  assert.ok((await highlightTexts(page))["sourcelens-place"].includes("Vienna"));
  // navigating away drops the overlay with the page, and its badge
  await page.reload({ waitUntil: "load" });
  const sw2 = await serviceWorker();
  const after = await sw2.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
  assert.equal(after, "");
  await page.close();
});

test("the sidebar makes room only when it would cover the article", async () => {
  const { page } = await openPage("/dark.html");
  const margin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
  await page.setViewport({ width: 1700, height: 900 });
  await pressAction(page, extension);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await margin(), "0px", "wide window: the sidebar sits in the page's empty margin");
  await pressAction(page, extension, { expectOpen: false });
  await page.setViewport({ width: 1100, height: 900 });
  await pressAction(page, extension);
  await page.waitForFunction(() => getComputedStyle(document.documentElement).marginRight !== "0px", { timeout: 5000 });
  const width = await inSidebar(page, (aside) => Math.round(aside.getBoundingClientRect().width));
  assert.equal(await margin(), `${width}px`);
  const rects = await page.evaluate(() => {
    const a = document.querySelector("article").getBoundingClientRect();
    const s = document.querySelector("sourcelens-sidebar").shadowRoot.querySelector("aside").getBoundingClientRect();
    return { articleRight: a.right, sidebarLeft: s.left };
  });
  assert.ok(rects.articleRight <= rects.sidebarLeft, JSON.stringify(rects));
  await pressAction(page, extension, { expectOpen: false });
  await page.waitForFunction(() => getComputedStyle(document.documentElement).marginRight === "0px", { timeout: 5000 });
  await page.close();
});
