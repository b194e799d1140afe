// The demo page (dist/www, `make www`) in real headless Chromium, served from 127.0.0.1:
// the sample, an opened/dropped HTML page with hostile content (extracted, nothing runs or
// loads), odd and bad inputs, the exports (JSON / Markdown / CSV, checked against the Report
// the same wasm gives in Node), keyboard, themes and the narrow layout. Every page must make no
// request but for the page's own files and log no console error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, readdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { ROOT, CHROME, CHROME_ARGS, serve, watchRequests } from "./helpers.mjs";

const WWW = join(ROOT, "dist/www");
const FIX = join(ROOT, "tests/e2e/fixtures/www");
const SAMPLE_TEXT = readFileSync(join(ROOT, "examples/sana-raqqa-2017-10-30.txt"), "utf8");
const HTML_FIXTURE = join(FIX, "harbour-strike.html");
/** What the page may request: its own files. */
const OWN = new Set(["/", "/index.html", "/style.css", "/highlights.css", "/highlights-dark.css", "/worldmap.js", "/ui.js", "/extract.js",
  "/app.js", "/worker.js", "/icon.png", "/pkg/sourcelens.js", "/pkg/sourcelens_bg.wasm", "/sample.txt",
  "/extract-frame.html", "/extract-frame.js", "/vendor/Readability.js"]);

let server, browser, pkg, UI, downloads;

before(async () => {
  assert.ok(existsSync(join(WWW, "index.html")), "dist/www missing: run make www");
  server = await serve(WWW);
  downloads = mkdtempSync(join(tmpdir(), "sourcelens-www-"));
  browser = await puppeteer.launch({ executablePath: CHROME, headless: true, pipe: true, args: CHROME_ARGS, defaultViewport: { width: 1280, height: 900 } });
  // the same wasm package the page loads, for reference Reports
  pkg = await import(join(WWW, "pkg/sourcelens.js"));
  await pkg.default({ module_or_path: readFileSync(join(WWW, "pkg/sourcelens_bg.wasm")) });
  // the same ui.js the page loads (a classic script: defines globalThis.SourcelensUI)
  await import(join(WWW, "ui.js"));
  UI = globalThis.SourcelensUI;
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const reference = (text, published) => pkg.analyze(text, { published, offsets: "utf16" });

/** A fresh page on the demo (in its own browser context: no stored settings), recording console errors and requests. */
async function open({ viewport } = {}) {
  const ctx = await browser.createBrowserContext();
  await ctx.setDownloadBehavior({ policy: "allow", downloadPath: downloads });
  const page = await ctx.newPage();
  page.close = () => ctx.close();
  if (viewport) await page.setViewport(viewport);
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  const outside = watchRequests(page);
  const first = server.requests.length;
  await page.goto(`${server.url}/`, { waitUntil: "load" });
  const check = () => {
    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(outside, [], "requests outside 127.0.0.1");
    const foreign = server.requests.slice(first).filter((p) => !OWN.has(p));
    assert.deepEqual(foreign, [], "requests for files that are not the page's own");
  };
  return { page, errors, check };
}

/** Waits until an analysis is shown (sidebar ready and the page's status says so). */
async function analysed(page, timeout = 20000) {
  await page.waitForFunction(() => {
    const aside = document.querySelector("#sidebar")?.shadowRoot?.querySelector('[role="complementary"]');
    return aside?.dataset.state === "ready" && /^Analysed/.test(document.getElementById("status").textContent);
  }, { timeout });
}

const side = (page, fn, ...args) =>
  page.evaluate((src, ...a) => (0, eval)(`(${src})`)(document.querySelector("#sidebar").shadowRoot, ...a), fn.toString(), ...args);
const sectionText = (page, id) => side(page, (root, id) => root.querySelector(`section[data-section="${id}"]`)?.textContent ?? "", id);

/** {name: [text of each range]} of the page's sourcelens highlights, and whether all are in #article. */
const highlights = (page) =>
  page.evaluate(() => {
    const out = {};
    let inside = true;
    const art = document.getElementById("article");
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith("sourcelens-")) continue;
      out[name] = [...hl].map((r) => {
        inside &&= art.contains(r.startContainer) && art.contains(r.endContainer);
        return r.toString();
      });
    }
    return { hl: out, inside };
  });

