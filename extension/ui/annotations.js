// W3C Web Annotation export (the model Hypothesis uses) and re-anchoring.
//   in:  a Report, meta {url, title, version, text}, and locate(span) -> {start, end} in the
//        document the annotations target (default: the analysed text itself)
//   out: an AnnotationCollection (JSON-LD) with one Annotation per finding (attribution,
//        date, place, distancing marker), each targeting its words with a TextQuoteSelector
//        (exact + 32 characters of prefix and suffix) and a TextPositionSelector; and, back,
//        the offsets or the DOM Range an annotation's selectors point at.
// In the extension the target is the page: positions count UTF-16 units of
// document.body.textContent (as Hypothesis counts them), so the annotations re-anchor on the
// page whatever sourcelens's own extraction does.
import { t } from "./i18n.js";
import { describe, stopsOf, findingFor } from "./spans.js";
import { whyText } from "./rules.js";

/** The JSON-LD context of the Web Annotation Data Model (an identifier; nothing is fetched). */
export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/** GeoNames' identifiers of places (IRIs; nothing is fetched). */
const GEONAMES = "https://sws.geonames.org/";
const CONTEXT_CHARS = 32;

/** A random urn:uuid (crypto.getRandomValues works in every context, secure or not). */
function uuid() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = Array.from(b, (v) => v.toString(16).padStart(2, "0")).join("");
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** 64-bit FNV-1a of a string, hex: names a text that has no address. */
function fnv64(s) {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, "0");
}

/** Where `span` of the analysed `text` is, in that same text. */
export const locateInText = (text) => (span) => (span && span.end > span.start && span.end <= text.length ? { start: span.start, end: span.end } : null);

/** The two selectors of [start, end) of `doc` (the text the positions count in). */
function selectors(doc, start, end) {
  return [
    { type: "TextQuoteSelector", exact: doc.slice(start, end), prefix: doc.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: doc.slice(end, end + CONTEXT_CHARS) },
    { type: "TextPositionSelector", start, end },
  ];
}

