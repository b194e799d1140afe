// "Why is this marked?": the rule registry of the core, read for the reader.
//   in:  the registry as the wasm's `rules()` returns it ([{id, category, description,
//        example}]; null when the core has none), a finding's `rule` string
//   out: one readable explanation per part of the rule
// A rule string may join several ids with "+": the base rule, then the evidence that
// confirmed it ("gazetteer+comma+prep"). Each part is explained; a part the registry does not
// know is shown by its id, so an explanation is never silently missing.
import { t } from "./i18n.js";

/** The registry keyed by "category:id" and by id alone (the first entry of an id wins). */
export function ruleRegistry(list) {
  const byCategory = new Map();
  const byId = new Map();
  for (const r of Array.isArray(list) ? list : []) {
    if (!r || typeof r.id !== "string" || typeof r.description !== "string") continue;
    const entry = { id: r.id, category: typeof r.category === "string" ? r.category : "", description: r.description, example: typeof r.example === "string" ? r.example : "" };
    byCategory.set(`${entry.category}:${entry.id}`, entry);
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  return {
    size: byId.size,
    /** [{id, description, known}] for each "+"-part of `rule` (a finding of `category`). */
    explain(rule, category) {
      if (typeof rule !== "string" || !rule.trim()) return [];
      return rule.split("+").map((part) => part.trim()).filter(Boolean).map((id) => {
        // the base rule in the finding's category, its evidence in "<category>-evidence"
        const hit = byCategory.get(`${category}:${id}`) || byCategory.get(`${category}-evidence:${id}`) || byId.get(id);
        return hit ? { id, description: hit.description, example: hit.example, known: true } : { id, description: t("ruleUnknown", id), example: "", known: false };
      });
    },
  };
}

/** The registry entries a Report uses (what the background sends with it). */
export function rulesUsedBy(report, list) {
  const ids = new Set();
  for (const k of ["attributions", "dates", "places", "distancing"]) {
    for (const f of report?.[k] || []) if (typeof f?.rule === "string") for (const p of f.rule.split("+")) ids.add(p.trim());
  }
  return (Array.isArray(list) ? list : []).filter((r) => r && ids.has(r.id));
}

/** "Marked because: …" for a finding (null when it carries no rule). */
export function whyText(registry, finding, category) {
  const parts = registry.explain(finding?.rule, category);
  if (!parts.length) return null;
  return t("markedBecause", parts.map((p) => p.description.trim().replace(/\.$/, "")).join(t("ruleJoiner")));
}
