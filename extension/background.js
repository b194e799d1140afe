// sourcelens background (MV3 service worker in Chromium, background script in Firefox).
//
// Runs the wasm core, so that analysis works on pages whose CSP forbids WebAssembly. The
// toolbar button (or Alt+Shift+S, the `_execute_action` command) injects the content scripts
// into the active tab on demand (activeTab: no host permissions, no static content scripts);
// a second press toggles the overlay off. The content script sends the article text in one
// message and gets the Report back, with the rule registry entries it uses and the
// highlight style inserted for it (the reader's colours, from the settings).
//
// Other commands: next/previous highlight (sent on to the tab's content script). Sites the
// reader chose on the options page (each granted at that moment through
// permissions.request) get the content scripts registered, so that sourcelens runs there by
// itself.
//
// Service worker restarts: everything here is rebuilt on each start (listeners are
// registered synchronously, the wasm is initialised again
// at once); no state is needed between messages except the settings, which live in
// chrome.storage.local.
import * as core from "./pkg/sourcelens.js";
import "./ui.js"; // classic script, no DOM at load: settings, highlight CSS, rule helpers

const { mergeSettings, highlightCss, rulesUsedBy, sitePattern, t } = globalThis.SourcelensUI;

/** Classic scripts injected into the page, in this order (checked by the build). */
const INJECT = ["vendor/Readability.js","worldmap.js","ui.js","extract.js","content.js"];
/** Longest text accepted in one message (UTF-16 code units); the content script caps at
 *  300,000 (SourcelensExtract.MAX_CHARS), this is the backstop. */
const MAX_TEXT = 1_000_000;
/** The message types the content script sends; anything else is ignored (no answer). */
const TYPES = new Set(["analyze", "layout", "closed", "style"]);
const THEMES = new Set(["light", "dark"]);
const AUTORUN_ID = "sourcelens-autorun";
const COMMANDS = { "next-highlight": 1, "previous-highlight": -1 };

let ready = null;
/** The wasm, initialised once per service-worker life; a failed init is retried next time. */
function engine() {
  if (!ready) {
    ready = core.default({ module_or_path: new URL("./pkg/sourcelens_bg.wasm", import.meta.url) }).catch((e) => {
      ready = null;
      throw e;
    });
  }
  return ready;
}
// compile and instantiate while the browser is idle after start-up, not on the first click
// (running a first analysis here as well made the auto-run registration test fail in the
// full browser suite; left for later)
setTimeout(() => engine().catch(() => {}), 0);

let registry;
/** The core's rule registry (null when this core has none). */
function ruleRegistry() {
  if (registry === undefined) {
    try {
      registry = typeof core.rules === "function" ? core.rules() : null;
    } catch {
      registry = null;
    }
  }
  return registry;
}

async function loadSettings() {
  try {
    return mergeSettings((await chrome.storage.local.get("settings")).settings);
  } catch {
    return mergeSettings(null);
  }
}

/** Toggles sourcelens in a tab: toggle() when its scripts are there, else inject them. */
async function toggleIn(target) {
  const [probe] = await chrome.scripting.executeScript({
    target,
    func: () => {
      if (globalThis.__sourcelens) {
        globalThis.__sourcelens.toggle();
        return true;
      }
      return false;
    },
  });
  if (!probe?.result) {
    // tells the content script the reader asked (auto-run injections do not set it)
    await chrome.scripting.executeScript({ target, func: () => void (globalThis.__sourcelensOpenedBy = "action") });
    await chrome.scripting.executeScript({ target, files: INJECT });
  }
}

chrome.action.onClicked.addListener(async (tab) => {
  if (tab.id === undefined) return;
  const target = { tabId: tab.id };
  try {
    try {
      await toggleIn(target);
    } catch (e) {
      // the activeTab grant can trail the click event by a moment: one retry, then give up
      if (!/permission|cannot access/i.test(String(e?.message))) throw e;
      await new Promise((r) => setTimeout(r, 250));
      await toggleIn(target);
    }
  } catch (e) {
    // pages the browser does not let extensions touch (chrome://, the web store, PDFs)
    await chrome.action.setBadgeText({ tabId: tab.id, text: "–" }).catch(() => {});
    await chrome.action.setTitle({ tabId: tab.id, title: t("cannotRun", String(e?.message ?? e)) }).catch(() => {});
  }
});

