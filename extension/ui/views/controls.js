// The controls of the sidebar: which categories are highlighted (with their colours), and the
// about box (theme, what runs where, keys, credits).
//   in:  the view context (sidebar.js)
//   out: a <fieldset>, a <details>
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { CATEGORIES } from "../settings.js";

export function filtersView(view) {
  const { doc, on, settings, changed } = view;
  const fs = h(doc, "fieldset", { class: "filters" }, h(doc, "legend", { text: t("filtersLegend") }));
  for (const c of CATEGORIES) {
    const cb = h(doc, "input", { type: "checkbox", "data-filter": c.id });
    cb.checked = settings.filters[c.id] !== false;
    on(cb, "change", () => {
      settings.filters[c.id] = cb.checked;
      changed();
    });
    fs.append(h(doc, "label", { title: t(c.hint) }, cb, h(doc, "span", { class: `swatch line-${c.line}`, "aria-hidden": "true", style: `--swatch: var(--hl-${c.id})` }), t(c.label)));
  }
  return fs;
}

export function aboutView(view) {
  const { doc, on, settings, changed, applyTheme, page } = view;
  const sel = h(doc, "select", { "aria-label": t("themeLabel") },
    ["auto", "light", "dark"].map((th) => h(doc, "option", { value: th, text: t(th === "auto" ? "themeAuto" : th === "light" ? "themeLight" : "themeDark") })));
  sel.value = settings.theme;
  on(sel, "change", () => {
    settings.theme = sel.value;
    applyTheme();
    changed();
  });
  const version = view.version();
  return h(doc, "details", { class: "about" },
    h(doc, "summary", { text: t("aboutSummary") }),
    h(doc, "label", null, t("themeColon"), sel),
    h(doc, "p", { text: t("aboutPrivacy", version ? " " + version : "") }),
    h(doc, "p", { text: t(page ? "keysHelpPage" : "keysHelp") }),
    h(doc, "p", { text: t("credits") }),
  );
}
