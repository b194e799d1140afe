// Hostile pages against the built extension in real Chromium: markup and script-looking text,
// prototype-pollution names, a page that replaces its built-ins, plants a fake sidebar, claims
// the host's tag name, removes or restyles the sidebar, or rewrites the article while it is
// analysed. Checks: nothing the page planted runs, the sidebar is intact and right, highlights
// cover exactly the words of the Report's spans, the page learns nothing through events or
// postMessage, its text is unchanged, and no request leaves the machine.
//
// Everything sourcelens shows is read from the content script's own world (puppeteer's
// extensionRealms): the page's main world is the hostile one here and cannot be trusted to
// report on itself. Fixtures: tests/e2e/fixtures/hostile/ (written for these tests).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launchWithExtension, watchRequests, FIXTURES, EXTENSION_DIR } from "./helpers.mjs";

let server, browser, extension, extensionId;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  server = await serve(FIXTURES);
  ({ browser, extension, id: extensionId } = await launchWithExtension());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path) {
  const page = await browser.newPage();
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const outside = watchRequests(page);
  await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  await page.bringToFront();
  return { page, outside, dialogs };
}

/** The content script's realm (the extension's isolated world on this page), or null. */
function realmOf(page) {
  return page.extensionRealms().find((r) => r.origin === `chrome-extension://${extensionId}`) ?? null;
}

async function press(page) {
  await page.bringToFront();
  await sleep(300);
  await page.triggerExtensionAction(extension);
}

/** Polls `fn` in the content script's world until it returns a truthy value. */
async function until(page, fn, { timeout = 30000, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    const realm = realmOf(page);
    if (realm) {
      last = await realm.evaluate(fn).catch((e) => `error: ${e.message}`);
      if (last && !(typeof last === "string" && last.startsWith("error:"))) return last;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Presses the action and waits until the sidebar is no longer loading. */
async function openSidebar(page, timeout = 30000) {
  await press(page);
  return until(page, () => {
    const s = globalThis.__sourcelens?.state();
    const aside = s?.host?.shadowRoot?.querySelector('[role="complementary"][aria-label="sourcelens"]');
    return s?.open && aside && aside.dataset.state !== "loading" ? aside.dataset.state : null;
  }, { timeout, what: "the sidebar" });
}

async function closeSidebar(page) {
  await press(page);
  await until(page, () => globalThis.__sourcelens && !globalThis.__sourcelens.state().open && !globalThis.__sourcelens.state().host, { what: "the sidebar to close" });
}

/**
 * What sourcelens shows, read in its own world: the host, its landmark, and every highlight
 * range checked against the Report's spans of the same category (by text).
 */
function inspect(page) {
  return realmOf(page).evaluate(() => {
    const s = globalThis.__sourcelens.state();
    const host = s.host;
    const root = host?.shadowRoot ?? null;
    const aside = root?.querySelector('[role="complementary"][aria-label="sourcelens"]') ?? null;
    const norm = (t) => String(t).replace(/\s+/g, " ").trim();
    const highlights = {};
    const wrong = [];
    const spans = s.report ? globalThis.SourcelensUI.spansOf(s.report) : [];
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith("sourcelens-") || name === "sourcelens-flash") continue;
      const cat = name.slice("sourcelens-".length);
      const want = new Set(spans.filter((x) => x.cat === cat).map((x) => norm(x.text)));
      highlights[name] = [];
      for (const r of hl) {
        const t = r.toString();
        highlights[name].push(t);
        if (!want.has(norm(t))) wrong.push(`${name}: ${JSON.stringify(t)}`);
      }
    }
    const all = root ? [...root.querySelectorAll("*")] : [];
    const rect = host?.getBoundingClientRect();
    const probe = rect && rect.width ? document.elementFromPoint(Math.round(rect.left + rect.width / 2), 200) : null;
    return {
      open: s.open,
      tag: host?.localName ?? null,
      hostParent: host?.parentNode === document.documentElement ? "html" : host?.parentNode?.nodeName ?? null,
      hostAttributes: host ? [...host.attributes].map((a) => a.name) : [],
      mode: root?.mode ?? null,
      landmarks: root ? root.querySelectorAll('[role="complementary"][aria-label="sourcelens"]').length : 0,
      state: aside?.dataset.state ?? null,
      text: aside?.textContent ?? "",
      width: rect ? Math.round(rect.width) : 0,
      visible: !!host && host.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      onTop: probe === host,
      tags: [...new Set(all.map((e) => e.localName))].sort(),
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.localName),
      highlights,
      wrong,
      spans: spans.length,
      missed: s.missed,
      repairs: s.repairs,
      report: s.report ? { attributions: s.report.attributions.length, places: s.report.places.map((p) => p.text) } : null,
    };
  });
}