/** Viewport centre of the first range of highlight `name` whose text is `text`. */
const rangePoint = (page, name, text) =>
  page.evaluate((name, text) => {
    const r = [...(CSS.highlights.get(name) || [])].find((x) => x.toString() === text);
    if (!r) return null;
    r.startContainer.parentElement.scrollIntoView({ block: "center" });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, name, text);

/** Drops a file on the page (the events a user's drop fires). */
const drop = (page, name, bytes, type = "") =>
  page.evaluate((name, bytes, type) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
    const t = document.getElementById("text");
    for (const ev of ["dragenter", "dragover", "drop"]) t.dispatchEvent(new DragEvent(ev, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, name, [...bytes], type);

const multiset = (list) => [...list].sort();

test("the page: strict CSP, no inline script, labelled controls, focus order", async () => {
  const { page, check } = await open();
  const info = await page.evaluate(() => ({
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
    inline: [...document.scripts].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    unlabelled: [...document.querySelectorAll("input:not([type=hidden]):not([hidden]), textarea, select")].filter((el) => !el.labels?.length && !el.getAttribute("aria-label")).map((el) => el.id),
    nameless: [...document.querySelectorAll("button")].filter((b) => !(b.textContent.trim() || b.getAttribute("aria-label"))).length,
    credits: document.querySelector("footer").textContent.replace(/\s+/g, " "),
    privacy: document.getElementById("about").textContent.replace(/\s+/g, " "),
  }));
  assert.match(info.csp, /default-src 'none'/);
  assert.match(info.csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(info.csp, /unsafe-inline|'unsafe-eval'|\*|https?:|data:|blob:/, "nothing loosens the page's policy");
  assert.equal(info.inline, 0, "no inline script");
  assert.equal(info.handlers, 0, "no inline event handler");
  assert.deepEqual(info.unlabelled, []);
  assert.equal(info.nameless, 0);
  assert.match(info.credits, /GeoNames.*CC BY 4\.0/);
  assert.match(info.credits, /Natural Earth/);
  assert.match(info.credits, /Readability.*Apache License 2\.0/);
  assert.match(info.privacy, /Nothing leaves your browser/);
  // keyboard: the skip link first, then the controls in reading order
  // (a date field takes one Tab per part: consecutive stops on one control count once)
  const order = [];
  for (let i = 0; i < 12 && order.length < 8; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement.id || document.activeElement.className);
    if (order.at(-1) !== id) order.push(id);
  }
  assert.deepEqual(order, ["skip", "theme", "sample", "open", "text", "published", "analyze", "clear"]);
  // empty input: a clear message on the text field, no analysis
  await page.click("#analyze");
  const empty = await page.evaluate(() => ({ error: document.getElementById("input-error").textContent, invalid: document.getElementById("text").getAttribute("aria-invalid"), focus: document.activeElement.id, results: document.getElementById("results").hidden }));
  assert.match(empty.error, /no text to analyse/);
  assert.deepEqual([empty.invalid, empty.focus, empty.results], ["true", "text", true]);
  check();
  await page.close();
});

test("sample: one click shows the sources, dates and places in the sidebar and highlights in the text; both ways", async () => {
  const { page, check } = await open();
  await page.click("#sample");
  await analysed(page);
  const ref = reference(SAMPLE_TEXT, "2017-10-30");
  const state = await page.evaluate(() => ({ ...sourcelensDemo.state(), text: document.getElementById("text").value, headline: document.querySelector("#article h3")?.textContent, paragraphs: document.querySelectorAll("#article p").length }));
  assert.equal(state.engine, "worker", "the wasm runs in a Web Worker");
  assert.equal(state.published, "2017-10-30");
  assert.equal(state.text, SAMPLE_TEXT.replace(/\r\n?/g, "\n"));
  assert.equal(state.headline, "Syria: claims of liberating Raqqa are lies to divert public opinion");
  assert.ok(state.paragraphs >= 10, `${state.paragraphs} paragraphs`);

  const status = await side(page, (root) => root.querySelector(".status").textContent);
  assert.match(status, new RegExp(`^${ref.attributions.length} attributions from ${ref.sources.length} sources, ${ref.dates.length} dates, ${ref.places.length} places`));
  assert.ok(ref.sources.length >= 3 && ref.attributions.length >= 6, "the sample has several sources");
  const sources = await sectionText(page, "sources");
  for (const s of ref.sources) assert.ok(sources.includes(s.name || s.mentions[0].text), `source ${s.name} listed`);
  assert.match(sources, /anonymous/);
  const timeline = await sectionText(page, "timeline");
  assert.match(timeline, /Sun 29 Oct 2017/, "“on Sunday” resolved against the published date");
  assert.match(timeline, /Thu 26 Oct 2017/);
  const places = await sectionText(page, "places");
  for (const p of ["Syria", "United States"]) assert.match(places, new RegExp(p));
  assert.ok(await side(page, (root) => root.querySelectorAll(".map circle").length >= 2), "places on the offline map");

  const { hl, inside } = await highlights(page);
  assert.ok(inside, "every highlight is in the text view");
  for (const [name, want] of [["sourcelens-cue", "told"], ["sourcelens-cue", "said"], ["sourcelens-date", "Sunday"], ["sourcelens-place", "U.S."], ["sourcelens-place", "Syria"]]) {
    assert.ok(hl[name]?.includes(want), `${name} ${want}: ${JSON.stringify(hl[name])}`);
  }
  assert.deepEqual(multiset(hl["sourcelens-place"]), multiset(ref.places.map((p) => p.text)), "one place highlight per place, exact text");
  assert.deepEqual(multiset(hl["sourcelens-date"]), multiset(ref.dates.map((d) => d.text)));

  // text → sidebar: a click on a highlight selects its entry (and a hover explains it)
  const pt = await rangePoint(page, "sourcelens-date", "Sunday");
  await page.mouse.move(pt.x, pt.y);
  await page.waitForFunction(() => /Sun 29 Oct 2017/.test(document.querySelector("#sidebar").shadowRoot.querySelector(".tip")?.textContent || ""));
  // why it is marked: the core's rule registry reaches the demo page too (through its worker)
  const why = await page.evaluate(() => document.querySelector("#sidebar").shadowRoot.querySelector(".tip .why")?.textContent || "");
  const sunday = reference(SAMPLE_TEXT, "2017-10-30").dates.find((d) => d.text === "Sunday");
  const rule = typeof pkg.rules === "function" ? pkg.rules().find((r) => r.id === sunday.rule.split("+")[0]) : null;
  assert.ok(why.startsWith("Marked because:"), why);
  if (rule) assert.ok(why.includes(rule.description.replace(/\.$/, "")), `${why} / ${rule.description}`);
  else assert.match(why, new RegExp(sunday.rule.split("+")[0]));
  await page.mouse.click(pt.x, pt.y);
  const selected = await side(page, (root) => [...root.querySelectorAll('.item[aria-current="true"]')].map((b) => b.textContent));
  assert.equal(selected.length, 1);
  assert.match(selected[0], /Sun 29 Oct 2017/);
  // sidebar → text: keyboard on an entry flashes its span
  await side(page, (root) => [...root.querySelectorAll('section[data-section="timeline"] .item')].find((b) => /Thu 26 Oct 2017/.test(b.textContent)).focus());
  await page.keyboard.press("Enter");
  assert.deepEqual(await page.evaluate(() => [...(CSS.highlights.get("sourcelens-flash") || [])].map(String)), ["26 October 2017"]);
  const before = await side(page, (root) => root.activeElement?.textContent);
  await page.keyboard.press("ArrowDown");
  assert.notEqual(await side(page, (root) => root.activeElement?.textContent), before, "↓ moves to the next entry");
  // the filters switch highlight categories off
  await side(page, (root) => root.querySelector('input[data-filter="place"]').click());
  assert.equal((await highlights(page)).hl["sourcelens-place"], undefined);
  // editing the text marks the results as stale
  await page.type("#text", " x");
  assert.equal(await page.evaluate(() => document.getElementById("stale").hidden), false);
  check();
  await page.close();
});

test("an opened HTML page is extracted like the extension does; nothing in it runs or loads", async () => {
  const { page, check } = await open();
  const [chooser] = await Promise.all([page.waitForFileChooser(), page.click("#open")]);
  await chooser.accept([HTML_FIXTURE]);
  await analysed(page);
  const got = await page.evaluate(() => ({
    text: document.getElementById("text").value,
    published: document.getElementById("published").value,
    hint: document.getElementById("published-hint").textContent,
    pwned: window.__pwned ?? null,
    title: document.title,
    article: document.getElementById("article").textContent,
    markup: document.querySelectorAll("#article *:not(h3):not(p)").length,
    frames: [...document.querySelectorAll("iframe")].map((f) => [f.getAttribute("sandbox"), new URL(f.src).pathname]),
  }));
  assert.ok(got.text.startsWith("Harbour ferry strike ends after overnight talks\n\nPORTSMOUTH, March 13 — Ferry crews"), got.text.slice(0, 120));
  for (const junk of ["COMMENT MARKER", "FOOTER MARKER", "HIDDEN AD MARKER", "Weather outlook", "Morgan Pryce", "pwned", "Comments (3)"]) {
    assert.ok(!got.text.includes(junk), `${junk} is not part of the article`);
  }
  assert.ok(got.text.includes("The union said it would ballot members"));
  // escaped markup in the article is text, shown as text
  assert.ok(got.text.includes('<script>alert("not code")</script> & other slogans'));
  assert.ok(got.article.includes('<script>alert("not code")</script> & other slogans'));
  assert.equal(got.markup, 0, "the text view holds only the headline and paragraphs");
  assert.equal(got.published, "2023-03-14");
  assert.match(got.hint, /metadata/);
  assert.equal(got.pwned, null, "no script or handler of the page ran");
  assert.equal(got.title, "sourcelens — who says what, when and where");
  assert.deepEqual(got.frames, [["allow-scripts", "/extract-frame.html"]], "extraction runs in the sandboxed frame");
  assert.deepEqual(server.requests.filter((p) => p.startsWith("/hostile")), [], "none of the page's resources loaded");

  const ref = reference(got.text, "2023-03-14");
  const status = await side(page, (root) => root.querySelector(".status").textContent);
  assert.match(status, new RegExp(`^${ref.attributions.length} attributions? from ${ref.sources.length} sources?`));
  const { hl } = await highlights(page);
  assert.deepEqual(multiset(hl["sourcelens-cue"] || []), multiset([...new Set(ref.attributions.map((a) => `${a.cue.start}:${a.cue.end}`))].map((k) => got.text.slice(...k.split(":").map(Number)))));
  check();
  await page.close();
});

test("dropped files: odd Unicode is analysed exactly; binary junk and empty files get a clear error", async () => {
  const { page, check } = await open();
  await drop(page, "junk.txt", Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
  await page.waitForFunction(() => document.getElementById("input-error").textContent);
  assert.match(await page.$eval("#input-error", (e) => e.textContent), /“junk\.txt” does not look like a text or HTML file/);
  await drop(page, "scan.html", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
  await page.waitForFunction(() => /PDF/.test(document.getElementById("input-error").textContent));
  await drop(page, "empty.txt", new Uint8Array(0));
  await page.waitForFunction(() => /empty/.test(document.getElementById("input-error").textContent));
  assert.equal(await page.$eval("#results", (e) => e.hidden), true, "nothing analysed");

  // emoji with ZWJ, combining marks, right-to-left text, CRLF line ends, a BOM
  const odd = "\uFEFFFamilies 👨‍👩‍👧‍👦 return to Zürich and Berlin\r\n\r\nBERLIN, May 2, 2024 — Cafe\u0301 owners from Zürich reopened in Berlin on Friday, the city council said. " +
    "\u200F«مرحبا» 🇨🇭 Residents told local radio in Vienna that the square was \"finally alive\".\r\n\r\n" +
    "According to the police, no incident was reported in Paris on Saturday. 𝒜𝓁𝓅𝒽𝒶 e\u0301\u0301\u0301 Munich.\r\n";
  await drop(page, "odd.txt", Buffer.from(odd, "utf8"), "text/plain");
  await analysed(page);
  const text = await page.$eval("#text", (e) => e.value);
  assert.equal(text, odd.slice(1).replace(/\r\n/g, "\n"), "BOM dropped, line ends normalised, nothing else changed");
  const ref = reference(text, null);
  assert.ok(ref.places.length >= 2 && ref.attributions.length >= 2, JSON.stringify(ref.places.map((p) => p.text)));
  const { hl } = await highlights(page);
  assert.deepEqual(multiset(hl["sourcelens-place"]), multiset(ref.places.map((p) => p.text)), "offsets exact around astral and combining characters");
  assert.equal(await page.$eval("#published", (e) => e.value), ref.published ?? "", "a dateline date fills the published field");
  // pasted junk characters: NUL, lone surrogates
  await page.$eval("#text", (e) => {
    e.value = "Bad\u0000 input \uD800 here\n\nThe mayor said \uDC00 it was fine in Paris.";
    e.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.click("#analyze");
  await analysed(page);
  check();
  await page.close();
});

/** Waits for a downloaded file named like `re` in the download folder; returns its text. */
async function downloaded(re) {
  for (let i = 0; i < 100; i++) {
    const f = readdirSync(downloads).find((n) => re.test(n) && !n.endsWith(".crdownload"));
    if (f) return readFileSync(join(downloads, f), "utf8");
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download matching ${re}: ${readdirSync(downloads)}`);
}

/** RFC 4180 rows (quoted fields with "" escapes, CRLF records). */
function parseCSV(s) {
  const rows = [];
  let row = [], field = "", q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && s[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

test("exports: JSON, Markdown, CSV and W3C Web Annotation files hold the analysis", async () => {
  const { page, check } = await open();
  await page.click("#sample");
  await analysed(page);
  const ref = reference(SAMPLE_TEXT, "2017-10-30");
  await side(page, (root) => root.querySelector('button[aria-haspopup="true"]').click());
  const formats = await side(page, (root) => [...root.querySelectorAll("[data-export]")].map((b) => b.dataset.export));
  assert.deepEqual(formats, ["copy-json", "download-json", "copy-markdown", "download-markdown", "copy-csv", "download-csv", "copy-annotations", "download-annotations"]);
  for (const f of ["json", "markdown", "csv", "annotations"]) await side(page, (root, f) => root.querySelector(`[data-export="download-${f}"]`).click(), f);

  const json = JSON.parse(await downloaded(/\.json$/));
  assert.equal(json.tool, "sourcelens");
  assert.equal(json.title, "Syria: claims of liberating Raqqa are lies to divert public opinion");
  assert.equal(json.text, SAMPLE_TEXT);
  assert.equal(json.report.published, "2017-10-30");
  assert.deepEqual(json.report.attributions, ref.attributions);
  assert.deepEqual(json.report.places, ref.places);
  for (const p of json.report.places) assert.equal(json.text.slice(p.start, p.end), p.text);

  const md = await downloaded(/\.md$/);
  assert.ok(md.startsWith("# sourcelens: Syria: claims of liberating Raqqa are lies to divert public opinion\n"), md.slice(0, 100));
  for (const h of ["## Sourcing at a glance", "## Sources", "## Timeline", "## Places", "GeoNames"]) assert.ok(md.includes(h), h);
  assert.match(md, /2017-10-29: “Sunday” \(relative\)/);
  assert.match(md, new RegExp(`- ${ref.attributions.length} attributions`));

  const csv = await downloaded(/\.csv$/);
  assert.ok(csv.startsWith("\uFEFFid,source,speaker,cue,content,kind,anonymous,start,end\r\n"), "UTF-8 BOM, then the CLI's header");
  assert.ok(csv.endsWith("\r\n") && !/[^\r]\n(?=\d+,)/.test(csv), "CRLF records");
  const [head, ...rows] = parseCSV(csv.slice(1));
  assert.deepEqual(head, UI.CSV_COLUMNS);
  const col = Object.fromEntries(head.map((c, i) => [c, i]));
  assert.equal(rows.length, ref.attributions.length, "one row per attribution");
  ref.attributions.forEach((a, i) => {
    const r = rows[i];
    assert.equal(r[col.id], "", "a pasted text has no address");
    assert.equal(r[col.cue], a.cue.text);
    assert.equal(r[col.source], a.source?.text ?? "");
    assert.equal(r[col.content], a.content?.text ?? "");
    assert.equal(r[col.speaker], a.speaker ?? "");
    assert.equal(r[col.kind], a.kind);
    assert.equal(r[col.anonymous], String(a.anonymous));
    assert.equal(Number(r[col.start]), a.cue.start, "the cue's offsets, as the CLI writes them");
    assert.equal(Number(r[col.end]), a.cue.end);
  });

  // W3C: valid against the schema, one annotation per finding, each re-anchoring on the text
  const anno = JSON.parse(await downloaded(/\.jsonld$/));
  const { default: Ajv } = await import("ajv");
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, "tests/schemas/web-annotation.schema.json"), "utf8")));
  assert.ok(validate(anno), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(anno.first.items.length, ref.attributions.length + ref.dates.length + ref.places.length + ref.distancing.length);
  for (const a of anno.first.items) {
    const at = UI.anchorOffsets(a, SAMPLE_TEXT);
    const q = a.target.selector.find((s) => s.type === "TextQuoteSelector");
    assert.ok(at && SAMPLE_TEXT.slice(at.start, at.end) === q.exact, q.exact);
  }
  check();
  await page.close();
});

test("CSV cells are quoted and defused for spreadsheets", () => {
  const span = (text, start = 0) => ({ text, start, end: start + text.length });
  const report = {
    attributions: [
      { cue: span("said", 30), source: span("@jo", 10), speaker: "Jo, \"JJ\" Smith", source_id: 0, content: span("=HYPERLINK(\"http://x\")\r\nline two", 40), kind: "indirect", anonymous: false },
      { cue: span("-told", 5), source: null, speaker: null, source_id: null, content: null, kind: "direct", anonymous: true },
    ],
    sources: [{ id: 0, name: "Jo", kind: "person", mentions: [] }],
    dates: [], places: [], distancing: [],
  };
  const rows = parseCSV(UI.toCSV(report).slice(1));
  const col = Object.fromEntries(rows[0].map((c, i) => [c, i]));
  assert.equal(rows.length, 3);
  assert.equal(rows[1][col.speaker], 'Jo, "JJ" Smith');
  assert.equal(rows[1][col.content], "'=HYPERLINK(\"http://x\")\nline two");
  assert.equal(rows[1][col.source], "'@jo");
  assert.equal(rows[1][col.start], "30", "the cue's start");
  assert.equal(rows[2][col.cue], "'-told");
  assert.equal(rows[2][col.source], "");
  assert.equal(rows[2][col.start], "5", "numbers are not defused");
});

test("a running analysis can be cancelled; a text over the limit is cut at a paragraph with a note", async () => {
  const { page, check } = await open();
  const fill = (para, chars) =>
    page.$eval("#text", (e, para, count) => {
      e.value = Array(count).fill(para).join("\n\n");
      e.dispatchEvent(new Event("input", { bubbles: true }));
    }, para, Math.ceil(chars / (para.length + 2)));
  // a text dense with findings keeps the worker busy for seconds: cancel it meanwhile
  await fill("The harbour master said on Monday that ships from Lisbon and Porto would dock this week, officials told reporters.", 1_000_000);
  await page.click("#analyze");
  await page.waitForFunction(() => !document.getElementById("cancel").hidden);
  await page.click("#cancel");
  await page.waitForFunction(() => /cancelled/.test(document.getElementById("status").textContent), { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), "analyze", "focus is not lost with the Cancel button");
  assert.equal(await side(page, (root) => root.querySelector("aside").dataset.state), "error");
  // plain prose over the limit (the cut is what counts here)
  await fill("The quiet river ran past the old mill, and the fields beyond it were green with young wheat and barley.", 2_050_000);
  await page.waitForFunction(() => /over the limit/.test(document.getElementById("text-info").textContent));
  await page.click("#analyze");
  await analysed(page, 60000);
  const notes = await side(page, (root) => root.querySelector(".notes")?.textContent ?? "");
  assert.match(notes, /only its first 1,99\d,\d{3} characters were analysed/);
  const shown = await page.evaluate(() => document.getElementById("article").textContent.length);
  assert.ok(shown <= 2_000_000 && shown > 1_900_000, `${shown} characters shown`);
  check();
  await page.close();
});

test("themes and the narrow layout", async () => {
  const { page, check } = await open({ viewport: { width: 390, height: 844, isMobile: true, hasTouch: true } });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  await page.click("#sample");
  await analysed(page);
  const look = () =>
    page.evaluate(() => ({
      sidebar: document.querySelector("#sidebar").shadowRoot.querySelector(".sl").dataset.theme,
      darkCss: document.getElementById("highlights-dark").media,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
  let l = await look();
  assert.equal(l.sidebar, "dark", "the sidebar follows the system's dark scheme");
  assert.equal(l.bg, "rgb(18, 20, 23)");
  await page.select("#theme", "light");
  l = await look();
  assert.deepEqual([l.sidebar, l.darkCss, l.bg], ["light", "not all", "rgb(246, 247, 249)"]);
  const layout = await page.evaluate(() => {
    const a = document.querySelector(".article-pane").getBoundingClientRect();
    const s = document.getElementById("sidebar").getBoundingClientRect();
    return { stacked: s.top >= a.bottom, overflow: document.documentElement.scrollWidth - innerWidth, sideWidth: Math.round(s.width), vw: innerWidth };
  });
  assert.ok(layout.stacked, "the summary comes below the article");
  assert.ok(layout.overflow <= 0, `no horizontal scrolling (${layout.overflow}px)`);
  assert.ok(layout.sideWidth <= layout.vw, "the sidebar fits the screen");
  // the theme choice is kept
  await page.reload({ waitUntil: "load" });
  assert.equal(await page.$eval("#theme", (e) => e.value), "light");
  check();
  await page.close();
});
