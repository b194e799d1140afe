// Lints the built extension: web-ext lint (offline) must report 0 errors, the manifest must ask
// for no more than the contract allows (strict CSP, no web-accessible resources), every injected
// file is there, and a static check of the shipped JavaScript (parsed with acorn, so comments
// and strings do not fool it):
//  - our own scripts (not vendor/, not pkg/) never parse strings as HTML or code: no
//    innerHTML/outerHTML/srcdoc assignment, insertAdjacentHTML, document.write,
//    createContextualFragment, setHTMLUnsafe, DOMParser, eval, Function, setTimeout/
//    setInterval with a string, import(), importScripts, workers, inline on* attributes;
//  - they never open a channel the page can listen to or read: postMessage, dispatchEvent,
//    CustomEvent, MessageChannel, BroadcastChannel, localStorage, sessionStorage, indexedDB,
//    document.cookie, and never inject into the page's MAIN world;
//  - they make no network request (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon,
//    RTCPeerConnection; the wasm glue in pkg/ only fetches the packaged .wasm);
//  - no shipped file at all (vendor and pkg included) holds a remote URL in code (XML
//    namespace names excepted), and no CSS file loads anything remote.
//   node tests/lint-extension.mjs [dist/extension] [dist/sourcelens-firefox.zip ...]
//   node tests/lint-extension.mjs --self-test    # the checks catch what they should
// A .zip argument is unpacked into a temporary folder and linted the same way.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import * as acorn from "acorn";

/** Files the background injects (see background.js INJECT) and the resources they need. */
const REQUIRED = ["vendor/Readability.js", "worldmap.js", "ui.js", "extract.js", "content.js", "highlights.css", "highlights-dark.css", "pkg/sourcelens.js", "pkg/sourcelens_bg.wasm", "ABOUT.md"];
/** Namespace names are URIs, not addresses that are fetched. */
const NAMESPACES = /^https?:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/?)$/;
const REMOTE = /\b(?:https?|wss?|ftp):\/\/|^\/\/[a-z0-9.-]+\.[a-z]{2,}/i;

const HTML_PROPS = new Set(["innerHTML", "outerHTML", "srcdoc"]);
const HTML_CALLS = new Set(["insertAdjacentHTML", "createContextualFragment", "setHTMLUnsafe", "parseHTMLUnsafe", "write", "writeln", "execScript"]);
const CODE_GLOBALS = new Set(["eval", "Function", "importScripts"]);
const CHANNEL_CALLS = new Set(["postMessage", "dispatchEvent", "sendBeacon"]);
const CHANNEL_NEW = new Set(["CustomEvent", "MessageChannel", "BroadcastChannel", "Worker", "SharedWorker", "XMLHttpRequest", "WebSocket", "EventSource", "RTCPeerConnection", "DOMParser", "Function"]);
const PAGE_STORAGE = new Set(["localStorage", "sessionStorage", "indexedDB"]);

/** Walks every node of an acorn AST. */
function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== "string") return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === "type" || key === "start" || key === "end" || key === "loc") continue;
    const v = node[key];
    if (Array.isArray(v)) for (const c of v) walk(c, visit, node);
    else if (v && typeof v.type === "string") walk(v, visit, node);
  }
}

const propName = (m) => (m.type === "MemberExpression" ? (m.computed ? (m.property.type === "Literal" ? String(m.property.value) : null) : m.property.name) : null);
const isStringy = (n) => !!n && ((n.type === "Literal" && typeof n.value === "string") || n.type === "TemplateLiteral" || (n.type === "BinaryExpression" && n.operator === "+"));

/**
 * Problems in one JavaScript source. `own`: our own script (all checks); otherwise (vendored
 * or generated code) only the remote-URL check.
 */
