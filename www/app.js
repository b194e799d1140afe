// sourcelens demo page: the same wasm core as the extension, run in the page.
import init, { analyze } from "./pkg/sourcelens.js";

const ready = init({ module_or_path: new URL("./pkg/sourcelens_bg.wasm", import.meta.url) });
const $ = (id) => document.getElementById(id);

$("sample").addEventListener("click", async () => {
  const res = await fetch(new URL("./sample.txt", import.meta.url));
  $("text").value = await res.text();
  $("published").value = "2017-10-30";
});

$("analyze").addEventListener("click", async () => {
  await ready;
  const out = $("out");
  out.replaceChildren();
  let report;
  try {
    report = analyze($("text").value, { published: $("published").value || null, offsets: "utf16" });
  } catch (e) {
    out.textContent = String(e.message ?? e);
    return;
  }
  const p = document.createElement("p");
  p.textContent = `${report.attributions.length} attributions from ${report.sources.length} sources, ${report.dates.length} dates, ${report.places.length} places.`;
  const ul = document.createElement("ul");
  ul.className = "sources";
  for (const s of report.sources) {
    const li = document.createElement("li");
    li.textContent = `${s.name} — ${s.attributions.length} claim(s)${s.anonymous ? " (anonymous)" : ""}`;
    ul.append(li);
  }
  out.append(p, ul);
});
