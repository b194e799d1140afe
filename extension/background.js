// sourcelens background (MV3 service worker in Chromium, background script in Firefox).
// Runs the wasm core, so that analysis works on pages whose CSP forbids WebAssembly.
import init, { analyze } from "./pkg/sourcelens.js";

const ready = init({ module_or_path: new URL("./pkg/sourcelens_bg.wasm", import.meta.url) });

chrome.action.onClicked.addListener(async (tab) => {
  if (tab.id === undefined) return;
  try {
    await chrome.scripting.insertCSS({ target: { tabId: tab.id }, files: ["highlights.css"] });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
  } catch (e) {
    // pages the browser does not let extensions touch (chrome://, the web store, PDFs)
    await chrome.action.setBadgeText({ tabId: tab.id, text: "–" });
    await chrome.action.setTitle({ tabId: tab.id, title: `sourcelens cannot run on this page: ${e.message}` });
  }
});

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !msg || typeof msg !== "object") return false;
  if (msg.type === "analyze" && typeof msg.text === "string") {
    const published = typeof msg.published === "string" ? msg.published : null;
    ready
      .then(() => {
        const report = analyze(msg.text, { published, offsets: "utf16" });
        if (sender.tab?.id !== undefined) {
          chrome.action.setBadgeText({ tabId: sender.tab.id, text: String(report.sources.length) });
        }
        sendResponse({ ok: true, report });
      })
      .catch((e) => sendResponse({ ok: false, error: String(e?.message ?? e) }));
    return true; // async response
  }
  if (msg.type === "closed" && sender.tab?.id !== undefined) {
    chrome.action.setBadgeText({ tabId: sender.tab.id, text: "" });
    chrome.scripting.removeCSS({ target: { tabId: sender.tab.id }, files: ["highlights.css"] }).catch(() => {});
  }
  return false;
});