// next/previous highlight: only to a tab where sourcelens runs (a tab without its content
// script has no listener, and the error is ignored)
chrome.commands?.onCommand?.addListener(async (command, tab) => {
  if (!Object.hasOwn(COMMANDS, command)) return;
  let tabId = tab?.id;
  if (!Number.isInteger(tabId)) [{ id: tabId } = {}] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (Number.isInteger(tabId)) chrome.tabs.sendMessage(tabId, { type: "step", dir: COMMANDS[command] }, { frameId: 0 }).catch(() => {});
});

/** The CSS that makes room for the sidebar (only when the page has none); built here from numbers. */
function layoutCss(l) {
  if (!l || !Number.isInteger(l.width) || l.width <= 0 || l.width > 4000) return null;
  return `html{margin-right:${l.width}px!important;}`;
}

/** A highlight style {theme, colors} with only valid values (colours through mergeSettings). */
function cleanStyle(s) {
  if (!s || typeof s !== "object" || Array.isArray(s)) return null;
  const theme = Object.hasOwn(s, "theme") ? s.theme : null;
  if (typeof theme !== "string" || !THEMES.has(theme)) return null;
  return { theme, colors: mergeSettings({ colors: Object.hasOwn(s, "colors") ? s.colors : null }).colors, plain: Object.hasOwn(s, "plain") && s.plain === true };
}
const styleCss = (style) => highlightCss(style.colors, style.theme === "dark", { lines: !style.plain });

/** Checks a message's shape; returns a cleaned copy or null (only own, typed fields are read). */
export function validate(msg) {
  if (!msg || typeof msg !== "object" || Array.isArray(msg) || !TYPES.has(msg.type)) return null;
  const field = (k) => (Object.hasOwn(msg, k) ? msg[k] : undefined);
  const layout = (l) =>
    l === null || l === undefined ? null : l && typeof l === "object" && Number.isInteger(l.width) && l.width >= 0 && l.width <= 4000 ? { width: l.width } : undefined;
  const style = (s) => (s === null || s === undefined ? null : cleanStyle(s) ?? undefined);
  switch (msg.type) {
    case "analyze": {
      const text = field("text");
      if (typeof text !== "string" || text.length > MAX_TEXT) return null;
      const day = (v) => v === null || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
      const published = field("published") ?? null;
      const updated = field("updated") ?? null;
      if (!day(published) || !day(updated)) return null;
      const theme = field("theme") ?? "light";
      if (typeof theme !== "string" || !THEMES.has(theme)) return null; // not "toString"/"__proto__"
      return { type: "analyze", text, published, updated, theme, css: field("css") === true, plain: field("plain") === true };
    }
    case "layout": {
      const from = layout(field("from")), to = layout(field("to"));
      if (from === undefined || to === undefined) return null;
      return { type: "layout", from, to };
    }
    case "style": {
      const from = style(field("from"));
      const theme = field("theme");
      if (from === undefined || typeof theme !== "string" || !THEMES.has(theme)) return null;
      return { type: "style", from, theme, plain: field("plain") === true };
    }
    case "closed": {
      const l = layout(field("layout"));
      const s = style(field("style"));
      if (l === undefined || s === undefined) return null;
      return { type: "closed", layout: l, style: s };
    }
    default:
      return null;
  }
}

/** Inserts the highlight CSS of the current settings for `theme`; returns the style used. */
async function insertStyle(target, theme, plain) {
  const style = { theme, colors: (await loadSettings()).colors, plain };
  await chrome.scripting.insertCSS({ target, css: styleCss(style) }).catch(() => {});
  return style;
}
const removeStyle = (target, style) => (style ? chrome.scripting.removeCSS({ target, css: styleCss(style) }).catch(() => {}) : Promise.resolve());

