// The sourcing profile at a glance: named vs anonymous, quoted vs paraphrased, and the share
// of the article resting on each source.
//   in:  the view context (sidebar.js), a Report
//   out: the section's content
import { h } from "../dom.js";
import { t, pct } from "../i18n.js";
import { sourceName } from "../format.js";

export function glanceView(view, r) {
  const { doc } = view;
  const p = r.profile || {};
  const total = (p.named || 0) + (p.anonymous || 0);
  const direct = (p.direct || 0) + (p.mixed || 0);
  const dtotal = direct + (p.indirect || 0);
  const bar = (a, b, ca, cb, label) =>
    h(doc, "div", { class: "bar", role: "img", "aria-label": label },
      h(doc, "span", { class: ca, style: `width:${a + b ? (100 * a) / (a + b) : 0}%` }),
      h(doc, "span", { class: cb, style: `width:${a + b ? (100 * b) / (a + b) : 0}%` }));
  const out = h(doc, "div", { class: "glance" });
  if (!r.attributions.length) {
    out.append(h(doc, "p", { class: "empty", text: t("noAttributions") }));
    return out;
  }
  const share = (n, of) => (of ? pct(n / of) : pct(0));
  out.append(
    h(doc, "h4", { text: t("namedVsAnonymous") }),
    bar(p.named || 0, p.anonymous || 0, "a", "b", t("namedVsAnonymousLabel", p.named || 0, p.anonymous || 0, pct(p.share_anonymous))),
    h(doc, "div", { class: "legend", "aria-hidden": "true" }, h(doc, "span", { text: t("legendNamed", p.named || 0) }), h(doc, "span", { text: t("legendAnonymous", p.anonymous || 0, share(p.anonymous || 0, total)) })),
    h(doc, "h4", { text: t("quotedVsParaphrased") }),
    bar(direct, p.indirect || 0, "c", "d", t("quotedVsParaphrasedLabel", direct, p.indirect || 0)),
    h(doc, "div", { class: "legend", "aria-hidden": "true" }, h(doc, "span", { text: t("legendQuoted", direct) }), h(doc, "span", { text: t("legendParaphrased", p.indirect || 0, share(p.indirect || 0, dtotal)) })),
    h(doc, "h4", { text: t("shareHeading", pct(p.share_attributed)) }),
  );
  const srcs = [...r.sources].sort((a, b) => b.share - a.share || b.attributions.length - a.attributions.length).slice(0, 8);
  const max = Math.max(0.0001, ...srcs.map((x) => x.share));
  const ul = h(doc, "ul", { class: "shares", "aria-label": t("sharesLabel") });
  for (const x of srcs) {
    ul.append(h(doc, "li", { "aria-label": t("shareOfSource", sourceName(x), pct(x.share)) },
      h(doc, "span", { class: "nm", title: sourceName(x), text: sourceName(x) }),
      h(doc, "span", { class: "mini", "aria-hidden": "true" }, h(doc, "span", { class: x.anonymous ? "anon" : "", style: `width:${(100 * x.share) / max}%` })),
      h(doc, "span", { class: "v", "aria-hidden": "true", text: pct(x.share) })));
  }
  out.append(ul);
  return out;
}
