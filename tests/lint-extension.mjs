// Lints the built extension: web-ext lint (offline) must report 0 errors, and the manifest
// must ask for no more than the contract allows.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist/extension";
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const problems = [];

const allowed = new Set(["activeTab", "scripting", "storage"]);
for (const p of manifest.permissions ?? []) if (!allowed.has(p)) problems.push(`permission not allowed: ${p}`);
for (const key of ["host_permissions", "optional_host_permissions", "content_scripts", "web_accessible_resources"]) {
  if (manifest[key] && manifest[key].length) problems.push(`manifest must not declare ${key}`);
}
const csp = manifest.content_security_policy?.extension_pages ?? "";
if (!/script-src 'self' 'wasm-unsafe-eval'/.test(csp) || !/object-src 'none'/.test(csp)) problems.push(`extension_pages CSP too loose: ${csp}`);

let out;
try {
  out = execFileSync("npx", ["--no-install", "web-ext", "lint", "--source-dir", dir, "--output", "json", "--no-config-discovery"], { encoding: "utf8" });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero when it finds errors
}
const json = JSON.parse(out.slice(out.indexOf("{")));
for (const e of json.errors ?? []) problems.push(`web-ext: ${e.code}: ${e.message} (${e.file ?? ""})`);
for (const w of json.warnings ?? []) console.log(`web-ext warning: ${w.code}: ${w.message} (${w.file ?? ""})`);
console.log(`web-ext lint: ${json.summary.errors} errors, ${json.summary.warnings} warnings, ${json.summary.notices} notices`);
if (json.summary.errors !== 0 || problems.length) {
  for (const p of problems) console.error(`lint-extension: ${p}`);
  process.exit(1);
}
