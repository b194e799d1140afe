// Distancing language ("so-called", scare quotes, "alleged", "claims of"), each in its
// sentence.
//   in:  the view context (sidebar.js), a Report
//   out: the section's content
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { distancingKind } from "../format.js";

export function distancingView(view, r) {
  const { doc, entry, capped, context } = view;
  if (!r.distancing.length) return [h(doc, "p", { class: "empty", text: t("noDistancing") })];
  return capped(r.distancing.map((d, i) => [d, i]), ([d, i]) =>
    entry(`dist:${i}`, [h(doc, "span", { class: "dist-kind", text: distancingKind(d.kind) }), context(d)], t("distancingLabel", distancingKind(d.kind), d.text)),
  t("distancingListLabel"));
}