/** Tags the sidebar is built from: anything else in our shadow root came from page text. */
const SIDEBAR_TAGS = new Set(["a", "aside", "b", "button", "circle", "details", "div", "fieldset", "h2", "h3", "h4", "header", "input", "label", "legend", "li", "option", "p", "path", "progress", "section", "select", "span", "style", "summary", "svg", "time", "title", "ul"]);

function assertSidebarIntact(seen) {
  assert.equal(seen.open, true);
  assert.equal(seen.mode, "open", "the host's shadow root is open");
  assert.equal(seen.hostParent, "html", "the host is a child of <html>");
  assert.equal(seen.landmarks, 1, "one complementary landmark");
  assert.equal(seen.state, "ready", `sidebar state ${seen.state}: ${seen.text.slice(0, 200)}`);
  assert.ok(seen.visible && seen.width >= 260, `the sidebar is visible (${seen.width}px)`);
  assert.ok(seen.onTop, "the sidebar is what the user sees and clicks at its place");
  assert.deepEqual(seen.handlers, [], "no inline event handler attribute in the sidebar");
  const odd = seen.tags.filter((t) => !SIDEBAR_TAGS.has(t));
  assert.deepEqual(odd, [], "elements in the sidebar that it never builds");
  assert.deepEqual(seen.wrong, [], "highlights that do not cover their span's words");
  assert.ok(Object.values(seen.highlights).flat().length > 0, "something is highlighted");
}

const pageText = (page) => page.evaluate(() => document.body.textContent);

