// The wasm build in node (V8, the engine of Chrome's service worker): cold start and warm
// analyze() on the 15,000-character article of scripts/bench-texts.mjs, and the sizes.
// Reported, not asserted (`make bench-wasm`; needs `make wasm`).
//
//   node scripts/bench-wasm-node.mjs [--pkg dist/pkg] [--cold 7] [--runs 200]
//
// Cold start is measured in a fresh node process each time (median of --cold processes):
// read the .wasm file, compile, instantiate, then the first analyze() call (which builds the
// lexicon and gazetteer tables), each step timed on its own; then, in as many other fresh
// processes, the first call on one sentence alone: what building the tables costs. Warm: the
// median of --runs calls after 10 untimed ones.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { ROOT, TEXTS, PUBLISHED, median, quantile } from "./bench-texts.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const pkg = resolve(opt("--pkg", join(ROOT, "dist/pkg")));
const text = TEXTS["article-15k"];
const options = { published: PUBLISHED, offsets: "utf16" };

if (args.includes("--child-tables")) {
  // one cold start whose first call is one sentence: the lazily built tables, little analysis
  const glue = await import(join(pkg, "sourcelens.js"));
  await glue.default({ module_or_path: await WebAssembly.compile(readFileSync(join(pkg, "sourcelens_bg.wasm"))) });
  const t0 = performance.now();
  glue.analyze("On Sunday, the minister said in Raqqa that the city was calm, according to SANA.", options);
  console.log(JSON.stringify({ tables: performance.now() - t0 }));
  process.exit(0);
}

if (args.includes("--child")) {
  // one cold start: every step from reading the file on
  const t0 = performance.now();
  const bytes = readFileSync(join(pkg, "sourcelens_bg.wasm"));
  const t1 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t2 = performance.now();
  const glue = await import(join(pkg, "sourcelens.js"));
  await glue.default({ module_or_path: module });
  const t3 = performance.now();
  glue.analyze(text, options);
  const t4 = performance.now();
  glue.analyze(text, options);
  const t5 = performance.now();
  console.log(JSON.stringify({ read: t1 - t0, compile: t2 - t1, instantiate: t3 - t2, first: t4 - t3, second: t5 - t4, total: t4 - t0 }));
  process.exit(0);
}

const coldRuns = Number(opt("--cold", 7));
const colds = [];
for (let i = 0; i < coldRuns; i++) {
  const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--child", "--pkg", pkg], { encoding: "utf8" });
  colds.push(JSON.parse(out));
}
const med = (k) => median(colds.map((c) => c[k]));
const tables = [];
for (let i = 0; i < coldRuns; i++) {
  const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--child-tables", "--pkg", pkg], { encoding: "utf8" });
  tables.push(JSON.parse(out).tables);
}

const glue = await import(join(pkg, "sourcelens.js"));
await glue.default({ module_or_path: readFileSync(join(pkg, "sourcelens_bg.wasm")) });
for (let i = 0; i < 10; i++) glue.analyze(text, options);
const runs = Number(opt("--runs", 200));
const ms = [];
for (let i = 0; i < runs; i++) {
  const a = performance.now();
  glue.analyze(text, options);
  ms.push(performance.now() - a);
}

const wasm = readFileSync(join(pkg, "sourcelens_bg.wasm"));
const js = readFileSync(join(pkg, "sourcelens.js"));
const f = (x) => x.toFixed(2);
console.log(`wasm in node ${process.version}, ${pkg}, article-15k (${text.length} chars)\n`);
console.log("| figure | value |");
console.log("| --- | ---: |");
console.log(`| analyze() warm, median of ${runs} (p10, p90) ms | ${f(median(ms))} (${f(quantile(ms, 0.1))}, ${f(quantile(ms, 0.9))}) |`);
console.log(`| cold: read file ms (median of ${coldRuns} processes) | ${f(med("read"))} |`);
console.log(`| cold: WebAssembly.compile ms | ${f(med("compile"))} |`);
console.log(`| cold: instantiate ms | ${f(med("instantiate"))} |`);
console.log(`| cold: first analyze() ms | ${f(med("first"))} |`);
console.log(`| cold: second analyze() ms | ${f(med("second"))} |`);
console.log(`| cold: first call on one sentence instead (the tables; median of ${coldRuns} processes) ms | ${f(median(tables))} |`);
console.log(`| cold start in all (read + compile + instantiate + first call) ms | ${f(med("total"))} |`);
console.log(`| sourcelens_bg.wasm bytes | ${wasm.length} |`);
console.log(`| sourcelens_bg.wasm gzip -9 bytes | ${gzipSync(wasm, { level: 9 }).length} |`);
console.log(`| sourcelens.js gzip -9 bytes | ${gzipSync(js, { level: 9 }).length} |`);
