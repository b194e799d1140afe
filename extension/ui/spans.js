// The Report's findings as highlightable spans and sidebar keys.
//   in:  a Report (offsets in the text the page shows)
//   out: spans [{cat, key, start, end, text}], the spans and finding behind a key, the
//        one-line description of a highlight, places grouped by name
// Keys: "attr:<i>" (report.attributions[i]), "source:<id>", "date:<i>", "place:<i>", "dist:<i>".
import { t, count } from "./i18n.js";
import { clip } from "./dom.js";
import { flag, countryName, formatDate, sourceName, attributionKind, distancingKind, kindName, placeKind } from "./format.js";

/** Every highlightable span: [{cat, key, start, end, text}], deduplicated per category. */
export function spansOf(report) {
  const out = [];
  const seen = new Set();
  const add = (cat, key, sp) => {
    if (!sp || !(sp.end > sp.start)) return;
    const id = `${cat}:${sp.start}:${sp.end}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ cat, key, start: sp.start, end: sp.end, text: typeof sp.text === "string" ? sp.text : null });
  };
  (report.attributions || []).forEach((a, i) => {
    add("cue", `attr:${i}`, a.cue);
    add("source", `attr:${i}`, a.source);
    add("content", `attr:${i}`, a.content);
  });
  for (const src of report.sources || []) for (const m of src.mentions || []) add("source", `source:${src.id}`, m);
  (report.dates || []).forEach((d, i) => add("date", `date:${i}`, d));
  (report.places || []).forEach((p, i) => add("place", `place:${i}`, p));
  (report.distancing || []).forEach((d, i) => add("distancing", `dist:${i}`, d));
  return out;
}

/** The finding a key names and its category: {type, finding} (finding undefined when none). */
export function findingFor(report, key) {
  const [type, n] = String(key).split(":");
  const i = Number(n);
  if (type === "attr") return { type, category: "attribution", finding: report.attributions?.[i] };
  if (type === "source") return { type, category: "source", finding: (report.sources || []).find((x) => x.id === i) };
  if (type === "date") return { type, category: "date", finding: report.dates?.[i] };
  if (type === "place") return { type, category: "place", finding: report.places?.[i] };
  if (type === "dist") return { type, category: "distancing", finding: report.distancing?.[i] };
  return { type, category: null, finding: undefined };
}

/** The spans an item key points at (what to scroll to and flash). */
export function spansForKey(report, key) {
  const { type, finding } = findingFor(report, key);
  if (!finding) return [];
  if (type === "attr") return [finding.cue, finding.source, finding.content].filter(Boolean);
  if (type === "source") {
    return (finding.mentions || []).length ? finding.mentions : finding.attributions.map((k) => report.attributions[k]?.cue).filter(Boolean);
  }
  return [finding];
}

const anonymousNote = (kind, anonymous) => (anonymous && kind !== "anonymous" ? t("kindAndAnonymous", kindName(kind)) : kindName(kind));

/** One line of tooltip text per highlighted span (`entry`: {key, cat}). */
export function describe(report, entry) {
  const { type, finding } = findingFor(report, entry.key);
  if (!finding) return "";
  if (type === "attr") {
    const a = finding;
    const who = a.speaker || a.source?.text || t("unknownSpeaker");
    const src = a.source_id !== null && a.source_id !== undefined ? report.sources.find((x) => x.id === a.source_id) : null;
    const kind = src ? t("inParentheses", anonymousNote(src.kind, a.anonymous)) : a.anonymous ? t("inParentheses", t("anonymous")) : "";
    const role = t(entry.cat === "cue" ? "roleCue" : entry.cat === "source" ? "roleSource" : "roleClaim");
    return t("describeAttribution", who, kind ? " " + kind : "", role, clip(a.cue?.text, 40), attributionKind(a.kind));
  }
  if (type === "source") {
    return t("describeSource", sourceName(finding), anonymousNote(finding.kind, finding.anonymous), count(finding.attributions.length, "claimOne", "claimMany"));
  }
  if (type === "date") {
    const d = finding;
    if (!d.value) return t("describeDateUnresolved", clip(d.text, 40));
    return d.relative && d.anchor ? t("describeDateRelative", formatDate(d.value), formatDate(d.anchor)) : t("describeDate", formatDate(d.value));
  }
  if (type === "place") {
    const p = finding;
    const country = p.country ? countryName(p.country) : "";
    const name = country && country !== p.name ? t("placeInCountry", p.name, country) : p.name;
    return `${flag(p.country)} ${t("describePlace", name, placeKind(p.kind))}`.trim();
  }
  if (type === "dist") return t("describeDistancing", distancingKind(finding.kind), clip(finding.text, 40));
  return "";
}

/** Places grouped by name and country, most mentioned first: [{name, country, kind, lat, lon, indices}]. */
export function groupPlaces(report) {
  const groups = new Map();
  (report.places || []).forEach((p, i) => {
    const id = `${p.name}|${p.country || ""}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon, indices: [] }));
    g.indices.push(i);
  });
  return [...groups.values()].sort((a, b) => b.indices.length - a.indices.length || a.indices[0] - b.indices[0]);
}

/**
 * The findings in reading order, one stop per attribution, date, place and distancing marker
 * (what the next/previous-highlight keys walk through): [{key, cat: [categories], start}].
 */
export function stopsOf(report) {
  const out = [];
  const first = (...sp) => Math.min(...sp.filter(Boolean).map((x) => x.start));
  (report.attributions || []).forEach((a, i) => {
    const cats = [["cue", a.cue], ["source", a.source], ["content", a.content]].filter(([, sp]) => sp && sp.end > sp.start).map(([c]) => c);
    if (cats.length) out.push({ key: `attr:${i}`, cats, start: first(a.cue, a.source, a.content) });
  });
  (report.dates || []).forEach((d, i) => out.push({ key: `date:${i}`, cats: ["date"], start: d.start }));
  (report.places || []).forEach((p, i) => out.push({ key: `place:${i}`, cats: ["place"], start: p.start }));
  (report.distancing || []).forEach((d, i) => out.push({ key: `dist:${i}`, cats: ["distancing"], start: d.start }));
  return out.filter((s) => Number.isFinite(s.start)).sort((a, b) => a.start - b.start);
}
