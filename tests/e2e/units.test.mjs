// Browser-free checks of the pieces shared by the extension and the demo page: message
// validation in the background, settings kept across updates, exports, span bookkeeping.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

let UI, bg;
const listeners = {};
before(async () => {
  // a stand-in for the extension APIs the background touches at load time
  const event = (name) => ({ addListener: (f) => (listeners[name] = f) });
  globalThis.chrome = {
    action: { onClicked: event("clicked") },
    runtime: { onMessage: event("message"), onInstalled: event("installed"), id: "test-extension" },
    storage: { local: { store: {}, async get(k) { return { [k]: this.store[k] }; }, async set(o) { Object.assign(this.store, o); } } },
  };
  bg = await import(join(ROOT, "dist/extension/background.js"));
  UI = globalThis.SourcelensUI;
});

test("background: only well-formed messages from the extension itself are answered", async () => {
  assert.equal(bg.validate(null), null);
  assert.equal(bg.validate({ type: "analyze" }), null, "no text");
  assert.equal(bg.validate({ type: "analyze", text: 5 }), null);
  assert.equal(bg.validate({ type: "analyze", text: "x", published: "30/10/2017" }), null);
  assert.equal(bg.validate({ type: "analyze", text: "x", theme: "neon" }), null);
  assert.equal(bg.validate({ type: "analyze", text: "x".repeat(4_000_001) }), null, "too long");
  assert.equal(bg.validate({ type: "eval", code: "1" }), null);
  for (const theme of ["toString", "__proto__", "constructor", "hasOwnProperty"]) assert.equal(bg.validate({ type: "analyze", text: "x", theme }), null, `theme ${theme}`);
  for (const type of ["toString", "__proto__", "constructor"]) assert.equal(bg.validate({ type, text: "x" }), null, `type ${type}`);
  assert.equal(bg.validate(JSON.parse('{"type":"analyze","text":"x","__proto__":{"theme":"dark","css":true}}')).theme, "light", "inherited fields are not read");
  assert.equal(bg.validate({ type: "layout", to: { width: "1px;}body{display:none" } }), null, "CSS comes from numbers only");
  assert.deepEqual(bg.validate({ type: "analyze", text: "x", published: "2017-10-30", theme: "dark", css: true, extra: 1 }), { type: "analyze", text: "x", published: "2017-10-30", updated: null, theme: "dark", css: true, plain: false });
  assert.equal(bg.validate({ type: "style", from: { theme: "dark", colors: { source: "red;}" } }, theme: "light" }).from.colors.source, UI.SAFE_PALETTE.source, "colours are checked");
  assert.equal(bg.validate({ type: "style", from: { theme: "neon" }, theme: "light" }), null);
  assert.equal(bg.validate({ type: "closed", layout: null, style: "x" }), null);
  assert.deepEqual(bg.validate({ type: "layout", from: null, to: { width: 380 } }), { type: "layout", from: null, to: { width: 380 } });
  // a message from elsewhere (another extension, a page) gets no answer at all
  let answered = false;
  const r = listeners.message({ type: "analyze", text: "x" }, { id: "other", tab: { id: 1 }, frameId: 0 }, () => (answered = true));
  assert.equal(r, false);
  assert.equal(answered, false);
  // a subframe of the tab neither
  listeners.message({ type: "closed" }, { id: "test-extension", tab: { id: 1 }, frameId: 3 }, () => (answered = true));
  assert.equal(answered, false);
  // a type it does not know, even from our own content script: ignored, no answer
  answered = false;
  assert.equal(listeners.message({ type: "eval", code: "1" }, { id: "test-extension", tab: { id: 1 }, frameId: 0 }, () => (answered = true)), false);
  assert.equal(answered, false);
  // nor from a sender without a tab (another extension page, a worker)
  listeners.message({ type: "closed" }, { id: "test-extension", frameId: 0 }, () => (answered = true));
  assert.equal(answered, false);
  // a malformed one from our own content script gets an error
  let reply;
  listeners.message({ type: "analyze" }, { id: "test-extension", tab: { id: 1 }, frameId: 0 }, (x) => (reply = x));
  assert.deepEqual(reply, { ok: false, error: "malformed message" });
});