chrome.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  // only our own content scripts, in a tab's top frame (pages cannot reach this listener:
  // there is no externally_connectable and no onMessageExternal listener)
  if (sender.id !== chrome.runtime.id || !Number.isInteger(sender.tab?.id) || (sender.frameId ?? 0) !== 0) return false;
  // a type we do not know (a newer or older content script, or junk) is ignored: no answer
  if (!raw || typeof raw !== "object" || !TYPES.has(raw.type)) return false;
  const msg = validate(raw);
  if (!msg) {
    sendResponse({ ok: false, error: t("errorMalformed") });
    return false;
  }
  const tabId = sender.tab.id;
  const target = { tabId };
  if (msg.type === "analyze") {
    (async () => {
      const style = msg.css ? await insertStyle(target, msg.theme, msg.plain) : null;
      await engine();
      const report = core.analyze(msg.text, { published: msg.published, updated: msg.updated, offsets: "utf16" });
      chrome.action.setBadgeBackgroundColor({ tabId, color: "#3558a8" }).catch(() => {});
      chrome.action.setBadgeText({ tabId, text: String(report.sources.length) }).catch(() => {});
      const rules = ruleRegistry();
      return { ok: true, report, version: core.version(), rules: rules ? rulesUsedBy(report, rules) : null, style };
    })()
      .then(sendResponse)
      .catch((e) => sendResponse({ ok: false, error: String(e?.message ?? e) }));
    return true; // async response
  }
  if (msg.type === "style") {
    (async () => {
      await removeStyle(target, msg.from);
      return { ok: true, style: await insertStyle(target, msg.theme, msg.plain) };
    })().then(sendResponse);
    return true;
  }
  if (msg.type === "layout") {
    (async () => {
      const from = layoutCss(msg.from), to = layoutCss(msg.to);
      if (from === to) return;
      if (from) await chrome.scripting.removeCSS({ target, css: from }).catch(() => {});
      if (to) await chrome.scripting.insertCSS({ target, css: to }).catch(() => {});
    })().then(() => sendResponse({ ok: true }));
    return true;
  }
  if (msg.type === "closed") {
    chrome.action.setBadgeText({ tabId, text: "" }).catch(() => {});
    removeStyle(target, msg.style);
    const css = layoutCss(msg.layout);
    if (css) chrome.scripting.removeCSS({ target, css }).catch(() => {});
    sendResponse({ ok: true });
  }
  return false;
});

// A page that navigates loses its overlay: its badge goes too.
chrome.tabs?.onUpdated?.addListener((tabId, change) => {
  if (change.status === "loading") chrome.action.setBadgeText({ tabId, text: "" }).catch(() => {});
});

// ---------------------------------------------------------------- auto-run on chosen sites

/**
 * Registers the content scripts for the sites the reader chose whose permission is granted
 * (and unregisters them everywhere else). Run on start, on install, and whenever the chosen
 * sites or the granted permissions change.
 */
export async function syncAutoRun() {
  if (!chrome.scripting?.registerContentScripts || !chrome.permissions?.getAll) return [];
  const { autoRun } = await loadSettings();
  const granted = new Set((await chrome.permissions.getAll()).origins ?? []);
  const matches = autoRun.map(sitePattern).filter((p) => granted.has(p));
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [AUTORUN_ID] }).catch(() => []);
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [AUTORUN_ID] }).catch(() => {});
  if (matches.length) {
    await chrome.scripting.registerContentScripts([{ id: AUTORUN_ID, matches, js: INJECT, runAt: "document_idle", allFrames: false, persistAcrossSessions: true }]);
  }
  return matches;
}
const resync = () => syncAutoRun().catch(() => {});
chrome.permissions?.onAdded?.addListener(resync);
chrome.permissions?.onRemoved?.addListener(resync);
chrome.storage?.onChanged?.addListener((changes, area) => {
  if (area === "local" && changes.settings) {
    const before = JSON.stringify(mergeSettings(changes.settings.oldValue).autoRun);
    if (JSON.stringify(mergeSettings(changes.settings.newValue).autoRun) !== before) resync();
  }
});
chrome.runtime.onStartup?.addListener(resync);

// Settings survive updates: on install/update, fill in new defaults and keep the user's values.
chrome.runtime.onInstalled.addListener(async () => {
  try {
    const { settings } = await chrome.storage.local.get("settings");
    await chrome.storage.local.set({ settings: mergeSettings(settings) });
  } catch {
    /* storage unavailable: the content script falls back to defaults */
  }
  await resync();
});
