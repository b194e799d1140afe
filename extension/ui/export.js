// Exports of an analysis: JSON (the Report itself), Markdown (a readable summary), CSV (one
// row per attribution, the same columns as the CLI's CSV).
//   in:  a Report and meta {title, url, version, method, text, publishedFrom} (all optional)
//   out: the file's text
import { t, count, pct } from "./i18n.js";
import { clip } from "./dom.js";
import { flag, sourceName, attributionKind, distancingKind, kindName, placeKind } from "./format.js";
import { groupPlaces } from "./spans.js";

export function toJSON(report, meta = {}) {
  return JSON.stringify(
    {
      tool: "sourcelens",
      version: meta.version || null,
      url: meta.url || null,
      title: meta.title || null,
      published: report.published ?? null,
      extraction: meta.method || null,
      text: meta.text ?? null,
      report,
    },
    null,
    2,
  );
}

const mdText = (x) => String(x || "").replace(/\s+/g, " ").replace(/([\\`*_[\]<>|])/g, "\\$1").trim();

export function toMarkdown(report, meta = {}) {
  const L = [];
  const p = report.profile || {};
  L.push(`# ${t("mdTitle", mdText(meta.title || t("mdArticle")))}`, "");
  if (meta.url) L.push(`<${meta.url}>`, "");
  // meta.publishedFrom (optional): where the caller's published date came from
  const from = meta.publishedFrom || (report.published_source === "option" ? t("mdFromMetadata") : report.published_source);
  L.push(report.published && from ? t("mdPublishedFrom", report.published, from) : t("mdPublished", report.published || t("mdUnknown")));
  L.push(t("mdAnalysed", meta.version ? " " + meta.version : "", report.stats?.words ?? "?"), "");
  L.push(`## ${t("glanceTitle")}`, "");
  L.push(`- ${t("mdAttributions", count(p.attributions || 0, "attributionOne", "attributionMany"), p.direct || 0, p.indirect || 0, p.mixed || 0)}`);
  L.push(`- ${t("mdNamedAnonymous", p.named || 0, p.anonymous || 0, pct(p.share_anonymous))}`);
  L.push(`- ${t("mdSources", count(p.sources || 0, "sourceOne", "sourceMany"), p.anonymous_sources || 0)}`);
  L.push(`- ${t("mdShareAttributed", pct(p.share_attributed))}`, "");
  L.push(`## ${t("sectionSources")}`, "");
  const srcs = [...(report.sources || [])].sort((a, b) => b.attributions.length - a.attributions.length || b.share - a.share);
  if (!srcs.length) L.push(t("mdNone"), "");
  for (const src of srcs) {
    const kind = src.anonymous && src.kind !== "anonymous" ? t("kindAndAnonymous", kindName(src.kind)) : kindName(src.kind);
    L.push(`### ${t("mdSourceHeading", mdText(sourceName(src)), kind, count(src.attributions.length, "claimOne", "claimMany"), pct(src.share))}`, "");
    for (const k of src.attributions) {
      const a = report.attributions[k];
      if (!a) continue;
      L.push(`- *${mdText(a.cue.text)}* (${attributionKind(a.kind)})${a.content ? `: “${mdText(clip(a.content.text, 280))}”` : ""}`);
    }
    L.push("");
  }
  const orphan = (report.attributions || []).filter((a) => a.source_id === null || a.source_id === undefined);
  if (orphan.length) {
    L.push(`### ${t("speakerUnresolved")}`, "");
    for (const a of orphan) L.push(`- *${mdText(a.cue.text)}*${a.content ? `: “${mdText(clip(a.content.text, 280))}”` : ""}`);
    L.push("");
  }
  L.push(`## ${t("sectionDistancing")}`, "");
  if (!(report.distancing || []).length) L.push(t("mdNone"));
  for (const d of report.distancing || []) L.push(`- ${distancingKind(d.kind)}: “${mdText(d.text)}”`);
  L.push("", `## ${t("sectionTimeline")}`, "");
  const dates = [...(report.dates || [])].sort((a, b) => (a.value || "9999").localeCompare(b.value || "9999"));
  if (!dates.length) L.push(t("mdNone"));
  for (const d of dates) L.push(`- ${d.value || t("dateUnresolved")}: “${mdText(d.text)}”${d.relative ? ` (${t("relative")})` : ""}`);
  L.push("", `## ${t("sectionPlaces")}`, "");
  const groups = groupPlaces(report);
  if (!groups.length) L.push(t("mdNone"));
  for (const g of groups) {
    L.push(`- ${flag(g.country)} ${mdText(g.name)}${g.country ? ` (${g.country})` : ""}, ${placeKind(g.kind)}: ${count(g.indices.length, "mentionOne", "mentionMany")}`.replace(/^- {2}/, "- "));
  }
  L.push("", "---", t("mdCredits"), "");
  return L.join("\n");
}

/**
 * The columns of the CSV, one row per attribution (the CLI writes the same):
 *   id        the article: the page's address (the CLI: the record's id or the file's path);
 *             empty for a pasted text
 *   source    the source as the article words it at the cue ("the ministry"; empty when none)
 *   speaker   the resolved speaker
 *   cue       the cue phrase ("said", "according to")
 *   content   the reported material
 *   kind      direct | indirect | mixed
 *   anonymous true | false
 *   start,end the cue's offsets in the analysed text (the Report's unit)
 */
export const CSV_COLUMNS = ["id", "source", "speaker", "cue", "content", "kind", "anonymous", "start", "end"];

/**
 * The attributions as CSV (RFC 4180: comma, double quotes, CRLF; UTF-8 with a BOM so that
 * spreadsheets detect the encoding). Text cells beginning with = + - @ or a tab get a
 * leading ' (spreadsheet formula injection).
 */
export function toCSV(report, meta = {}) {
  const cell = (v) => {
    if (v === null || v === undefined) return "";
    if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
    if (typeof v === "boolean") return v ? "true" : "false";
    let s = String(v).replace(/\r\n?/g, "\n");
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [CSV_COLUMNS.join(",")];
  const article = typeof meta.url === "string" ? meta.url : "";
  (report.attributions || []).forEach((a) => {
    const cue = a.cue && Number.isFinite(a.cue.start) && Number.isFinite(a.cue.end) ? a.cue : null;
    const row = {
      id: article,
      source: a.source?.text ?? "",
      speaker: a.speaker ?? "",
      cue: a.cue?.text ?? "",
      content: a.content?.text ?? "",
      kind: a.kind,
      anonymous: !!a.anonymous,
      start: cue ? cue.start : null,
      end: cue ? cue.end : null,
    };
    rows.push(CSV_COLUMNS.map((c) => cell(row[c])).join(","));
  });
  return "\ufeff" + rows.join("\r\n") + "\r\n";
}
