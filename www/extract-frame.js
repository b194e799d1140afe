// The extraction frame's side (see extract-frame.html): the HTML of an opened file in, the
// article's text out, extracted exactly as the extension does it (SourcelensExtract with
// Mozilla Readability) on an inert DOMParser document.
//   ← parent: {type: "extract", id, html, maxChars}
//   → parent: {type: "ready"} once; {type: "extracted", id, ok: true, text, title, published,
//              method, truncated, maxChars, words, note} | {type: "extracted", id, ok: false, error}
"use strict";
addEventListener("message", async (e) => {
  if (e.source !== parent) return;
  const msg = e.data;
  if (!msg || msg.type !== "extract" || typeof msg.html !== "string") return;
  let out;
  try {
    const doc = new DOMParser().parseFromString(msg.html, "text/html");
    const ex = await SourcelensExtract.extract(doc, { inert: true, maxChars: msg.maxChars || undefined });
    out = {
      ok: true, text: ex.text, title: ex.title, published: ex.published, method: ex.method,
      truncated: ex.truncated, maxChars: ex.maxChars, words: ex.words, note: ex.error || null,
    };
  } catch (err) {
    out = { ok: false, error: String(err?.message ?? err) };
  }
  parent.postMessage({ type: "extracted", id: msg.id, ...out }, "*");
});
parent.postMessage({ type: "ready" }, "*");