test("payloads in the article text: shown as text, never run; prototype names are ordinary names", async () => {
  const { page, outside, dialogs } = await openPage("/hostile/payloads.html");
  const before = await pageText(page);
  const markup = await page.evaluate(() => document.body.innerHTML);
  const requestsBefore = server.requests.length;
  assert.equal(await openSidebar(page), "ready");
  const seen = await inspect(page);
  assertSidebarIntact(seen);
  assert.ok(seen.highlights["sourcelens-place"]?.includes("Lyon"), JSON.stringify(seen.highlights));
  assert.ok(seen.highlights["sourcelens-cue"]?.includes("said"), JSON.stringify(seen.highlights));
  // every string of the Report that looks like markup is in the sidebar as text
  const strings = await realmOf(page).evaluate(() => {
    const out = [];
    const walk = (v) => {
      if (typeof v === "string") out.push(v);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(globalThis.__sourcelens.state().report);
    return out.filter((t) => /[<>]|__proto__|constructor|toString|hasOwnProperty/.test(t));
  });
  assert.ok(strings.some((t) => t.includes("<img") || t.includes("<script>")), "the Report carries markup-like text (else this test tests nothing)");
  assert.ok(/<img src=x onerror|<\/style><script>|<svg onload/.test(seen.text), "markup-like text is displayed literally in the sidebar");
  // the tripwires
  assert.equal(await page.evaluate(() => window.__pwned), null, "a payload ran in the page");
  assert.deepEqual(dialogs, []);
  const polluted = await realmOf(page).evaluate(() => ({}).polluted ?? Object.prototype.polluted ?? null);
  assert.equal(polluted, null, "Object.prototype polluted in the extension's world");
  assert.equal(await page.evaluate(() => ({}).polluted ?? null), null, "Object.prototype polluted in the page");
  // no image or script element was created from the text: no request for "x" or anything else
  // (the browser's own request for /favicon.ico may land late: it is not the page's doing)
  const newRequests = server.requests.slice(requestsBefore).filter((r) => r !== "/favicon.ico");
  assert.deepEqual(newRequests, [], "sourcelens made the page fetch something");
  // JSON-LD with "__proto__" and "constructor" keys: the real datePublished is used
  assert.match(seen.text, /Mon 4 Mar 2024|4 Mar 2024/);
  assert.equal(await pageText(page), before, "page text changed");
  assert.equal(await page.evaluate(() => document.body.innerHTML), markup, "page markup changed");
  await closeSidebar(page);
  assert.deepEqual(outside, []);
  await page.close();
});

test("prototype-pollution names in a Report (speaker, source, place, country, kinds): rendered as plain names", async () => {
  const { page } = await openPage("/hostile/payloads.html");
  await openSidebar(page);
  const out = await realmOf(page).evaluate(() => {
    const UI = globalThis.SourcelensUI;
    const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "<img src=x onerror=window.__pwned=2>"];
    const text = names.join(" said. ") + " said.";
    const at = (t, from = 0) => {
      const start = text.indexOf(t, from);
      return { start, end: start + t.length, text: t };
    };
    const report = {
      published: "2024-03-04", published_source: "option",
      attributions: names.map((n) => ({ cue: at("said", text.indexOf(n)), source: at(n), speaker: n, source_id: names.indexOf(n), content: null, kind: n === "toString" ? "toString" : "indirect", anonymous: false, rule: n })),
      sources: names.map((n, i) => ({ id: i, name: n, kind: n === "constructor" ? "constructor" : "person", anonymous: false, mentions: [at(n)], attributions: [i], chars: n.length, share: 0.1 })),
      distancing: [{ ...at("__proto__"), kind: "__proto__" }, { ...at("constructor"), kind: "constructor" }],
      dates: [{ ...at("toString"), value: "constructor", relative: false, anchor: null }],
      places: names.map((n) => ({ ...at(n), name: n, country: n === "valueOf" ? "__" : n.slice(0, 2).toUpperCase(), lat: NaN, lon: Infinity, kind: "__proto__" })),
      profile: { attributions: names.length, direct: 0, indirect: names.length, mixed: 0, named: names.length, anonymous: 0, sources: names.length, anonymous_sources: 0, share_anonymous: 0, share_direct: 0, share_attributed: 0.5 },
      stats: { words: 12 }, warnings: ["constructor"],
    };
    const div = document.createElement("div"); // detached: nothing is added to the page
    const root = div.attachShadow({ mode: "open" });
    const ui = UI.mount(root, { settings: UI.mergeSettings({ collapsed: { constructor: true, __proto__: true, toString: true } }), trustedOnly: true });
    ui.update({ state: "ready", report, text, notes: [] });
    const shown = root.querySelector("aside").textContent;
    const md = UI.toMarkdown(report, { title: "constructor" });
    const described = report.attributions.map((a, i) => UI.describe(report, { key: `attr:${i}`, cat: "source" }));
    const keys = ["source:__proto__", "attr:constructor", "place:toString", "date:__proto__", "dist:constructor"].map((k) => UI.spansForKey(report, k).length);
    const settings = UI.mergeSettings(JSON.parse('{"collapsed":{"__proto__":true,"constructor":true,"toString":true,"places":true},"filters":{"__proto__":{"x":1}}}'));
    return {
      missing: names.filter((n) => !shown.includes(n)),
      functionText: /function|native code/.test(shown + md + described.join("")),
      imgs: root.querySelectorAll("img, script, iframe").length,
      keys,
      collapsed: Object.keys(settings.collapsed),
      polluted: ({}).x ?? ({}).polluted ?? null,
      pwned: null,
    };
  });
  assert.deepEqual(out.missing, [], "every name is shown");
  assert.equal(out.functionText, false, "a lookup by name reached Object.prototype (a function's source was shown)");
  assert.equal(out.imgs, 0);
  assert.deepEqual(out.keys, [0, 0, 0, 0, 0]);
  assert.deepEqual(out.collapsed, ["places"], "settings keep only their own keys");
  assert.equal(out.polluted, null);
  assert.equal(await page.evaluate(() => window.__pwned), null);
  await closeSidebar(page);
  await page.close();
});

