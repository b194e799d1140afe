// sourcelens demo page: the analysis thread. Runs the wasm core (the same package as the
// extension) off the page's main thread, so a long article never freezes the page and the
// page can cancel a run by terminating this worker.
//
//   → {type: "analyze", id, text, published: "YYYY-MM-DD" | null}
//   ← {type: "ready", version, rules} | {type: "fatal", error}    once, after loading the wasm
//     (rules: the core's rule registry, null when this core has none)
//   ← {type: "result", id, report, version, ms} | {type: "result", id, error}
import * as core from "./pkg/sourcelens.js";

const { analyze, version } = core;
const registry = () => {
  try {
    return typeof core.rules === "function" ? core.rules() : null;
  } catch {
    return null;
  }
};
const ready = core.default({ module_or_path: new URL("./pkg/sourcelens_bg.wasm", import.meta.url) }).then(() => version());
ready.then(
  (v) => postMessage({ type: "ready", version: v, rules: registry() }),
  (e) => postMessage({ type: "fatal", error: String(e?.message ?? e) }),
);

addEventListener("message", async (e) => {
  const msg = e.data;
  if (!msg || msg.type !== "analyze" || typeof msg.text !== "string") return;
  try {
    const v = await ready;
    const t0 = performance.now();
    const report = analyze(msg.text, { published: msg.published || null, offsets: "utf16" });
    postMessage({ type: "result", id: msg.id, report, version: v, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    postMessage({ type: "result", id: msg.id, error: String(err?.message ?? err) });
  }
});