test("settings: the user's values survive an update, new defaults are filled in, junk dropped", async () => {
  chrome.storage.local.store.settings = { theme: "dark", width: 500, filters: { place: false, bogus: true }, collapsed: { places: true, "<x>": true }, schema: 0 };
  await listeners.installed({ reason: "update" });
  const s = chrome.storage.local.store.settings;
  assert.equal(s.theme, "dark");
  assert.equal(s.width, 500);
  assert.equal(s.filters.place, false);
  assert.equal(s.filters.date, true, "new category defaults on");
  assert.equal("bogus" in s.filters, false);
  assert.deepEqual(s.collapsed, { places: true });
  assert.equal(UI.mergeSettings({ width: 99999, theme: "neon" }).width, UI.DEFAULT_SETTINGS.width);
});

const report = {
  published: "2017-10-30", published_source: "option",
  attributions: [
    { cue: { start: 20, end: 24, text: "said" }, source: { start: 10, end: 19, text: "The envoy" }, speaker: "The envoy", source_id: 0, content: { start: 30, end: 40, text: "talks work" }, kind: "indirect", anonymous: false },
    { cue: { start: 50, end: 54, text: "told" }, source: null, speaker: null, source_id: null, content: null, kind: "direct", anonymous: true },
  ],
  sources: [{ id: 0, name: "", kind: "official", anonymous: false, mentions: [{ start: 10, end: 19, text: "The envoy" }], attributions: [0], chars: 10, share: 0.25 }],
  distancing: [{ start: 60, end: 69, text: "so-called", kind: "so-called" }],
  dates: [{ start: 70, end: 76, text: "Sunday", value: "2017-10-29", relative: true, anchor: "2017-10-30" }],
  places: [{ start: 80, end: 85, text: "Raqqa", name: "Raqqa", country: "SY", lat: 35.95, lon: 39.01, kind: "city" }, { start: 90, end: 95, text: "Raqqa", name: "Raqqa", country: "SY", lat: 35.95, lon: 39.01, kind: "city" }],
  profile: { attributions: 2, direct: 1, indirect: 1, mixed: 0, named: 1, anonymous: 1, sources: 1, anonymous_sources: 0, share_anonymous: 0.5, share_direct: 0.5, share_attributed: 0.25 },
  stats: { words: 20 }, warnings: [],
};

test("spans: one per category and position, keyed to their sidebar entries", () => {
  const spans = UI.spansOf(report);
  const byCat = (c) => spans.filter((s) => s.cat === c).map((s) => s.key);
  assert.deepEqual(byCat("cue"), ["attr:0", "attr:1"]);
  assert.deepEqual(byCat("source"), ["attr:0"], "a mention equal to an attribution's source is not doubled");
  assert.deepEqual(byCat("place"), ["place:0", "place:1"]);
  assert.deepEqual(UI.spansForKey(report, "source:0"), [{ start: 10, end: 19, text: "The envoy" }]);
  assert.match(UI.describe(report, { key: "place:0", cat: "place" }), /🇸🇾 Raqqa, Syria — city/u);
  assert.match(UI.describe(report, { key: "date:0", cat: "date" }), /Sun 29 Oct 2017 \(relative to Mon 30 Oct 2017\)/);
  assert.equal(UI.flag("fr"), "🇫🇷");
  assert.equal(UI.flag("<b>"), "");
  assert.equal(UI.formatDate("2017-10"), "Oct 2017");
});

