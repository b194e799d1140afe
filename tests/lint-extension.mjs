// Lints the built extension: web-ext lint (offline) must report 0 errors, the manifest must
// ask for no more than the contract allows, our own scripts contain no HTML/code sinks, and
// every injected file is there.
//   node tests/lint-extension.mjs [dist/extension] [dist/sourcelens-firefox.zip ...]
// A .zip argument is unpacked into a temporary folder and linted the same way.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const targets = process.argv.slice(2);
if (!targets.length) targets.push("dist/extension");
let failed = false;

/** Files the background injects (see background.js INJECT) and the resources they need. */
const REQUIRED = ["vendor/Readability.js", "worldmap.js", "ui.js", "extract.js", "content.js", "highlights.css", "highlights-dark.css", "pkg/sourcelens.js", "pkg/sourcelens_bg.wasm", "ABOUT.md"];
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|setHTMLUnsafe|eval\s*\(|new\s+Function\s*\()/;

function lint(dir, label) {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const problems = [];
  const allowed = new Set(["activeTab", "scripting", "storage"]);
  for (const p of manifest.permissions ?? []) if (!allowed.has(p)) problems.push(`permission not allowed: ${p}`);
  for (const key of ["host_permissions", "optional_host_permissions", "content_scripts", "web_accessible_resources", "externally_connectable"]) {
    if (manifest[key] && Object.keys(manifest[key]).length) problems.push(`manifest must not declare ${key}`);
  }
  const csp = manifest.content_security_policy?.extension_pages ?? "";
  if (!/script-src 'self' 'wasm-unsafe-eval'/.test(csp) || !/object-src 'none'/.test(csp)) problems.push(`extension_pages CSP too loose: ${csp}`);
  if (manifest.commands?._execute_action?.suggested_key?.default !== "Alt+Shift+S") problems.push("the _execute_action shortcut is not Alt+Shift+S");

  // our own scripts never parse strings as HTML or code (page text goes in as textContent)
  for (const f of readdirSync(dir, { recursive: true })) {
    const name = String(f);
    if (!name.endsWith(".js") || name.startsWith("vendor/") || name.startsWith("pkg/")) continue;
    readFileSync(join(dir, name), "utf8").split("\n").forEach((line, i) => {
      if (SINKS.test(line)) problems.push(`${name}:${i + 1}: HTML/code sink: ${line.trim().slice(0, 100)}`);
    });
  }
  for (const f of REQUIRED) {
    try {
      readFileSync(join(dir, f));
    } catch {
      problems.push(`missing ${f}`);
    }
  }

  let out;
  try {
    out = execFileSync("npx", ["--no-install", "web-ext", "lint", "--source-dir", dir, "--output", "json", "--no-config-discovery"], { encoding: "utf8" });
  } catch (e) {
    out = e.stdout; // web-ext exits non-zero when it finds errors
  }
  const json = JSON.parse(out.slice(out.indexOf("{")));
  for (const e of json.errors ?? []) problems.push(`web-ext: ${e.code}: ${e.message} (${e.file ?? ""})`);
  for (const w of json.warnings ?? []) console.log(`${label}: web-ext warning: ${w.code}: ${w.message} (${w.file ?? ""})`);
  console.log(`${label}: web-ext lint: ${json.summary.errors} errors, ${json.summary.warnings} warnings, ${json.summary.notices} notices`);
  for (const p of problems) console.error(`lint-extension: ${label}: ${p}`);
  return json.summary.errors === 0 && problems.length === 0;
}

for (const t of targets) {
  if (t.endsWith(".zip")) {
    const tmp = mkdtempSync(join(tmpdir(), "sourcelens-lint-"));
    try {
      execFileSync("python3", ["-m", "zipfile", "-e", t, tmp]);
      if (!lint(tmp, t)) failed = true;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  } else if (!lint(t, t)) failed = true;
}
if (failed) process.exit(1);