test("a page that replaces its built-ins (Array, JSON, Object, CSS.highlights, Highlight, Range, Node getters, addEventListener, postMessage): none is ever called", async () => {
  const { page, outside, dialogs } = await openPage("/hostile/overrides.html");
  await sleep(100); // armed one task after load; from here on the page's world is not touched
  assert.equal(await openSidebar(page), "ready");
  const seen = await inspect(page);
  assertSidebarIntact(seen);
  assert.ok(seen.highlights["sourcelens-place"]?.includes("Munich"), JSON.stringify(seen.highlights));
  assert.ok(seen.highlights["sourcelens-date"]?.includes("Sunday"), JSON.stringify(seen.highlights));
  assert.ok(seen.spans > 10);
  // hover and click on the page go through the content script's listeners, not the page's
  const pt = await realmOf(page).evaluate(() => {
    const r = [...CSS.highlights.get("sourcelens-place")][0];
    r.startContainer.parentElement.scrollIntoView({ block: "center" });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(pt.x, pt.y);
  await until(page, () => !globalThis.__sourcelens.state().host.shadowRoot.querySelector(".tip").hidden, { what: "the tooltip" });
  await page.mouse.click(pt.x, pt.y);
  await closeSidebar(page);
  const trips = await page.evaluate(() => window.__disarm());
  const messages = await page.evaluate(() => window.__messages.length);
  assert.deepEqual(trips, {}, "sourcelens called the page's replaced built-ins");
  assert.equal(messages, 0, "a message or custom event reached the page");
  assert.equal(await page.evaluate(() => window.__leak ?? null), null);
  assert.deepEqual(dialogs, []);
  // control: the tripwires do fire when the page's own world uses them
  const control = await page.evaluate(() => {
    window.__arm();
    [1].map((x) => x);
    JSON.stringify({});
    void document.body.textContent;
    return Object.keys(window.__disarm()).sort();
  });
  assert.deepEqual(control, ["Array.prototype.map", "JSON.stringify", "Node.prototype.textContent"]);
  assert.deepEqual(outside, []);
  await page.close();
});

test("a fake sidebar planted by the page, page CSS aimed at the host, a fake highlight: ours is separate, visible and right; the page's element is untouched", async () => {
  const { page, outside } = await openPage("/hostile/fake-host.html");
  const before = await pageText(page);
  await openSidebar(page);
  const seen = await inspect(page);
  assertSidebarIntact(seen);
  assert.deepEqual(seen.hostAttributes, ["style"]);
  const places = seen.highlights["sourcelens-place"] ?? [];
  assert.ok(places.includes("Marseille"), JSON.stringify(places));
  assert.ok(!places.some((t) => /Decoy|Berlin/.test(t)), `the page's fake highlight survived: ${JSON.stringify(places)}`);
  const planted = await page.evaluate(() => {
    const el = document.getElementById("planted");
    return { connected: el?.isConnected, text: el?.textContent, shadow: el?.shadowRoot?.textContent, parent: el?.parentNode.nodeName };
  });
  assert.deepEqual(planted, { connected: true, text: "The page's own element named sourcelens-sidebar, with text.", shadow: "FAKE SIDEBAR: 0 attributions", parent: "BODY" });
  assert.equal(await pageText(page), before);
  assert.match(seen.text, /Sources/);
  assert.doesNotMatch(seen.text, /FAKE SIDEBAR/);
  await closeSidebar(page);
  assert.equal(await page.evaluate(() => document.getElementById("planted")?.isConnected), true, "closing removed the page's element");
  assert.deepEqual(outside, []);
  await page.close();
});

test("a page that registers <sourcelens-sidebar> as a custom element: its class never gets our host", async () => {
  const { page, outside } = await openPage("/hostile/custom-element.html");
  await openSidebar(page);
  const seen = await inspect(page);
  assertSidebarIntact(seen);
  assert.match(seen.tag, /^sourcelens-sidebar-[0-9a-f]{16}$/, `host tag ${seen.tag}`);
  const ce = await page.evaluate(() => {
    const host = [...document.documentElement.children].find((e) => e.localName.startsWith("sourcelens-sidebar"));
    return { ...window.__ce, impostor: host instanceof window.Impostor, readable: !!host.shadowRoot?.querySelector("aside") };
  });
  assert.equal(ce.impostor, false);
  assert.equal(ce.connected, 0, "the page's connectedCallback ran on our host");
  assert.deepEqual(ce.stolen, []);
  assert.ok(ce.constructed <= 1, `constructed ${ce.constructed} times (once at most: the name check)`);
  assert.equal(ce.readable, true, "the shadow root stays open (the contract)");
  // a second opening works the same
  await closeSidebar(page);
  await openSidebar(page);
  assertSidebarIntact(await inspect(page));
  await closeSidebar(page);
  assert.deepEqual(outside, []);
  await page.close();
});

test("a page that removes the sidebar host: it is put back; a page that never stops: sourcelens gives up cleanly", async () => {
  {
    const { page } = await openPage("/hostile/tamper.html?remove=3");
    await openSidebar(page);
    await sleep(300);
    const seen = await inspect(page);
    assertSidebarIntact(seen);
    assert.equal(await page.evaluate(() => window.__tamper.removed), 3);
    assert.equal(seen.repairs, 3);
    await closeSidebar(page);
    await page.close();
  }
  {
    const { page } = await openPage("/hostile/tamper.html?remove=1000");
    const before = await pageText(page);
    await press(page);
    await until(page, () => globalThis.__sourcelens && !globalThis.__sourcelens.state().open, { what: "sourcelens to give up" });
    await sleep(500);
    const left = await realmOf(page).evaluate(() => ({
      highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith("sourcelens-")),
      hosts: [...document.documentElement.children].filter((e) => e.localName.startsWith("sourcelens")).length,
    }));
    assert.deepEqual(left, { highlights: [], hosts: 0 });
    const removed = await page.evaluate(() => window.__tamper.removed);
    assert.ok(removed >= 5 && removed <= 25, `the page removed the host ${removed} times`);
    assert.equal(await pageText(page), before);
    await page.close();
  }
});

test("a page that restyles and hides the host: its attributes are restored", async () => {
  const { page } = await openPage("/hostile/tamper.html?restyle=2");
  await openSidebar(page);
  await sleep(300);
  const seen = await inspect(page);
  assertSidebarIntact(seen);
  assert.deepEqual(seen.hostAttributes, ["style"]);
  assert.equal(await page.evaluate(() => window.__tamper.restyled), 1, "the page restyled the host");
  await closeSidebar(page);
  await page.close();
});

test("a page that rewrites the article while it is analysed, and after: no highlight lands on other words", async () => {
  const { page } = await openPage("/hostile/tamper.html?mutate=1");
  await openSidebar(page);
  const first = await inspect(page);
  assertSidebarIntact(first);
  assert.ok((await page.evaluate(() => window.__tamper.mutated)) >= 1, "the page rewrote the article during the analysis");
  assert.ok(first.missed > 0, "spans in the rewritten text are not highlighted");
  assert.match(first.text, /could not be located on the page/);
  // the page goes on: replaces a highlighted paragraph and appends to another
  await page.evaluate(() => window.__tamper.after());
  await page.waitForFunction(() => window.__tamper.mutated >= 6, { timeout: 10000 });
  await sleep(200);
  const later = await inspect(page);
  assert.deepEqual(later.wrong, [], "highlights that no longer cover their span's words");
  const places = later.highlights["sourcelens-place"] ?? [];
  assert.ok(!places.includes("Tunis"), `the replaced paragraph keeps a highlight: ${JSON.stringify(places)}`);
  assert.ok(places.includes("Valencia"), `text appended after a highlight does not drop it: ${JSON.stringify(places)}`);
  assert.ok(later.missed > first.missed);
  await closeSidebar(page);
  await page.close();
});

test("the page cannot drive the sidebar: synthetic clicks and keys are ignored (settings stay as the user left them)", async () => {
  const { page } = await openPage("/hostile/fake-host.html");
  await openSidebar(page);
  const host = await page.evaluateHandle(() => [...document.documentElement.children].find((e) => e.localName.startsWith("sourcelens-sidebar") && e.shadowRoot?.querySelector(".sl")));
  const stateOf = () => realmOf(page).evaluate(() => ({
    place: CSS.highlights.has("sourcelens-place"),
    checked: globalThis.__sourcelens.state().host.shadowRoot.querySelector('input[data-filter="place"]').checked,
    open: globalThis.__sourcelens.state().open,
  }));
  const before = await stateOf();
  // the page (main world) clicks our controls and presses Escape inside the sidebar
  await page.evaluate((h) => {
    const root = h.shadowRoot;
    root.querySelector('input[data-filter="place"]').click();
    root.querySelector('[data-export="download-json"]').click();
    root.querySelector('[data-action="close"]').click();
    root.querySelector("aside").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    document.body.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: 100, clientY: 100 }));
  }, host);
  await sleep(300);
  const after = await stateOf();
  assert.deepEqual({ place: after.place, open: after.open }, { place: true, open: true }, "a synthetic event changed sourcelens");
  assert.equal(before.checked, true);
  assert.equal(after.checked, true, "a synthetic click toggled the filter checkbox");
  const stored = await (await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`))).worker();
  const settings = await stored.evaluate(() => chrome.storage.local.get("settings"));
  assert.notEqual(settings.settings?.filters?.place, false, "the page changed the stored settings");
  await host.dispose();
  await closeSidebar(page);
  await page.close();
});

test("messages and manifest: pages cannot reach the extension; the worker answers only well-formed messages of its own types; strict CSP; no web-accessible resources", async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
  assert.equal(manifest.content_security_policy?.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
  for (const k of ["web_accessible_resources", "externally_connectable", "content_scripts", "host_permissions", "sandbox"]) assert.equal(manifest[k], undefined, k);
  assert.deepEqual(manifest.permissions, ["activeTab", "scripting", "storage"]);
  // sites for auto-run are asked for one by one when the reader adds them, never granted up front
  assert.deepEqual(manifest.optional_host_permissions, ["*://*/*"]);

  const { page, outside } = await openPage("/hostile/payloads.html");
  // a web page has no channel to the extension and cannot load its files
  const fromPage = await page.evaluate(async (id) => {
    const out = {};
    try {
      out.runtime = typeof globalThis.chrome?.runtime?.sendMessage;
      if (out.runtime === "function") {
        await chrome.runtime.sendMessage(id, { type: "analyze", text: "x" });
        out.sent = "answered";
      }
    } catch (e) {
      out.sent = "refused";
    }
    for (const f of ["manifest.json", "pkg/sourcelens_bg.wasm", "content.js"]) {
      try {
        await fetch(`chrome-extension://${id}/${f}`);
        out[f] = "loaded";
      } catch {
        out[f] = "blocked";
      }
    }
    return out;
  }, extensionId);
  assert.notEqual(fromPage.sent, "answered");
  assert.deepEqual([fromPage["manifest.json"], fromPage["pkg/sourcelens_bg.wasm"], fromPage["content.js"]], ["blocked", "blocked", "blocked"]);

  // the worker, as our own content script talks to it (from the content script's world)
  await openSidebar(page);
  const replies = await realmOf(page).evaluate(async () => {
    const ask = (m) => chrome.runtime.sendMessage(m).then((r) => r ?? "no answer", (e) => `no answer (${e.message.slice(0, 40)})`);
    return {
      unknown: await ask({ type: "eval", code: "1" }),
      proto: await ask({ type: "__proto__" }),
      badText: await ask({ type: "analyze", text: 5 }),
      badTheme: await ask({ type: "analyze", text: "x", theme: "toString" }),
      badDate: await ask({ type: "analyze", text: "x", published: "2024-03-04T00:00:00Z<script>" }),
      tooLong: await ask({ type: "analyze", text: "x".repeat(1_000_001) }),
      badLayout: await ask({ type: "layout", from: null, to: { width: "1px}body{display:none" } }),
      good: await ask(JSON.parse('{"type":"analyze","text":"Officials in Lyon said on Monday that the bridge would reopen.","published":"2024-03-04","__proto__":{"theme":"dark","css":true}}')).then((r) => ({ ok: r.ok, places: r.report?.places.map((p) => p.text) })),
    };
  });
  assert.match(String(replies.unknown), /^no answer/);
  assert.match(String(replies.proto), /^no answer/);
  for (const k of ["badText", "badTheme", "badDate", "tooLong", "badLayout"]) assert.deepEqual(replies[k], { ok: false, error: "malformed message" }, k);
  assert.deepEqual(replies.good, { ok: true, places: ["Lyon"] });

  // the worker's CSP is in force: no eval, no Function; WebAssembly allowed
  const sw = await (await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`))).worker();
  // (in a later task: DevTools' own evaluation is exempt from the CSP, the worker's code is not)
  const csp = await sw.evaluate(() => new Promise((done) => setTimeout(async () => {
    const r = {};
    try {
      (0, eval)("1");
      r.eval = "ran";
    } catch (e) {
      r.eval = e.name;
    }
    try {
      new Function("return 1")();
      r.fn = "ran";
    } catch (e) {
      r.fn = e.name;
    }
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    r.wasm = await WebAssembly.compile(bytes).then(() => "compiled", (e) => e.name);
    done(r);
  }, 0)));
  assert.deepEqual(csp, { eval: "EvalError", fn: "EvalError", wasm: "compiled" });
  await closeSidebar(page);
  assert.deepEqual(outside, []);
  await page.close();
});