export function checkSource(src, name, own) {
  const problems = [];
  let ast;
  try {
    ast = acorn.parse(src, { ecmaVersion: "latest", sourceType: "module", locations: true, allowHashBang: true });
  } catch {
    try {
      ast = acorn.parse(src, { ecmaVersion: "latest", sourceType: "script", locations: true, allowHashBang: true });
    } catch (e) {
      return [`${name}: cannot be parsed: ${e.message}`];
    }
  }
  const at = (n) => `${name}:${n.loc.start.line}`;
  const say = (n, what) => problems.push(`${at(n)}: ${what}: ${src.slice(n.start, Math.min(n.end, n.start + 90)).replace(/\s+/g, " ")}`);
  walk(ast, (n, parent) => {
    // remote addresses in any string or template text
    const strings = n.type === "Literal" && typeof n.value === "string" ? [n.value] : n.type === "TemplateElement" ? [n.value.cooked ?? n.value.raw] : [];
    for (const s of strings) if (REMOTE.test(s) && !NAMESPACES.test(s.trim())) say(n, "remote URL in code");
    if (!own) return;
    if (n.type === "AssignmentExpression" && HTML_PROPS.has(propName(n.left))) say(n, "HTML sink (assignment)");
    if (n.type === "CallExpression" || n.type === "NewExpression") {
      const c = n.callee;
      const called = c.type === "Identifier" ? c.name : propName(c);
      const obj = c.type === "MemberExpression" ? c.object : null;
      if (n.type === "CallExpression" && HTML_CALLS.has(called) && (called !== "write" && called !== "writeln" || (obj?.type === "Identifier" && obj.name === "document") || propName(obj ?? {}) === "document")) say(n, "HTML sink (call)");
      if (n.type === "CallExpression" && called && CODE_GLOBALS.has(called) && (c.type === "Identifier" || ["window", "globalThis", "self"].includes(obj?.name))) say(n, "string evaluated as code");
      if (n.type === "CallExpression" && (called === "setTimeout" || called === "setInterval") && isStringy(n.arguments[0])) say(n, "string evaluated as code (timer)");
      if (n.type === "CallExpression" && called === "setAttribute" && n.arguments[0]?.type === "Literal" && /^on/i.test(String(n.arguments[0].value))) say(n, "inline event handler attribute");
      if (n.type === "CallExpression" && called && CHANNEL_CALLS.has(called)) say(n, "channel the page can listen to");
      if (n.type === "NewExpression" && called && CHANNEL_NEW.has(called)) say(n, `new ${called}`);
      if (n.type === "CallExpression" && called === "fetch" && (c.type === "Identifier" || ["window", "globalThis", "self"].includes(obj?.name))) say(n, "network request");
    }
    if (n.type === "ImportExpression") say(n, "dynamic import()");
    if (n.type === "Identifier" && PAGE_STORAGE.has(n.name) && !(parent?.type === "MemberExpression" && parent.property === n && !parent.computed && parent.object.type !== "Identifier")) say(n, "storage shared with the page");
    if (n.type === "MemberExpression" && !n.computed && PAGE_STORAGE.has(n.property.name)) say(n, "storage shared with the page");
    if (n.type === "MemberExpression" && propName(n) === "cookie" && (n.object.name === "document" || propName(n.object) === "document")) say(n, "document.cookie");
    if (n.type === "Property" && (n.key.name === "world" || n.key.value === "world") && n.value.type === "Literal" && n.value.value === "MAIN") say(n, "script injected into the page's MAIN world");
    if (n.type === "Literal" && typeof n.value === "string" && /^\s*javascript:/i.test(n.value)) say(n, "javascript: URL");
  });
  return problems;
}

