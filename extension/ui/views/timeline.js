// The timeline: resolved dates in calendar order (relative ones marked), then the dates that
// could not be resolved; the published date they were resolved against.
//   in:  the view context (sidebar.js), a Report
//   out: the section's content
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { formatDate } from "../format.js";

export function timelineView(view, r) {
  const { doc, entry, capped, context, LIST_CAP } = view;
  if (!r.dates.length) return [h(doc, "p", { class: "empty", text: t("noDates") })];
  const resolved = r.dates.map((d, i) => [d, i]).filter(([d]) => d.value).sort((a, b) => a[0].value.localeCompare(b[0].value) || a[1] - b[1]);
  const unresolved = r.dates.map((d, i) => [d, i]).filter(([d]) => !d.value);
  const row = ([d, i]) =>
    entry(`date:${i}`, [
      d.value ? h(doc, "time", { datetime: d.value, text: formatDate(d.value) }) : null,
      d.relative ? h(doc, "span", { class: "badge rel", text: t("relative") }) : null,
      h(doc, "div", null, context(d, 28)),
    ], d.value ? t("dateLabel", formatDate(d.value), d.text) : t("dateUnresolvedLabel", d.text));
  const out = [];
  if (r.published) out.push(h(doc, "p", { class: "meta", text: t(r.published_source === "dateline" ? "publishedDateline" : "publishedNote", formatDate(r.published)) }));
  if (resolved.length) {
    const ul = h(doc, "ul", { class: "timeline", "aria-label": t("timelineLabel") });
    for (const x of resolved.slice(0, LIST_CAP)) ul.append(row(x));
    out.push(ul);
  }
  if (unresolved.length) {
    out.push(h(doc, "p", { class: "meta", text: t("unresolvedHeading") }));
    out.push(...capped(unresolved, row, t("unresolvedLabel")));
  }
  return out;
}
