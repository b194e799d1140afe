// The options page (options_ui): which categories are highlighted and in what colours (the
// default is a colour-blind-safe palette), the sidebar's theme, the sites where sourcelens runs
// by itself, and the keyboard shortcuts. Settings go to chrome.storage.local "settings" (the
// same object the sidebar uses); the background follows the auto-run list.
// Auto-run: adding a site asks the browser for that site's permission at that moment
// (permissions.request on the reader's click, one host, both schemes); nothing is granted up
// front. Removing a site gives the permission back.
// Bundled by extension/build/build.mjs (esbuild) into options.js.
import { t } from "./ui/i18n.js";
import { CATEGORIES, SAFE_PALETTE, mergeSettings, sitePattern, siteOf, highlightCss, highlightName } from "./ui/settings.js";

const $ = (id) => document.getElementById(id);
let settings = mergeSettings(null);
let savedTimer = 0;

/** Fills every data-i18n element of the page (text, placeholder, aria-label). */
function localise() {
  document.documentElement.lang = t("locale");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel));
}

async function load() {
  try {
    settings = mergeSettings((await chrome.storage.local.get("settings")).settings);
  } catch {
    settings = mergeSettings(null);
  }
}

async function save(message = t("optionsSaved")) {
  settings = mergeSettings(settings);
  await chrome.storage.local.set({ settings });
  const el = $("saved");
  el.textContent = message;
  clearTimeout(savedTimer);
  savedTimer = setTimeout(() => (el.textContent = ""), 4000);
}

// ---------------------------------------------------------------- categories and colours

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [sheet];
const dark = matchMedia("(prefers-color-scheme: dark)");

/** The preview of each category: its name highlighted as pages will show it. */
function preview() {
  sheet.replaceSync(highlightCss(settings.colors, dark.matches));
  for (const c of CATEGORIES) {
    const node = document.querySelector(`[data-preview="${c.id}"]`)?.firstChild;
    if (!node) continue;
    const r = document.createRange();
    r.selectNodeContents(node);
    if (settings.filters[c.id]) CSS.highlights.set(highlightName(c.id), new Highlight(r));
    else CSS.highlights.delete(highlightName(c.id));
  }
}
dark.addEventListener("change", preview);

function renderCategories() {
  const body = $("categories").tBodies[0];
  body.replaceChildren();
  for (const c of CATEGORIES) {
    const row = document.createElement("tr");
    const name = document.createElement("th");
    name.scope = "row";
    name.id = `cat-${c.id}`;
    name.textContent = t(c.label);
    const hint = document.createElement("div");
    hint.className = "help";
    hint.textContent = t(c.hint);
    name.append(hint);

    const show = document.createElement("input");
    show.type = "checkbox";
    show.checked = settings.filters[c.id] !== false;
    show.dataset.filter = c.id;
    show.setAttribute("aria-label", t("optionsShowCategory", t(c.label)));
    show.addEventListener("change", () => {
      settings.filters[c.id] = show.checked;
      preview();
      save();
    });

    const colour = document.createElement("input");
    colour.type = "color";
    colour.value = settings.colors[c.id];
    colour.dataset.colour = c.id;
    colour.setAttribute("aria-label", t("optionsColourOf", t(c.label)));
    colour.addEventListener("input", () => {
      settings.colors[c.id] = colour.value;
      preview();
    });
    colour.addEventListener("change", () => {
      settings.colors[c.id] = colour.value;
      save();
    });

    const sample = document.createElement("span");
    sample.className = "preview";
    sample.dataset.preview = c.id;
    sample.textContent = t(c.label);
    const cells = [name, show, colour, sample].map((x, i) => {
      if (i === 0) return x;
      const td = document.createElement("td");
      td.append(x);
      return td;
    });
    row.append(...cells);
    body.append(row);
  }
  preview();
}

$("reset-colours").addEventListener("click", () => {
  settings.colors = { ...SAFE_PALETTE };
  for (const input of document.querySelectorAll("input[data-colour]")) input.value = settings.colors[input.dataset.colour];
  preview();
  save(t("optionsColoursReset"));
});

$("theme").addEventListener("change", (e) => {
  settings.theme = e.target.value;
  save();
});

// ---------------------------------------------------------------- auto-run sites

async function grantedPatterns() {
  try {
    return new Set((await chrome.permissions.getAll()).origins ?? []);
  } catch {
    return new Set();
  }
}

