// The places: a map fitted to them (map.js), then the list grouped by place, most mentioned
// first, with flags; a marker and its list entry select each other and show the mentions.
//   in:  the view context (sidebar.js), a Report
//   out: the section's content
import { h } from "../dom.js";
import { t, count } from "../i18n.js";
import { flag, countryName, placeKind } from "../format.js";
import { groupPlaces } from "../spans.js";
import { placesMap } from "../map.js";

export function placesView(view, r) {
  const { doc, on, entry, reg, capped, activate, explain } = view;
  if (!r.places.length) return [h(doc, "p", { class: "empty", text: t("noPlaces") })];
  const groups = groupPlaces(r);
  const out = [];
  const where = (g) => {
    const country = g.country ? countryName(g.country) : "";
    return country && country !== g.name ? t("placeInCountry", g.name, country) : g.name;
  };
  const located = groups.filter((g) => Number.isFinite(g.lat) && Number.isFinite(g.lon)).length;
  const map = placesMap(doc, groups, {
    on,
    title: count(located, "mapLabelOne", "mapLabelMany"),
    label: (g) => t("markerLabel", where(g), count(g.indices.length, "mentionOne", "mentionMany")),
    onMarker: (g, c) => activate(g.indices.map((i) => `place:${i}`), null, c),
  });
  const reasons = h(doc, "div", { class: "reasons", hidden: true }); // the markers' descriptions (aria-describedby)
  for (const [g, c] of map.markers) explain(c, g.indices.map((i) => `place:${i}`), reasons);
  out.push(map.element, reasons);
  out.push(...capped(groups, (g) => {
    const country = g.country ? countryName(g.country) : "";
    const keys = g.indices.map((i) => `place:${i}`);
    const li = entry(keys, [
      h(doc, "span", { class: "flag", "aria-hidden": "true", text: flag(g.country) || "◦" }),
      h(doc, "span", { text: g.name }),
      country && country !== g.name ? h(doc, "span", { class: "meta", text: t("placeCountrySuffix", country) }) : null,
      h(doc, "span", { class: "badge", text: placeKind(g.kind) }),
      g.indices.length > 1 ? h(doc, "span", { class: "badge", text: t("timesMentioned", g.indices.length) }) : null,
    ], t("placeLabel", where(g), placeKind(g.kind), count(g.indices.length, "mentionOne", "mentionMany")));
    const marker = map.markers.get(g);
    if (marker) for (const k of keys) reg(k, marker);
    return li;
  }, t("sectionPlaces")));
  return out;
}
