// The built extension in real Chromium on fixture pages served from 127.0.0.1: article
// extraction, highlights under the contract names, the sidebar, toggling, page integrity and
// zero outside requests. The fixture articles are written for these tests.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  serve, launchWithExtension, watchRequests, pressAction, waitReady, highlightTexts, inSidebar, watchMutations,
  bodyText, cspHeaders, FIXTURES, SAMPLE_ROUTES,
} from "./helpers.mjs";

let server, browser, extension;

/** A long article: `n` paragraphs built from a few sentence patterns. */
function hugePage(n) {
  const places = ["Lyon", "Marseille", "Toulouse", "Bordeaux", "Nantes", "Lille", "Strasbourg", "Nice"];
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const paras = [];
  for (let i = 0; i < n; i++) {
    const p = places[i % places.length], d = days[i % days.length];
    paras.push(`<p>Paragraph ${i + 1}: the council in ${p} said on ${d} that the budget for year ${2000 + (i % 24)} would grow by ${i % 17} per cent. ` +
      `Residents of the old town told local radio that the works had taken too long, and engineers added that a further review was due.</p>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Long read: every council budget of the decade</title>
<meta property="article:published_time" content="2024-05-02"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Long read: every council budget of the decade</h1>${paras.join("\n")}</article>
<script src="/heartbeat.js"></script></body></html>`;
}

before(async () => {
  server = await serve(FIXTURES, {
    headers: cspHeaders,
    routes: {
      ...SAMPLE_ROUTES,
      "/huge.html": () => ({ body: hugePage(4000) }),
      "/heartbeat.js": () => ({
        type: "text/javascript",
        body: "window.__beats = []; setInterval(() => window.__beats.push(performance.now()), 20);",
      }),
    },
  });
  ({ browser, extension } = await launchWithExtension());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path) {
  const page = await browser.newPage();
  const outside = watchRequests(page);
  await page.goto(`${server.url}${path}`, { waitUntil: "load" });
  return { page, outside };
}

const sidebarText = (page) => inSidebar(page, (aside) => aside.textContent);

test("sample article: highlights, sidebar landmark and toggle; page text untouched", async () => {
  const { page, outside } = await openPage("/sample.html");
  const before = await bodyText(page);
  const snapshot = () => page.evaluate(() => ({ inner: document.documentElement.innerText, html: document.body.innerHTML }));
  const shot = await snapshot();
  const mutations = await watchMutations(page);

  await pressAction(page, extension);
  assert.deepEqual(await snapshot(), shot, "the page's rendered text or markup changed");
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-cue"]?.includes("told"), JSON.stringify(hl["sourcelens-cue"]));
  assert.ok(hl["sourcelens-cue"]?.includes("said"), JSON.stringify(hl["sourcelens-cue"]));
  assert.ok(hl["sourcelens-date"]?.includes("Sunday"), JSON.stringify(hl["sourcelens-date"]));
  assert.ok(hl["sourcelens-place"]?.includes("Syria"), JSON.stringify(hl["sourcelens-place"]));
  assert.ok(hl["sourcelens-source"]?.length > 0, "no source highlights");
  // the headline is analysed too: its place is highlighted inside the <h1>
  assert.ok(await page.evaluate(() => [...CSS.highlights.get("sourcelens-place")].some((r) => r.startContainer.parentElement.closest("h1"))));

  const sidebar = await sidebarText(page);
  assert.match(sidebar, /Sources/);
  assert.match(sidebar, /Timeline/);
  assert.match(sidebar, /Places/);
  assert.match(sidebar, /🇸🇾/u, "flag emoji of Syria");
  assert.match(sidebar, /GeoNames/);
  assert.match(sidebar, /CC BY 4\.0/);
  const structure = await inSidebar(page, (aside, root) => ({
    open: root.mode,
    sections: [...aside.querySelectorAll("section[data-section]")].map((s) => s.dataset.section),
    map: !!aside.querySelector("svg.map path.land") && aside.querySelectorAll("svg.map circle").length,
    bars: aside.querySelectorAll(".glance .bar").length,
    shares: aside.querySelectorAll(".glance .shares li").length,
    labelled: [...aside.querySelectorAll("button")].every((b) => (b.getAttribute("aria-label") || b.textContent).trim().length > 0),
  }));
  assert.equal(structure.open, "open");
  assert.deepEqual(structure.sections, ["glance", "sources", "distancing", "timeline", "places"]);
  assert.ok(structure.map >= 1, "world map with at least one dot");
  assert.equal(structure.bars, 2);
  assert.ok(structure.shares >= 1);
  assert.ok(structure.labelled, "every button has an accessible name");
  assert.equal(await bodyText(page), before, "page text changed");
  assert.deepEqual(await mutations(), [], "the page's body was mutated");

  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(await highlightTexts(page), {});
  assert.equal(await bodyText(page), before, "page text changed after closing");
  // and again: the second open works after a close
  await pressAction(page, extension);
  assert.ok((await highlightTexts(page))["sourcelens-place"]?.includes("Syria"));
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("strict CSP page (default-src 'none'; script-src 'self'): analysed in the background", async () => {
  const { page, outside } = await openPage("/csp/article.html");
  const csp = await page.evaluate(() => ({ inline: !!window.__inlineScriptRan, own: !!window.__pageScriptRan }));
  assert.deepEqual(csp, { inline: false, own: true }, "the CSP is in force");
  const before = await bodyText(page);
  await pressAction(page, extension);
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-cue"]?.includes("said"), JSON.stringify(hl));
  assert.ok(hl["sourcelens-place"]?.includes("Lyon"), JSON.stringify(hl["sourcelens-place"]));
  assert.ok(hl["sourcelens-place"]?.includes("Marseille"), JSON.stringify(hl["sourcelens-place"]));
  assert.ok(hl["sourcelens-date"]?.includes("Sunday"), JSON.stringify(hl["sourcelens-date"]));
  // the byline's date is not article text
  assert.ok(!hl["sourcelens-date"]?.includes("3 March 2024"), JSON.stringify(hl["sourcelens-date"]));
  const side = await sidebarText(page);
  assert.match(side, /Marc Lefèvre/);
  assert.match(side, /so-called/);
  // the published date comes from the page's metadata: Sunday resolved against 2024-03-03
  assert.match(side, /Sun 3 Mar 2024/);
  // the sidebar is styled (adopted style sheet allowed under the CSP)
  const styled = await inSidebar(page, (aside) => getComputedStyle(aside).display);
  assert.equal(styled, "flex");
  assert.equal(await bodyText(page), before);
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("cookie banner, nav, comments, iframe, shadow DOM around the article: only the article is analysed", async () => {
  const { page, outside } = await openPage("/noisy.html");
  const before = await bodyText(page);
  const mutations = await watchMutations(page);
  await pressAction(page, extension);
  const hl = await highlightTexts(page);
  const places = hl["sourcelens-place"] ?? [];
  assert.ok(places.includes("Rotterdam"), JSON.stringify(places));
  assert.ok(places.includes("Antwerp"), JSON.stringify(places));
  for (const junk of ["Paris", "London", "Madrid", "Berlin", "Vienna", "Oslo", "Dublin", "Copenhagen", "Prague", "Warsaw", "Stockholm", "Helsinki", "Lisbon"]) {
    assert.ok(!places.includes(junk), `${junk} is not in the article: ${JSON.stringify(places)}`);
  }
  // every highlight lies inside the <article>
  const outsideArticle = await page.evaluate(() => {
    const art = document.querySelector("article");
    const bad = [];
    for (const [name, h] of CSS.highlights) for (const r of h) if (!art.contains(r.commonAncestorContainer)) bad.push(`${name}: ${r}`);
    return bad;
  });
  assert.deepEqual(outsideArticle, []);
  // the published date came from JSON-LD: "Tuesday" resolved against 2024-06-11
  assert.match(await sidebarText(page), /Tue 11 Jun 2024/);
  assert.equal(await bodyText(page), before);
  assert.deepEqual(await mutations(), []);
  // Readability ran on an inert clone: its lazy-image fix-ups fetched nothing
  assert.ok(!server.requests.includes("/lazy.png") && !server.requests.includes("/noscript.png"), JSON.stringify(server.requests));
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("emoji, ZWJ sequences, combining marks and RTL text: offsets land on the right characters", async () => {
  const { page, outside } = await openPage("/rtl.html");
  const before = await bodyText(page);
  await pressAction(page, extension);
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-place"]?.includes("Beirut"), JSON.stringify(hl["sourcelens-place"]));
  assert.ok(hl["sourcelens-place"]?.includes("Cyprus"), JSON.stringify(hl["sourcelens-place"]));
  assert.ok(hl["sourcelens-place"]?.includes("Turkey"), JSON.stringify(hl["sourcelens-place"]));
  assert.ok(hl["sourcelens-date"]?.includes("Tuesday"), JSON.stringify(hl["sourcelens-date"]));
  assert.ok(hl["sourcelens-date"]?.includes("Saturday"), JSON.stringify(hl["sourcelens-date"]));
  assert.ok(hl["sourcelens-cue"]?.includes("said"), JSON.stringify(hl["sourcelens-cue"]));
  for (const [name, texts] of Object.entries(hl)) {
    for (const t of texts) assert.ok(t.isWellFormed(), `${name}: a range splits a surrogate pair: ${JSON.stringify(t)}`);
  }
  assert.equal(await bodyText(page), before);
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("huge page: analysed in slices up to the documented cap, the tab keeps running", async () => {
  const { page, outside } = await openPage("/huge.html");
  const before = await bodyText(page);
  assert.ok(before.length > 900_000, `huge page has ${before.length} characters`);
  const t0 = await page.evaluate(() => performance.now());
  await pressAction(page, extension, { timeout: 90000 });
  const beats = await page.evaluate((t) => {
    const b = window.__beats.filter((x) => x >= t);
    let gap = 0;
    for (let i = 1; i < b.length; i++) gap = Math.max(gap, b[i] - b[i - 1]);
    return { n: b.length, gap: Math.round(gap), total: Math.round(performance.now() - t) };
  }, t0);
  console.log(`huge page (${before.length} chars): ready after ${beats.total} ms, ${beats.n} heartbeats, longest main-thread pause ${beats.gap} ms`);
  assert.ok(beats.n >= 3, "the page's own timers ran while sourcelens worked");
  const side = await sidebarText(page);
  assert.match(side, /very long: only its first 300,000 characters/);
  const hl = await highlightTexts(page);
  assert.ok(hl["sourcelens-place"]?.length > 200, `place highlights: ${hl["sourcelens-place"]?.length}`);
  // nothing beyond the cap is highlighted
  const lastPara = await page.evaluate(() => {
    let max = 0;
    for (const r of CSS.highlights.get("sourcelens-place")) {
      const m = /Paragraph (\d+)/.exec(r.startContainer.parentElement.textContent);
      if (m) max = Math.max(max, +m[1]);
    }
    return max;
  });
  assert.ok(lastPara > 500 && lastPara < 4000, `last highlighted paragraph ${lastPara}`);
  assert.equal(await bodyText(page), before);
  await pressAction(page, extension, { expectOpen: false });
  assert.deepEqual(outside, []);
  await page.close();
});

test("no article: a clear message, no highlights", async () => {
  const { page } = await openPage("/empty.html");
  await pressAction(page, extension);
  const state = await inSidebar(page, (aside) => ({ state: aside.dataset.state, text: aside.textContent }));
  assert.equal(state.state, "empty");
  assert.match(state.text, /No article found on this page/);
  assert.deepEqual(await highlightTexts(page), {});
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});

test("dark page: dark sidebar theme", async () => {
  const { page } = await openPage("/dark.html");
  await pressAction(page, extension);
  const theme = await page.evaluate(() => document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".sl").dataset.theme);
  assert.equal(theme, "dark");
  assert.ok((await highlightTexts(page))["sourcelens-place"]?.includes("Vienna"));
  await pressAction(page, extension, { expectOpen: false });
  await page.close();
});