async function renderSites() {
  const granted = await grantedPatterns();
  const list = $("sites");
  list.replaceChildren();
  $("no-sites").hidden = settings.autoRun.length > 0;
  for (const site of settings.autoRun) {
    const li = document.createElement("li");
    li.dataset.site = site;
    const host = document.createElement("span");
    host.className = "host";
    host.textContent = site;
    const state = document.createElement("span");
    state.className = "state";
    const ok = granted.has(sitePattern(site));
    state.textContent = t(ok ? "optionsSiteActive" : "optionsSiteNoPermission");
    li.append(host, state);
    if (!ok) {
      const grant = document.createElement("button");
      grant.type = "button";
      grant.textContent = t("optionsGrant");
      grant.setAttribute("aria-label", t("optionsGrantSite", site));
      grant.addEventListener("click", () => request(site));
      li.append(grant);
    }
    const remove = document.createElement("button");
    remove.type = "button";
    remove.dataset.remove = site;
    remove.textContent = t("optionsRemove");
    remove.setAttribute("aria-label", t("optionsRemoveSite", site));
    remove.addEventListener("click", () => removeSite(site));
    li.append(remove);
    list.append(li);
  }
}

/** Asks the browser for one site's permission (call it straight from the reader's click). */
async function request(site) {
  let granted = false;
  try {
    granted = await chrome.permissions.request({ origins: [sitePattern(site)] });
  } catch (e) {
    $("site-error").textContent = t("optionsRequestFailed", String(e?.message ?? e));
    return false;
  }
  if (!granted) $("site-error").textContent = t("optionsDenied", site);
  await renderSites();
  return granted;
}

$("add-site").addEventListener("submit", async (e) => {
  e.preventDefault();
  const input = $("site");
  const site = siteOf(input.value);
  $("site-error").textContent = "";
  input.removeAttribute("aria-invalid");
  if (!site) {
    $("site-error").textContent = t("optionsBadSite", input.value.trim());
    input.setAttribute("aria-invalid", "true");
    input.focus();
    return;
  }
  if (settings.autoRun.includes(site)) {
    $("site-error").textContent = t("optionsSiteKnown", site);
    return;
  }
  // the permission first, while the click still counts as the reader's gesture
  if (!(await request(site))) return;
  settings.autoRun = [...settings.autoRun, site];
  await save(t("optionsSiteAdded", site));
  input.value = "";
  await renderSites();
});

async function removeSite(site) {
  settings.autoRun = settings.autoRun.filter((s) => s !== site);
  try {
    await chrome.permissions.remove({ origins: [sitePattern(site)] });
  } catch {
    /* already gone */
  }
  await save(t("optionsSiteRemoved", site));
  await renderSites();
  $("site").focus();
}

// ---------------------------------------------------------------- shortcuts

const COMMAND_NAMES = { _execute_action: "commandToggle", "next-highlight": "commandNext", "previous-highlight": "commandPrevious" };

async function renderShortcuts() {
  const dl = $("shortcuts");
  dl.replaceChildren();
  let commands = [];
  try {
    commands = await chrome.commands.getAll();
  } catch {
    commands = [];
  }
  for (const c of commands) {
    const dt = document.createElement("dt");
    const key = document.createElement("kbd");
    key.textContent = c.shortcut || t("optionsNoShortcut");
    dt.append(key);
    const dd = document.createElement("dd");
    dd.textContent = c.description || (Object.hasOwn(COMMAND_NAMES, c.name) ? t(COMMAND_NAMES[c.name]) : c.name);
    dd.dataset.command = c.name;
    dl.append(dt, dd);
  }
  const firefox = typeof globalThis.browser !== "undefined" && /firefox/i.test(navigator.userAgent);
  $("shortcuts-help").textContent = t(firefox ? "optionsShortcutsFirefox" : "optionsShortcutsChrome");
}

// ---------------------------------------------------------------- start

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local" || !changes.settings) return;
  const next = mergeSettings(changes.settings.newValue);
  if (JSON.stringify(next) === JSON.stringify(settings)) return;
  settings = next;
  renderCategories();
  renderSites();
  $("theme").value = settings.theme;
});
chrome.permissions?.onAdded?.addListener(() => renderSites());
chrome.permissions?.onRemoved?.addListener(() => renderSites());

(async () => {
  localise();
  await load();
  $("theme").value = settings.theme;
  renderCategories();
  await renderSites();
  await renderShortcuts();
  document.body.dataset.ready = "true";
})();
