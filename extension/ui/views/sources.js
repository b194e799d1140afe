// The sources, most quoted first, each with its kind, an anonymous badge and its claims;
// claims whose speaker was not resolved come last.
//   in:  the view context (sidebar.js), a Report
//   out: the section's content
import { h, clip } from "../dom.js";
import { t, count, pct } from "../i18n.js";
import { sourceName, attributionKind, kindName } from "../format.js";

export function sourcesView(view, r) {
  const { doc, entry, item, capped, CLAIMS_CAP } = view;
  const srcs = [...r.sources].sort((a, b) => b.attributions.length - a.attributions.length || b.share - a.share);
  const orphans = r.attributions.map((a, i) => [a, i]).filter(([a]) => a.source_id === null || a.source_id === undefined);
  if (!srcs.length && !orphans.length) return [h(doc, "p", { class: "empty", text: t("noSources") })];
  const claim = (i) => {
    const a = r.attributions[i];
    if (!a) return null;
    const label = t("claimLabel", a.speaker || a.source?.text || t("unknownSpeaker"), a.cue.text, a.content ? ": " + clip(a.content.text, 160) : "");
    return entry(`attr:${i}`, [
      h(doc, "span", { class: "cue", text: a.cue.text }),
      h(doc, "span", { class: "badge", text: attributionKind(a.kind) }),
      a.content ? h(doc, "div", { class: "quote", text: t("quoted", clip(a.content.text, 160)) }) : null,
    ], label);
  };
  const render = (src) => {
    const kind = src.anonymous && src.kind !== "anonymous" ? t("kindAndAnonymous", kindName(src.kind)) : kindName(src.kind);
    const claims = count(src.attributions.length, "claimOne", "claimMany");
    const label = t("sourceLabel", sourceName(src), kind, claims, pct(src.share));
    const list = capped(src.attributions, claim, t("claimsOf", sourceName(src)), { cap: CLAIMS_CAP, className: "claims" });
    return h(doc, "li", null,
      item(`source:${src.id}`, [
        h(doc, "span", { class: "src-name", text: sourceName(src) }),
        src.kind !== "anonymous" || !src.anonymous ? h(doc, "span", { class: "badge", text: kindName(src.kind) }) : null,
        src.anonymous ? h(doc, "span", { class: "badge anon", text: t("anonymous") }) : null,
        h(doc, "div", { class: "meta", text: t("sourceMeta", claims, pct(src.share)) }),
      ], label),
      list);
  };
  const out = capped(srcs, render, t("sectionSources"));
  if (orphans.length) {
    out.push(h(doc, "p", { class: "meta", text: t("speakerUnresolvedColon") }), ...capped(orphans.map(([, i]) => i), claim, t("unresolvedClaimsLabel"), { cap: CLAIMS_CAP, className: "claims" }));
  }
  return out;
}