test("exports: JSON keeps the Report and the text; Markdown summarises it, page text escaped", () => {
  const json = JSON.parse(UI.toJSON(report, { title: "T", url: "http://x/", text: "abc", version: "0.1.0" }));
  assert.equal(json.tool, "sourcelens");
  assert.equal(json.text, "abc");
  assert.deepEqual(json.report, report);
  const md = UI.toMarkdown({ ...report, attributions: [{ ...report.attributions[0], content: { start: 0, end: 5, text: "<img src=x> *bold*" } }, report.attributions[1]] }, { title: "Title [x](y)" });
  assert.match(md, /^# sourcelens: Title \\\[x\\\]\(y\)/);
  assert.match(md, /\\<img src=x\\> \\\*bold\\\*/);
  assert.match(md, /### The envoy — official: 1 claim, 25% of the text/, "an empty source name falls back to its mention");
  assert.match(md, /### Speaker not resolved/);
  assert.match(md, /🇸🇾 Raqqa \(SY\), city: 2 mentions/u);
  assert.match(md, /GeoNames/);
});

test("CSV: one row per attribution with the CLI's columns, quoted and defused for spreadsheets", () => {
  const csv = UI.toCSV({ ...report, attributions: [...report.attributions, { cue: { start: 0, end: 4, text: "said" }, source: { start: 5, end: 9, text: "=1+1" }, speaker: 'He said "no", twice', source_id: null, content: { start: 10, end: 20, text: "line\r\nbreak" }, kind: "mixed", anonymous: false }] }, { url: "https://news.example.org/a?b=1,2" });
  assert.ok(csv.startsWith("\ufeffid,source,speaker,cue,content,kind,anonymous,start,end\r\n"), csv.slice(0, 80));
  assert.deepEqual(UI.CSV_COLUMNS, ["id", "source", "speaker", "cue", "content", "kind", "anonymous", "start", "end"]);
  const rows = csv.slice(1).split("\r\n");
  assert.equal(rows.length, 1 + 3 + 1, "header, three attributions, the final CRLF");
  const id = '"https://news.example.org/a?b=1,2"';
  assert.equal(rows[1], `${id},The envoy,The envoy,said,talks work,indirect,false,20,24`, "the article's address, quoted; the cue's offsets");
  assert.equal(rows[2], `${id},,,told,,direct,true,50,54`, "no source span, no speaker, no content");
  assert.equal(rows[3], `${id},'=1+1,"He said ""no"", twice",said,"line\nbreak",mixed,false,0,4`, "start/end are the cue's");
});

test("settings: colours are #rrggbb or the palette, sites are host names; the highlight CSS is built from them", () => {
  const s = UI.mergeSettings({ colors: { source: "#ABCDEF", cue: "red", place: "#12345", __proto__: { date: "#000000" } }, autoRun: ["news.example.org", "https://x.org", "news.example.org", 5, "127.0.0.1"] });
  assert.equal(s.colors.source, "#abcdef");
  assert.equal(s.colors.cue, UI.SAFE_PALETTE.cue, "a name is not a colour");
  assert.equal(s.colors.place, UI.SAFE_PALETTE.place);
  assert.equal(s.colors.date, UI.SAFE_PALETTE.date, "inherited values are not read");
  assert.deepEqual(s.autoRun, ["news.example.org", "127.0.0.1"]);
  assert.equal(UI.sitePattern("news.example.org"), "*://news.example.org/*");
  assert.equal(UI.siteOf("https://News.Example.org/world?id=1"), "news.example.org");
  for (const bad of ["", "ftp://x.org", "user@x.org", "x", "<script>.org", "a b.org"]) assert.equal(UI.siteOf(bad), null, bad);
  const css = UI.highlightCss({ ...UI.SAFE_PALETTE, source: "#ff0000" }, false);
  assert.match(css, /::highlight\(sourcelens-source\) \{ background-color: rgba\(255, 0, 0, 0\.16\); text-decoration: underline solid 2px rgb\(191, 0, 0\); \}/);
  for (const c of UI.CATEGORIES) assert.match(css, new RegExp(`::highlight\\(${c.highlight}\\)`));
  assert.match(css, /::highlight\(sourcelens-date\) \{[^}]*dashed/);
  assert.match(css, /::highlight\(sourcelens-place\) \{[^}]*dotted/);
  assert.match(css, /::highlight\(sourcelens-distancing\) \{[^}]*wavy/);
  assert.doesNotMatch(UI.highlightCss({ source: "red;}body{display:none" }), /display:none/, "only #rrggbb gets into the CSS");
  assert.notEqual(UI.highlightCss(UI.SAFE_PALETTE, true), UI.highlightCss(UI.SAFE_PALETTE, false), "dark pages get their own lines");
});

test("rule registry: a '+'-joined rule is explained part by part; unknown parts show their id", () => {
  const reg = UI.ruleRegistry([
    { id: "gazetteer", category: "place", description: "A name found in the gazetteer.", example: "in Paris" },
    { id: "prep", category: "place", description: "After a preposition of place", example: "in Paris" },
    { id: "gazetteer", category: "date", description: "not this one", example: "" },
    { bogus: true },
  ]);
  const parts = reg.explain("gazetteer+prep+comma", "place");
  assert.deepEqual(parts.map((p) => [p.id, p.known]), [["gazetteer", true], ["prep", true], ["comma", false]]);
  assert.equal(parts[0].description, "A name found in the gazetteer.");
  assert.match(parts[2].description, /comma/);
  assert.equal(UI.whyText(reg, { rule: "gazetteer+prep" }, "place"), "Marked because: A name found in the gazetteer; After a preposition of place.");
  assert.equal(UI.whyText(reg, { rule: "" }, "place"), null);
  assert.equal(UI.whyText(UI.ruleRegistry(null), { rule: "subject-verb" }, "attribution"), "Marked because: rule “subject-verb”.");
  assert.deepEqual(UI.rulesUsedBy({ places: [{ rule: "gazetteer+prep" }], attributions: [], dates: [], distancing: [] }, [{ id: "gazetteer" }, { id: "prep" }, { id: "other" }]).map((r) => r.id), ["gazetteer", "prep"]);
});

test("W3C Web Annotations: the schema holds, selectors quote the text, and they re-anchor after edits", async () => {
  const { default: Ajv } = await import("ajv");
  const { readFileSync } = await import("node:fs");
  const schema = JSON.parse(readFileSync(join(ROOT, "tests/schemas/web-annotation.schema.json"), "utf8"));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const text = "The envoy said talks work. He told so-called Sunday Raqqa and Raqqa.".padEnd(100, " ");
  const r = { ...report, places: report.places.map((p, i) => ({ ...p, geonames_id: 163843, start: i ? 62 : 52, end: i ? 67 : 57, text: "Raqqa" })) };
  const coll = UI.toWebAnnotations(r, { text, title: "T", version: "0.1.0" });
  assert.ok(validate(coll), JSON.stringify(validate.errors));
  const items = coll.first.items;
  assert.equal(coll.total, items.length);
  assert.equal(items.length, 2 + 1 + 2 + 1, "two attributions, a date, two places, a distancing marker");
  for (const a of items) {
    const q = a.target.selector.find((s) => s.type === "TextQuoteSelector");
    const p = a.target.selector.find((s) => s.type === "TextPositionSelector");
    assert.equal(text.slice(p.start, p.end), q.exact);
    assert.equal(q.prefix, text.slice(Math.max(0, p.start - 32), p.start));
    assert.match(a.target.source, /^urn:sourcelens:text:[0-9a-f]{16}$/);
  }
  const place = items.find((a) => a.body.some((b) => b.value === "sourcelens:place"));
  assert.ok(place.body.some((b) => b.type === "SpecificResource" && b.source === "https://sws.geonames.org/163843/"));
  // the schema rejects what the model forbids
  const broken = structuredClone(coll);
  broken.first.items[0].target.selector[1].start = -1;
  delete broken.first.items[1].id;
  assert.equal(validate(broken), false);
  // re-anchoring: text inserted before, the second "Raqqa" found by its context, not its position
  const edited = "NEW WORDS " + text;
  const second = items.filter((a) => a.body.some((b) => b.value === "sourcelens:place"))[1];
  const at = UI.anchorOffsets(second, edited);
  assert.deepEqual(at, { start: 72, end: 77 });
  assert.equal(UI.anchorOffsets(second, "nothing here"), null);
});
