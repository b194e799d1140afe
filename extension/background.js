// sourcelens background (MV3 service worker in Chromium, background script in Firefox).
//
// Runs the wasm core, so that analysis works on pages whose CSP forbids WebAssembly. The
// toolbar button (or Alt+Shift+S, the `_execute_action` command) injects the content scripts
// into the active tab on demand (activeTab: no host permissions, no static content scripts);
// a second press toggles the overlay off. The content script sends the article text in one
// message and gets the Report back.
//
// Service worker restarts: everything here is rebuilt on each start (listeners are
// registered synchronously, the wasm is initialised again lazily); no state is needed
// between messages except the settings, which live in chrome.storage.local.
import init, { analyze, version } from "./pkg/sourcelens.js";
import "./ui.js"; // classic script, no DOM at load: only for SourcelensUI.mergeSettings

const { mergeSettings } = globalThis.SourcelensUI;

/** Classic scripts injected into the page, in this order (checked by the build). */
const INJECT = ["vendor/Readability.js","worldmap.js","ui.js","extract.js","content.js"];
/** Longest text accepted in one message (UTF-16 code units); the content script caps at
 *  300,000 (SourcelensExtract.MAX_CHARS), this is the backstop. */
const MAX_TEXT = 1_000_000;
/** The message types the content script sends; anything else is ignored (no answer). */
const TYPES = new Set(["analyze", "layout", "closed"]);
const THEMES = { light: "highlights.css", dark: "highlights-dark.css" };
let ready = null;
/** The wasm, initialised once per service-worker life; a failed init is retried next time. */
function core() {
  if (!ready) {
    ready = init({ module_or_path: new URL("./pkg/sourcelens_bg.wasm", import.meta.url) }).catch((e) => {
      ready = null;
      throw e;
    });
  }
  return ready;
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
  if (!probe?.result) await chrome.scripting.executeScript({ target, files: INJECT });
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
    await chrome.action
      .setTitle({ tabId: tab.id, title: `sourcelens cannot run on this page: ${String(e?.message ?? e)}` })
      .catch(() => {});
  }
});

/** The CSS that makes room for the sidebar (only when the page has none); built here from numbers. */
function layoutCss(l) {
  if (!l || !Number.isInteger(l.width) || l.width < 0 || l.width > 4000) return null;
  if (l.width === 0) return null;
  return `html{margin-right:${l.width}px!important;}`;
}

/** Checks a message's shape; returns a cleaned copy or null (only own, typed fields are read). */
export function validate(msg) {
  if (!msg || typeof msg !== "object" || Array.isArray(msg) || !TYPES.has(msg.type)) return null;
  const layout = (l) =>
    l === null || l === undefined ? null : l && typeof l === "object" && Number.isInteger(l.width) && l.width >= 0 && l.width <= 4000 ? { width: l.width } : undefined;
  switch (msg.type) {
    case "analyze": {
      if (typeof msg.text !== "string" || msg.text.length > MAX_TEXT) return null;
      const published = msg.published ?? null;
      if (published !== null && (typeof published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(published))) return null;
      const theme = msg.theme ?? "light";
      if (typeof theme !== "string" || !Object.hasOwn(THEMES, theme)) return null; // not "toString"/"__proto__"
      return { type: "analyze", text: msg.text, published, theme, css: msg.css === true };
    }
    case "layout": {
      const from = layout(msg.from), to = layout(msg.to);
      if (from === undefined || to === undefined) return null;
      return { type: "layout", from, to };
    }
    case "closed": {
      const l = layout(msg.layout);
      if (l === undefined) return null;
      return { type: "closed", layout: l };
    }
    default:
      return null;
  }
}

chrome.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  // only our own content scripts, in a tab's top frame (pages cannot reach this listener:
  // there is no externally_connectable and no onMessageExternal listener)
  if (sender.id !== chrome.runtime.id || !Number.isInteger(sender.tab?.id) || (sender.frameId ?? 0) !== 0) return false;
  // a type we do not know (a newer or older content script, or junk) is ignored: no answer
  if (!raw || typeof raw !== "object" || !TYPES.has(raw.type)) return false;
  const msg = validate(raw);
  if (!msg) {
    sendResponse({ ok: false, error: "malformed message" });
    return false;
  }
  const tabId = sender.tab.id;
  const target = { tabId };
  if (msg.type === "analyze") {
    (async () => {
      if (msg.css) {
        for (const f of Object.values(THEMES)) await chrome.scripting.removeCSS({ target, files: [f] }).catch(() => {});
        await chrome.scripting.insertCSS({ target, files: [THEMES[msg.theme]] }).catch(() => {});
      }
      await core();
      const report = analyze(msg.text, { published: msg.published, offsets: "utf16" });
      chrome.action.setBadgeBackgroundColor({ tabId, color: "#3558a8" }).catch(() => {});
      chrome.action.setBadgeText({ tabId, text: String(report.sources.length) }).catch(() => {});
      return { ok: true, report, version: version() };
    })()
      .then(sendResponse)
      .catch((e) => sendResponse({ ok: false, error: String(e?.message ?? e) }));
    return true; // async response
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
    for (const f of Object.values(THEMES)) chrome.scripting.removeCSS({ target, files: [f] }).catch(() => {});
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

// Settings survive updates: on install/update, fill in new defaults and keep the user's values.
chrome.runtime.onInstalled.addListener(async () => {
  try {
    const { settings } = await chrome.storage.local.get("settings");
    const merged = mergeSettings(settings);
    await chrome.storage.local.set({ settings: merged });
  } catch {
    /* storage unavailable: the content script falls back to defaults */
  }
});