/** Problems in a CSS file: nothing remote, no @import. */
export function checkCss(src, name) {
  const problems = [];
  src.split("\n").forEach((line, i) => {
    if (/@import|url\(\s*['"]?\s*(?:https?:|\/\/)/i.test(line)) problems.push(`${name}:${i + 1}: remote style resource: ${line.trim().slice(0, 90)}`);
  });
  return problems;
}

function lint(dir, label) {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const problems = [];
  const allowed = new Set(["activeTab", "scripting", "storage"]);
  for (const p of manifest.permissions ?? []) if (!allowed.has(p)) problems.push(`permission not allowed: ${p}`);
  for (const key of ["host_permissions", "optional_host_permissions", "optional_permissions", "content_scripts", "web_accessible_resources", "externally_connectable", "sandbox", "update_url"]) {
    if (manifest[key] !== undefined) problems.push(`manifest must not declare ${key}`);
  }
  const csp = manifest.content_security_policy?.extension_pages ?? "";
  if (!/script-src 'self' 'wasm-unsafe-eval'(;|$)/.test(csp) || !/object-src 'none'/.test(csp) || /unsafe-eval'|unsafe-inline|https?:|\*/.test(csp.replace("'wasm-unsafe-eval'", ""))) {
    problems.push(`extension_pages CSP must be "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'", is: ${csp}`);
  }
  if (manifest.commands?._execute_action?.suggested_key?.default !== "Alt+Shift+S") problems.push("the _execute_action shortcut is not Alt+Shift+S");

  for (const f of readdirSync(dir, { recursive: true })) {
    const name = String(f);
    if (name.endsWith(".js") || name.endsWith(".mjs")) {
      const own = !name.startsWith("vendor/") && !name.startsWith("pkg/") && name !== "worldmap.js";
      problems.push(...checkSource(readFileSync(join(dir, name), "utf8"), name, own));
    } else if (name.endsWith(".css")) problems.push(...checkCss(readFileSync(join(dir, name), "utf8"), name));
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
  for (const w of json.warnings ?? []) {
    // Readability assigns innerHTML inside the inert clone it is given (no browsing context:
    // nothing runs, nothing loads); any other warning is reported
    if (w.code === "UNSAFE_VAR_ASSIGNMENT" && w.file === "vendor/Readability.js") continue;
    console.log(`${label}: web-ext warning: ${w.code}: ${w.message} (${w.file ?? ""})`);
  }
  console.log(`${label}: web-ext lint: ${json.summary.errors} errors, ${json.summary.warnings} warnings, ${json.summary.notices} notices; static checks: ${problems.length} problems`);
  for (const p of problems) console.error(`lint-extension: ${label}: ${p}`);
  return json.summary.errors === 0 && problems.length === 0;
}

/** Every check must flag its bad example and pass its good one. */
function selfTest() {
  const bad = {
    "el.innerHTML = text": "HTML sink",
    "el['outerHTML'] = t": "HTML sink",
    "frame.srcdoc = t": "HTML sink",
    "el.insertAdjacentHTML('beforeend', t)": "HTML sink",
    "document.write(t)": "HTML sink",
    "range.createContextualFragment(t)": "HTML sink",
    "el.setHTMLUnsafe(t)": "HTML sink",
    "new DOMParser().parseFromString(t, 'text/html')": "new DOMParser",
    "eval(code)": "code",
    "window.eval(code)": "code",
    "new Function('return 1')": "new Function",
    "Function('return 1')()": "code",
    "setTimeout('alert(1)', 10)": "timer",
    "setInterval(`x${y}`, 10)": "timer",
    "setTimeout('a' + b, 10)": "timer",
    "import('./x.js')": "import",
    "importScripts('x.js')": "code",
    "el.setAttribute('onclick', 'x()')": "inline event handler",
    "window.postMessage(report, '*')": "channel",
    "document.dispatchEvent(new CustomEvent('sourcelens', { detail: report }))": "channel",
    "new BroadcastChannel('sourcelens')": "BroadcastChannel",
    "new MessageChannel()": "MessageChannel",
    "localStorage.setItem('k', v)": "storage",
    "window.sessionStorage.k = v": "storage",
    "indexedDB.open('x')": "storage",
    "document.cookie = 'a=b'": "cookie",
    "fetch('/x')": "network",
    "new XMLHttpRequest()": "XMLHttpRequest",
    "new WebSocket(u)": "WebSocket",
    "navigator.sendBeacon(u, d)": "channel",
    "chrome.scripting.executeScript({ target, world: 'MAIN', func })": "MAIN world",
    "a.href = 'javascript:alert(1)'": "javascript: URL",
    "const u = 'https://tracker.example.com/p.gif'": "remote URL",
    "const u = `wss://example.org/socket`": "remote URL",
  };
  const good = [
    "el.textContent = text",
    "el.append(document.createTextNode(t))",
    "setTimeout(step, 10)",
    "setTimeout(() => x(), 10)",
    "document.createElementNS('http://www.w3.org/2000/svg', 'svg')",
    "// see https://example.com/docs\nconst x = 1",
    "/* https://example.com */ const y = /https?:\\/\\//.test(s)",
    "chrome.storage.local.set({ settings })",
    "chrome.scripting.executeScript({ target, files })",
    "el.addEventListener('click', f)",
    "const a = { innerHTMLish: 1 }",
  ];
  let failed = 0;
  for (const [code, want] of Object.entries(bad)) {
    const found = checkSource(code, "self-test.js", true);
    if (!found.some((p) => p.includes(want))) {
      console.error(`self-test: not caught (${want}): ${code} -> ${JSON.stringify(found)}`);
      failed++;
    }
  }
  for (const code of good) {
    const found = checkSource(code, "self-test.js", true);
    if (found.length) {
      console.error(`self-test: false alarm: ${code} -> ${JSON.stringify(found)}`);
      failed++;
    }
  }
  if (!checkCss("@import url(https://x.example/a.css);", "a.css").length || !checkCss("::highlight(x){background:url(//cdn.example.com/i.png)}", "b.css").length) {
    console.error("self-test: remote CSS not caught");
    failed++;
  }
  console.log(`lint-extension self-test: ${Object.keys(bad).length + good.length + 2 - failed} passed, ${failed} failed`);
  return failed === 0;
}

const args = process.argv.slice(2);
let ok = true;
if (args[0] === "--self-test") ok = selfTest();
else {
  if (!args.length) args.push("dist/extension");
  for (const t of args) {
    if (t.endsWith(".zip")) {
      const tmp = mkdtempSync(join(tmpdir(), "sourcelens-lint-"));
      try {
        execFileSync("python3", ["-m", "zipfile", "-e", t, tmp]);
        if (!lint(tmp, t)) ok = false;
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    } else if (!lint(t, t)) ok = false;
  }
}
if (!ok) process.exit(1);
