// The reader-facing features of the sidebar on a real page with the built extension: "why is
// this marked?" (hover and keyboard focus, from the core's rule registry), next/previous
// highlight (sidebar keys and the background command), the map fitted to the places, and the
// exports (JSON, Markdown, CSV, W3C Web Annotations validated against the schema and
// re-anchored on the same page), plus a check that no message key shows instead of its text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import {
  ROOT, EXTENSION_DIR, serve, launchWithExtension, watchRequests, pressAction, inSidebar, clickInSidebar, cspHeaders, FIXTURES,
} from "./helpers.mjs";

let server, browser, extension, extensionId, registry, messages;

before(async () => {
  server = await serve(FIXTURES, { headers: cspHeaders });
  ({ browser, extension, id: extensionId } = await launchWithExtension());
  // the registry the extension's own wasm returns (null for a core without one)
  const pkg = await import(join(EXTENSION_DIR, "pkg/sourcelens.js"));
  await pkg.default({ module_or_path: readFileSync(join(EXTENSION_DIR, "pkg/sourcelens_bg.wasm")) });
  registry = typeof pkg.rules === "function" ? pkg.rules() : null;
  messages = JSON.parse(readFileSync(join(EXTENSION_DIR, "_locales/en/messages.json"), "utf8"));
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
const realmOf = (page) => page.extensionRealms().find((r) => r.origin === `chrome-extension://${extensionId}`);
const tipText = (page) => page.evaluate(() => {
  const tip = document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip");
  return tip.hidden ? null : tip.textContent;
});

/** What the tooltip must say for a finding's rule: the registry's descriptions, or the ids. */
function expectedWhy(rule, category) {
  const parts = rule.split("+");
  return parts.map((id) => {
    const hit = registry?.find((r) => r.id === id && (r.category === category || r.category === `${category}-evidence`)) ?? registry?.find((r) => r.id === id);
    return hit ? hit.description.trim().replace(/\.$/, "") : `rule “${id}”`;
  });
}

test("why is this marked: hovering a highlight, focusing its sidebar entry and moving to it by key show the rule's description", async () => {
  const { page, outside } = await openPage("/plain-article.html");
  await pressAction(page, extension);
  const place = await realmOf(page).evaluate(() => {
    const { report } = globalThis.__sourcelens.state();
    const i = report.places.findIndex((p) => p.text === "Marseille");
    return { i, rule: report.places[i].rule };
  });
  const want = expectedWhy(place.rule, "place");
  if (registry) assert.ok(registry.length > 10, "the core has a rule registry");
  // hover
  const pt = await page.evaluate(() => {
    const r = [...CSS.highlights.get("sourcelens-place")].find((x) => x.toString() === "Marseille");
    r.startContainer.parentElement.scrollIntoView({ block: "center" });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(pt.x, pt.y);
  await page.waitForFunction(() => /Marked because/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").textContent), { timeout: 5000 });
  const hovered = await tipText(page);
  assert.match(hovered, /Marseille, France/);
  for (const w of want) assert.ok(hovered.includes(w), `hover tooltip ${JSON.stringify(hovered)} lacks ${JSON.stringify(w)}`);
  await page.mouse.move(5, 5);

  // keyboard focus on the place's entry: the same reasons, shown and as its accessible description
  await inSidebar(page, (aside) => aside.focus());
  let focused = null;
  for (let k = 0; k < 80 && !focused; k++) {
    await page.keyboard.press("ArrowDown");
    focused = await inSidebar(page, (aside, root) => {
      const a = root.activeElement;
      return a?.closest('section[data-section="places"]') && /Marseille/.test(a.textContent) ? a.getAttribute("aria-describedby") : null;
    });
  }
  assert.ok(focused, "the Marseille entry was reached by keyboard and has aria-describedby");
  const description = await inSidebar(page, (aside, root, id) => root.getElementById(id)?.textContent, focused);
  const shown = await tipText(page);
  for (const w of want) {
    assert.ok(description.includes(w), `accessible description ${JSON.stringify(description)} lacks ${JSON.stringify(w)}`);
    assert.ok(shown?.includes(w), `focus tooltip ${JSON.stringify(shown)} lacks ${JSON.stringify(w)}`);
  }
  // moving to a highlight with N: the tooltip beside it and the status say what and why
  await page.keyboard.press("n");
  await page.waitForFunction(() => /Highlight 1 of \d+/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  const status = await inSidebar(page, (aside) => aside.querySelector(".status").textContent);
  assert.match(status, /Marked because/);
  assert.match(await tipText(page), /Marked because/);
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("next/previous highlight: reading order, page and sidebar scroll to each other; the command from the background works too", async () => {
  const { page } = await openPage("/plain-article.html");
  await page.setViewport({ width: 1280, height: 500 });
  await pressAction(page, extension);
  const stops = await realmOf(page).evaluate(() => globalThis.SourcelensUI.stopsOf(globalThis.__sourcelens.state().report).map((s) => s.key));
  assert.ok(stops.length > 10);
  const where = () => realmOf(page).evaluate(() => {
    const root = globalThis.__sourcelens.state().host.shadowRoot;
    const flash = CSS.highlights.get("sourcelens-flash");
    const r = flash ? [...flash][0] : null;
    const rect = r?.getBoundingClientRect();
    const sel = root.querySelector('.item[aria-current="true"]');
    const box = root.querySelector(".scroll").getBoundingClientRect();
    const srect = sel?.getBoundingClientRect();
    return {
      status: root.querySelector(".status").textContent,
      flash: r ? r.toString() : null,
      inView: !!rect && rect.top >= 0 && rect.bottom <= innerHeight,
      key: sel?.dataset.key ?? null,
      itemInView: !!srect && srect.top >= box.top - 1 && srect.bottom <= box.bottom + 1,
    };
  });
  await inSidebar(page, (aside) => aside.focus());
  await page.keyboard.press("n");
  await page.waitForFunction(() => /Highlight 1 of/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  const first = await where();
  assert.equal(first.key, stops[0]);
  assert.ok(first.flash && first.inView, JSON.stringify(first));
  assert.ok(first.itemInView, "the sidebar entry is scrolled into view");
  for (let k = 0; k < 8; k++) await page.keyboard.press("n");
  await page.waitForFunction(() => /Highlight 9 of/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  const ninth = await where();
  assert.equal(ninth.key, stops[8]);
  assert.ok(ninth.inView && ninth.itemInView, JSON.stringify(ninth));
  await page.keyboard.press("p");
  await page.waitForFunction(() => /Highlight 8 of/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  assert.equal((await where()).key, stops[7]);
  // the page-wide shortcut: the background sends the command on to the tab
  await page.bringToFront();
  const sw = await (await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`))).worker();
  await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    await chrome.tabs.sendMessage(tab.id, { type: "step", dir: 1 }, { frameId: 0 });
  });
  await page.waitForFunction(() => /Highlight 9 of/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
  // the manifest declares both commands with their keys
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
  assert.equal(manifest.commands["next-highlight"].suggested_key.default, "Alt+Shift+Period");
  assert.equal(manifest.commands["previous-highlight"].suggested_key.default, "Alt+Shift+Comma");
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});

test("the map is fitted to the article's places, its markers sized by mentions, focusable and linked to their highlights", async () => {
  const { page } = await openPage("/plain-article.html");
  await pressAction(page, extension);
  const map = await inSidebar(page, (aside) => {
    const svg = aside.querySelector("section[data-section=places] svg.map");
    const vb = svg.viewBox.baseVal;
    return {
      view: svg.dataset.view,
      bounds: svg.dataset.bounds?.split(",").map(Number),
      land: svg.querySelector("path.land")?.getAttribute("d").length ?? 0,
      markers: [...svg.querySelectorAll("circle.marker")].map((c) => ({
        label: c.getAttribute("aria-label"), tab: c.getAttribute("tabindex"), role: c.getAttribute("role"), r: +c.getAttribute("r"),
        n: +c.dataset.mentions, inside: +c.getAttribute("cx") >= 0 && +c.getAttribute("cx") <= vb.width && +c.getAttribute("cy") >= 0 && +c.getAttribute("cy") <= vb.height,
      })),
    };
  });
  assert.equal(map.view, "fitted");
  const [west, south, east, north] = map.bounds;
  // France and its neighbours, not the world
  assert.ok(west > -20 && east < 30 && south > 30 && north < 60 && east - west < 40, `bounds ${map.bounds}`);
  assert.ok(map.land > 100, "land is drawn");
  const places = await realmOf(page).evaluate(() => globalThis.SourcelensUI.groupPlaces(globalThis.__sourcelens.state().report).filter((g) => Number.isFinite(g.lat)));
  for (const g of places) assert.ok(g.lon >= west && g.lon <= east && g.lat >= south && g.lat <= north, `${g.name} (${g.lon}, ${g.lat}) inside ${map.bounds}`);
  assert.equal(map.markers.length, places.length);
  for (const m of map.markers) {
    assert.equal(m.tab, "0");
    assert.equal(m.role, "button");
    assert.ok(m.inside, JSON.stringify(m));
    assert.match(m.label, /\d+ mentions?/);
  }
  const most = map.markers.reduce((a, b) => (b.n > a.n ? b : a)), least = map.markers.reduce((a, b) => (b.n < a.n ? b : a));
  assert.ok(most.n > least.n && most.r > least.r, "more mentions, a bigger marker");
  // keyboard: Tab reaches a marker; Enter shows its place on the page
  const lyon = map.markers.find((m) => /^Lyon/.test(m.label));
  await inSidebar(page, (aside, root, label) => [...aside.querySelectorAll("circle.marker")].find((c) => c.getAttribute("aria-label") === label).focus(), lyon.label);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => CSS.highlights.has("sourcelens-flash") && [...CSS.highlights.get("sourcelens-flash")].map(String).includes("Lyon"), { timeout: 3000 });
  // and the page's highlight selects the marker
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
  // the world as fallback: places far apart, or none located
  const fit = await realmOf(await (async () => {
    const p = await openPage("/plain-article.html");
    await pressAction(p.page, extension);
    return p.page;
  })()).evaluate(() => ({
    spread: globalThis.SourcelensUI.fitProjection([[-74, 40.7], [139.7, 35.7], [151.2, -33.9]]).view,
    none: globalThis.SourcelensUI.fitProjection([]).view,
    one: globalThis.SourcelensUI.fitProjection([[36.3, 33.5]]).view,
  }));
  assert.deepEqual(fit, { spread: "world", none: "world", one: "fitted" });
});

test("exports from the extension: JSON, Markdown, CSV and W3C Web Annotations (valid, and re-anchored on the same page)", async () => {
  const { page, outside } = await openPage("/plain-article.html");
  await browser.defaultBrowserContext().overridePermissions(server.url, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
  await pressAction(page, extension);
  const copy = async (format) => {
    await page.evaluate(() => navigator.clipboard.writeText(""));
    const open = await inSidebar(page, (aside) => !aside.querySelector(".menu").hidden);
    if (!open) await clickInSidebar(page, (aside) => aside.querySelector("[aria-controls]"));
    await clickInSidebar(page, (aside, root, f) => aside.querySelector(`[data-export="copy-${f}"]`), format);
    await page.waitForFunction(() => /Copied/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const formats = await inSidebar(page, (aside) => [...aside.querySelectorAll("[data-export]")].map((b) => b.dataset.export));
  assert.deepEqual(formats, ["copy-json", "download-json", "copy-markdown", "download-markdown", "copy-csv", "download-csv", "copy-annotations", "download-annotations"]);
  const report = await realmOf(page).evaluate(() => globalThis.__sourcelens.state().report);
  const json = JSON.parse(await copy("json"));
  assert.deepEqual(json.report, report);
  assert.match(await copy("markdown"), /^# sourcelens: Floods cut rail link/);
  const csv = await copy("csv");
  const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  assert.equal(lines[0], "id,source,speaker,cue,content,kind,anonymous,start,end");
  assert.equal(lines.length - 1, report.attributions.length);

  const anno = JSON.parse(await copy("annotations"));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, "tests/schemas/web-annotation.schema.json"), "utf8")));
  assert.ok(validate(anno), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(anno.first.items.length, report.attributions.length + report.dates.length + report.places.length + report.distancing.length);
  for (const a of anno.first.items) assert.equal(a.target.source, `${server.url}/plain-article.html`);
  // re-anchored on the page: every annotation finds its words, the positions count in
  // document.body.textContent (as Hypothesis does), and place/date annotations land exactly on
  // the page's highlight of that finding
  const check = await realmOf(page).evaluate((items) => {
    const UI = globalThis.SourcelensUI;
    const index = UI.textIndex(document.body);
    const out = { anchored: 0, exact: 0, positions: 0, onHighlight: 0, checked: 0, bad: [] };
    const hl = [...(CSS.highlights.get("sourcelens-place") || []), ...(CSS.highlights.get("sourcelens-date") || [])];
    for (const a of items) {
      const r = UI.anchorAnnotation(a, document.body, index);
      const q = a.target.selector.find((s) => s.type === "TextQuoteSelector");
      const p = a.target.selector.find((s) => s.type === "TextPositionSelector");
      if (!r) {
        out.bad.push(q.exact);
        continue;
      }
      out.anchored++;
      if (r.toString() === q.exact) out.exact++;
      if (document.body.textContent.slice(p.start, p.end) === q.exact) out.positions++;
      const tags = a.body.map((b) => b.value);
      if (tags.includes("sourcelens:place") || tags.includes("sourcelens:date")) {
        out.checked++;
        if (hl.some((h) => h.startContainer === r.startContainer && h.startOffset === r.startOffset && h.endContainer === r.endContainer && h.endOffset === r.endOffset)) out.onHighlight++;
      }
    }
    return out;
  }, anno.first.items);
  const n = anno.first.items.length;
  assert.deepEqual(check.bad, []);
  assert.equal(check.anchored, n);
  assert.equal(check.exact, n);
  assert.equal(check.positions, n);
  assert.ok(check.checked > 5);
  assert.equal(check.onHighlight, check.checked);
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("every text of the sidebar comes from the messages: no message key is shown instead", async () => {
  const { page } = await openPage("/plain-article.html");
  await pressAction(page, extension);
  const texts = await inSidebar(page, (aside) => {
    const out = [];
    const w = document.createTreeWalker(aside, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.trim()) out.push(n.data.trim());
    for (const el of aside.querySelectorAll("[aria-label],[title]")) out.push(el.getAttribute("aria-label") || "", el.getAttribute("title") || "");
    return out;
  });
  const keys = new Set(Object.keys(messages));
  const shownTexts = new Set(Object.values(messages).map((m) => m.message)); // "quoted" is a key and a text
  const raw = texts.filter((x) => keys.has(x) && !shownTexts.has(x));
  assert.deepEqual(raw, [], "message keys shown as text");
  assert.ok(texts.includes(messages.sectionSources.message));
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});