/** The extent of a finding: an attribution from its first to its last span. */
function extentOf(report, key) {
  const { type, finding } = findingFor(report, key);
  if (!finding) return null;
  if (type !== "attr") return { start: finding.start, end: finding.end };
  const spans = [finding.cue, finding.source, finding.content].filter(Boolean);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

const CATEGORY_OF = { attr: "attribution", date: "date", place: "place", dist: "distancing" };
const ENTRY_CAT = { attr: "cue", date: "date", place: "place", dist: "distancing" };

/**
 * The findings of `report` as a W3C AnnotationCollection. `locate(span)` gives a finding's
 * [start, end) in `meta.documentText` (the text its TextPositionSelector counts in; default:
 * the analysed text, `meta.text`). `rules`: a ruleRegistry (for the "why" of each finding).
 */
export function toWebAnnotations(report, meta = {}, { locate = null, rules = null } = {}) {
  const analysed = meta.text ?? "";
  const doc = meta.documentText ?? analysed;
  const where = locate || locateInText(analysed);
  const source = meta.url || `urn:sourcelens:text:${fnv64(doc)}`;
  const created = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const generator = { type: "Software", name: `sourcelens${meta.version ? " " + meta.version : ""}` };
  const items = [];
  for (const stop of stopsOf(report)) {
    const [type] = stop.key.split(":");
    const { finding } = findingFor(report, stop.key);
    const pos = where(extentOf(report, stop.key));
    if (!pos || !(pos.end > pos.start)) continue;
    const category = CATEGORY_OF[type];
    const text = [describe(report, { key: stop.key, cat: ENTRY_CAT[type] })];
    const why = rules ? whyText(rules, finding, category) : null;
    if (why) text.push(why);
    const body = [
      { type: "TextualBody", purpose: "describing", value: text.join(" — "), format: "text/plain", language: t("locale") },
      { type: "TextualBody", purpose: "tagging", value: `sourcelens:${category}` },
    ];
    if (typeof finding.rule === "string" && finding.rule) body.push({ type: "TextualBody", purpose: "classifying", value: `sourcelens:rule:${finding.rule}` });
    if (type === "attr" && finding.anonymous) body.push({ type: "TextualBody", purpose: "tagging", value: "sourcelens:anonymous" });
    if (type === "date" && finding.value) body.push({ type: "TextualBody", purpose: "describing", value: finding.value, format: "text/plain" });
    if (type === "place" && Number.isInteger(finding.geonames_id)) body.push({ type: "SpecificResource", purpose: "identifying", source: `${GEONAMES}${finding.geonames_id}/` });
    items.push({
      "@context": ANNOTATION_CONTEXT,
      id: uuid(),
      type: "Annotation",
      motivation: "describing",
      created,
      generator,
      body,
      target: { source, selector: selectors(doc, pos.start, pos.end) },
    });
  }
  return {
    "@context": ANNOTATION_CONTEXT,
    id: uuid(),
    type: "AnnotationCollection",
    label: t("annotationsLabel", meta.title || meta.url || t("mdArticle")),
    total: items.length,
    first: { id: uuid(), type: "AnnotationPage", startIndex: 0, items },
  };
}

export function toWebAnnotationText(report, meta, options) {
  return JSON.stringify(toWebAnnotations(report, meta, options), null, 2);
}

// ---------------------------------------------------------------- anchoring

const selectorOf = (annotation, type) => {
  const target = Array.isArray(annotation?.target) ? annotation.target[0] : annotation?.target;
  const list = Array.isArray(target?.selector) ? target.selector : target?.selector ? [target.selector] : [];
  return list.find((s) => s && s.type === type) || null;
};

/** Length of the common suffix of a and b / prefix of a and b. */
function tailMatch(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function headMatch(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * [start, end) in `text` of what the annotation's selectors describe: the occurrence of the
 * quote whose prefix and suffix match best, the one at the recorded position on a tie (so an
 * unchanged text anchors where it was, and an edited one by its context); the position alone
 * when there is no quote; null when the quote is not there.
 */
export function anchorOffsets(annotation, text) {
  const quote = selectorOf(annotation, "TextQuoteSelector");
  const pos = selectorOf(annotation, "TextPositionSelector");
  const exact = typeof quote?.exact === "string" && quote.exact ? quote.exact : null;
  const validPos = pos && Number.isInteger(pos.start) && Number.isInteger(pos.end) && pos.start >= 0 && pos.end > pos.start && pos.end <= text.length;
  if (!exact) return validPos ? { start: pos.start, end: pos.end } : null;
  const prefix = quote.prefix || "", suffix = quote.suffix || "";
  const context = (i) => tailMatch(text.slice(Math.max(0, i - prefix.length), i), prefix) + headMatch(text.slice(i + exact.length, i + exact.length + suffix.length), suffix);
  const full = prefix.length + suffix.length;
  if (validPos && text.slice(pos.start, pos.end) === exact && context(pos.start) === full) return { start: pos.start, end: pos.end };
  let best = null;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const score = context(i);
    const distance = validPos ? Math.abs(i - pos.start) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, end: i + exact.length, score, distance };
    if (score === full && distance === 0) break;
  }
  return best ? { start: best.start, end: best.end } : null;
}

/** The Text nodes under `root` with their offsets in root.textContent. */
export function textIndex(root) {
  const nodes = [];
  const parts = [];
  let n = 0;
  const w = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = w.nextNode(); node; node = w.nextNode()) {
    nodes.push({ node, start: n });
    parts.push(node.data);
    n += node.data.length;
  }
  return { text: parts.join(""), nodes };
}

/** The position in the index of offset `pos` (the node holding it; at a boundary the next one). */
function pointAt(index, pos, isEnd) {
  const ns = index.nodes;
  let lo = 0, hi = ns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ns[mid].start < pos || (!isEnd && ns[mid].start === pos)) lo = mid;
    else hi = mid - 1;
  }
  const e = ns[lo];
  return e ? { node: e.node, offset: Math.min(pos - e.start, e.node.data.length) } : null;
}

/** A DOM Range for [start, end) of root.textContent (`index` from textIndex(root)). */
export function rangeFromOffsets(index, start, end) {
  const a = pointAt(index, start, false), b = pointAt(index, end, true);
  if (!a || !b) return null;
  const r = a.node.ownerDocument.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** Offsets in root.textContent of a Range inside root (`index` from textIndex(root)). */
export function offsetsOfRange(index, range) {
  if (!index.byNode) index.byNode = new Map(index.nodes.map((e) => [e.node, e.start]));
  const a = index.byNode.get(range.startContainer), b = index.byNode.get(range.endContainer);
  if (a === undefined || b === undefined) return null;
  return { start: a + range.startOffset, end: b + range.endOffset };
}

/** The DOM Range under `root` (default: the document's body) an annotation points at, or null. */
export function anchorAnnotation(annotation, root = globalThis.document?.body, index = null) {
  const idx = index || textIndex(root);
  const at = anchorOffsets(annotation, idx.text);
  return at ? rangeFromOffsets(idx, at.start, at.end) : null;
}
