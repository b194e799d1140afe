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
//  - no shipped file at all (vendor and pkg included) holds a remote URL in code (namespace
//    names and identifiers that are never fetched excepted), and no CSS file loads anything
//    remote.
// And, on the sources (--i18n extension), that every text a reader sees comes from
// _locales/<lang>/messages.json: no literal UI text in the scripts or in options.html (strings
// given to textContent, title, placeholder, aria-label, text nodes, or any string of two or
// more words), every message key used exists, every message is used, placeholders match.
//   node tests/lint-extension.mjs [dist/extension] [dist/sourcelens-firefox.zip ...]
//   node tests/lint-extension.mjs --i18n extension
//   node tests/lint-extension.mjs --self-test    # the checks catch what they should
// A .zip argument is unpacked into a temporary folder and linted the same way.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { tmpdir } from "node:os";
import * as acorn from "acorn";

/** Files the background injects (see background.js INJECT) and the resources they need. */
const REQUIRED = [
  "vendor/Readability.js", "worldmap.js", "ui.js", "extract.js", "content.js", "pkg/sourcelens.js", "pkg/sourcelens_bg.wasm", "ABOUT.md",
  "options.html", "options.js", "options.css", "_locales/en/messages.json", "LICENSE-MIT", "LICENSE-APACHE", "PRIVACY.md",
];
/**
 * Names that are URIs, not addresses that are fetched: XML namespaces, the JSON-LD context of
 * the W3C Web Annotation model and GeoNames' place identifiers (written into exported
 * annotations as identifiers).
 */
const NAMESPACES = /^https?:\/\/(www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/?|ns\/anno\.jsonld)|sws\.geonames\.org\/)$/;
/** The only optional host permission: any http(s) site, each asked for when the reader adds it. */
const OPTIONAL_HOSTS = JSON.stringify(["*://*/*"]);
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
  for (const key of ["host_permissions", "optional_permissions", "content_scripts", "web_accessible_resources", "externally_connectable", "sandbox", "update_url"]) {
    if (manifest[key] !== undefined) problems.push(`manifest must not declare ${key}`);
  }
  if (manifest.optional_host_permissions !== undefined && JSON.stringify(manifest.optional_host_permissions) !== OPTIONAL_HOSTS) {
    problems.push(`optional_host_permissions must be ${OPTIONAL_HOSTS}, is ${JSON.stringify(manifest.optional_host_permissions)}`);
  }
  if (manifest.default_locale !== "en") problems.push("default_locale must be \"en\"");
  if (manifest.background?.service_worker && !/^\d+$/.test(manifest.minimum_chrome_version ?? "")) problems.push("minimum_chrome_version missing");
  if (manifest.background?.scripts && !/^\d+\.0$/.test(manifest.browser_specific_settings?.gecko?.strict_min_version ?? "")) problems.push("Firefox strict_min_version missing");
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

// ---------------------------------------------------------------- i18n of the sources

/** Properties and attributes whose value a reader sees (or hears). */
const TEXT_PROPS = new Set(["textContent", "innerText", "title", "placeholder", "ariaLabel", "ariaDescription", "alt", "label", "value"]);
const TEXT_KEYS = new Set(["text", "title", "label", "placeholder", "aria-label", "aria-description", "alt", "message", "hint"]);
const TEXT_ATTRS = new Set(["title", "placeholder", "aria-label", "aria-description", "aria-valuetext", "alt", "label"]);
/** Words that are not to be translated (the product's name). */
const NOT_TEXT = new Set(["sourcelens"]);
/** Two words of letters with a space between: prose, whatever it is given to. */
const PROSE = /\p{L}{2,}[\p{L}'’-]*[ \u00a0]+[\p{L}“"(]{1,}\p{L}/u;
const HAS_LETTER = /\p{L}/u;

/** The text of a literal or template (quasis only), or null for anything else. */
function literalText(n) {
  if (!n) return null;
  if (n.type === "Literal" && typeof n.value === "string") return n.value;
  if (n.type === "TemplateLiteral") return n.quasis.map((q) => q.value.cooked ?? q.value.raw).join(" ");
  return null;
}

/** Literal strings an expression may evaluate to (both arms of `a ? "x" : "y"`, `a || "x"`). */
function literalsOf(n) {
  if (!n) return [];
  if (n.type === "ConditionalExpression") return [...literalsOf(n.consequent), ...literalsOf(n.alternate)];
  if (n.type === "LogicalExpression") return [...literalsOf(n.left), ...literalsOf(n.right)];
  return n.type === "Literal" && typeof n.value === "string" ? [n] : [];
}

/**
 * UI text left in a script and the message keys it uses. Returns {problems, used: Set, keys:
 * [{key, node}]} where keys are the literal first arguments of t() and the message arguments
 * of count(). A line holding the comment `i18n-exempt: <why>` is skipped (for text that is
 * not interface, e.g. a developer's error).
 */
export function checkUiText(src, name, messageKeys = new Set()) {
  const problems = [];
  const comments = [];
  let ast;
  try {
    ast = acorn.parse(src, { ecmaVersion: "latest", sourceType: "module", locations: true, onComment: comments });
  } catch (e) {
    return { problems: [`${name}: cannot be parsed: ${e.message}`], used: new Set(), keys: [] };
  }
  // an exemption covers its own line and the next
  const exempt = new Set(comments.filter((c) => /i18n-exempt:\s*\S/.test(c.value)).flatMap((c) => [c.loc.start.line, c.loc.end.line + 1]));
  const at = (n) => `${name}:${n.loc.start.line}`;
  const used = new Set();
  const keys = [];
  const flagged = new Set();
  const flag = (n, why) => {
    if (flagged.has(n) || exempt.has(n.loc.start.line)) return;
    flagged.add(n);
    problems.push(`${at(n)}: ${why}: ${JSON.stringify(literalText(n)).slice(0, 90)}`);
  };
  const isText = (n) => {
    const v = literalText(n);
    return v !== null && HAS_LETTER.test(v) && !NOT_TEXT.has(v.trim()) && !messageKeys.has(v);
  };
  // strings that are code, not text: class names, CSS selectors, directives, import paths
  const codeOnly = new Set();
  walk(ast, (n) => {
    if (n.type === "Property" && ["class", "className"].includes(n.key.name ?? n.key.value)) codeOnly.add(n.value);
    if (n.type === "AssignmentExpression" && propName(n.left) === "className") codeOnly.add(n.right);
    if (n.type === "CallExpression" && ["querySelector", "querySelectorAll", "closest", "matches", "add", "remove", "toggle", "contains"].includes(propName(n.callee))) for (const a of n.arguments) codeOnly.add(a);
    if (n.type === "ExpressionStatement" && n.directive) codeOnly.add(n.expression);
    if (n.type === "ImportDeclaration") codeOnly.add(n.source);
  });
  walk(ast, (n) => {
    const v = literalText(n);
    if (v !== null && n.type === "Literal") used.add(v);
    // prose anywhere (two words or more) that is not code
    if (v !== null && PROSE.test(v) && !codeOnly.has(n) && !messageKeys.has(v)) flag(n, "literal UI text (use t() and messages.json)");
    if (n.type === "CallExpression") {
      const c = n.callee;
      const called = c.type === "Identifier" ? c.name : propName(c);
      if (called === "t") for (const k of literalsOf(n.arguments[0])) keys.push({ key: k.value, node: k });
      if (called === "count") for (const a of n.arguments.slice(1, 3)) for (const k of literalsOf(a)) keys.push({ key: k.value, node: k });
      if (called === "setAttribute" && TEXT_ATTRS.has(literalText(n.arguments[0])) && isText(n.arguments[1])) flag(n.arguments[1], "literal UI text in an attribute");
      if (called === "createTextNode" && isText(n.arguments[0])) flag(n.arguments[0], "literal UI text node");
      // h(doc, tag, attrs, ...children): string children become text
      if (called === "h") for (const a of n.arguments.slice(3)) if (isText(a)) flag(a, "literal UI text as a child");
    }
    if (n.type === "AssignmentExpression" && TEXT_PROPS.has(propName(n.left)) && isText(n.right)) flag(n.right, "literal UI text assigned");
    if (n.type === "Property" && !n.computed && TEXT_KEYS.has(n.key.name ?? n.key.value) && isText(n.value)) flag(n.value, "literal UI text in a text property");
  });
  return { problems, used, keys };
}

/** The messages of one locale: placeholders defined and used alike, a description each. */
export function checkMessages(messages, name) {
  const problems = [];
  for (const [key, m] of Object.entries(messages)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) problems.push(`${name}: bad key ${key}`);
    if (typeof m?.message !== "string") {
      problems.push(`${name}: ${key}: no message`);
      continue;
    }
    if (typeof m.description !== "string" || !m.description.trim()) problems.push(`${name}: ${key}: no description for translators`);
    const named = new Set([...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase()));
    const defined = new Set(Object.keys(m.placeholders ?? {}).map((x) => x.toLowerCase()));
    for (const p of named) if (!defined.has(p)) problems.push(`${name}: ${key}: placeholder $${p.toUpperCase()}$ not defined`);
    for (const p of defined) if (!named.has(p)) problems.push(`${name}: ${key}: placeholder ${p} not used in the message`);
    for (const [p, d] of Object.entries(m.placeholders ?? {})) if (!/^\$[1-9]$/.test(d?.content ?? "")) problems.push(`${name}: ${key}: placeholder ${p} content must be $1..$9`);
  }
  return problems;
}

/** Literal text in an HTML page: every text and text attribute must come from data-i18n. */
export function checkHtmlText(html, name) {
  const problems = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " ")).replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, (c) => c.replace(/[^\n]/g, " "));
  const line = (i) => body.slice(0, i).split("\n").length;
  for (const m of body.matchAll(/>([^<]*)</g)) {
    if (HAS_LETTER.test(m[1])) problems.push(`${name}:${line(m.index)}: literal text in the page: ${JSON.stringify(m[1].trim()).slice(0, 80)}`);
  }
  for (const m of body.matchAll(/\s(title|alt|placeholder|aria-label|aria-description|label)\s*=\s*"([^"]*)"/gi)) {
    if (HAS_LETTER.test(m[2])) problems.push(`${name}:${line(m.index)}: literal text in ${m[1]}=: ${JSON.stringify(m[2]).slice(0, 80)}`);
  }
  const keys = [...body.matchAll(/\sdata-i18n(?:-[a-z]+)?="([^"]+)"/g)].map((m) => m[1]);
  return { problems, keys };
}

/** Every UI text of the extension's sources comes from _locales/en/messages.json. */
function lintI18n(dir) {
  const problems = [];
  const messages = JSON.parse(readFileSync(join(dir, "_locales/en/messages.json"), "utf8"));
  problems.push(...checkMessages(messages, "_locales/en/messages.json"));
  for (const loc of readdirSync(join(dir, "_locales"))) {
    if (loc === "en") continue;
    const other = JSON.parse(readFileSync(join(dir, "_locales", loc, "messages.json"), "utf8"));
    problems.push(...checkMessages(other, `_locales/${loc}/messages.json`));
    for (const k of Object.keys(other)) if (!Object.hasOwn(messages, k)) problems.push(`_locales/${loc}: ${k} is not an English message`);
  }
  const used = new Set();
  const scripts = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".js") && !f.startsWith("build/") && !f.startsWith("build\\"));
  for (const f of scripts) {
    const r = checkUiText(readFileSync(join(dir, f), "utf8"), f, new Set(Object.keys(messages)));
    problems.push(...r.problems);
    for (const u of r.used) used.add(u);
    for (const { key, node } of r.keys) if (!Object.hasOwn(messages, key)) problems.push(`${f}:${node.loc.start.line}: message ${JSON.stringify(key)} is not in messages.json`);
  }
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".html"))) {
    const r = checkHtmlText(readFileSync(join(dir, f), "utf8"), f);
    problems.push(...r.problems);
    for (const k of r.keys) {
      used.add(k);
      if (!Object.hasOwn(messages, k)) problems.push(`${f}: data-i18n ${JSON.stringify(k)} is not in messages.json`);
    }
  }
  const manifest = readFileSync(join(dir, "manifest.json"), "utf8");
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) {
    used.add(m[1]);
    if (!Object.hasOwn(messages, m[1])) problems.push(`manifest.json: __MSG_${m[1]}__ is not in messages.json`);
  }
  for (const k of Object.keys(messages)) if (!used.has(k)) problems.push(`_locales/en/messages.json: ${k} is never used`);
  console.log(`i18n (${dir}): ${Object.keys(messages).length} messages, ${scripts.length} scripts; ${problems.length} problems`);
  for (const p of problems) console.error(`lint-extension: i18n: ${p}`);
  return problems.length === 0;
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
  const uiBad = {
    "el.textContent = 'No article found on this page.'": "literal UI text",
    "h(doc, 'button', { text: 'Export' })": "text property",
    "h(doc, 'p', null, 'Close')": "as a child",
    "el.setAttribute('aria-label', 'Close')": "attribute",
    "const msg = `Analysing ${n} words`": "literal UI text",
    "el.title = 'Re-scan'": "assigned",
  };
  const uiGood = ["el.textContent = t('noArticle')", "h(doc, 'span', { class: 'logo', text: '◉ ' })", "h(doc, 'h2', null, 'sourcelens')", "'use strict'", "el.setAttribute('aria-label', t('close'))", "// i18n-exempt: developer error\nthrow new Error('cannot load the wasm')", "q.querySelector('section[data-section=timeline] .item')"];
  for (const [code, want] of Object.entries(uiBad)) {
    const found = checkUiText(code, "self-test.js").problems;
    if (!found.some((p) => p.includes(want))) {
      console.error(`self-test: UI text not caught (${want}): ${code} -> ${JSON.stringify(found)}`);
      failed++;
    }
  }
  for (const code of uiGood) {
    const found = checkUiText(code, "self-test.js").problems;
    if (found.length) {
      console.error(`self-test: UI text false alarm: ${code} -> ${JSON.stringify(found)}`);
      failed++;
    }
  }
  if (!checkHtmlText("<p>Hello</p>", "a.html").problems.length || !checkHtmlText('<input placeholder="Site">', "a.html").problems.length || checkHtmlText('<p data-i18n="x"></p><img alt="">', "a.html").problems.length) {
    console.error("self-test: HTML text check wrong");
    failed++;
  }
  if (!checkMessages({ a: { message: "$X$ and $Y$", description: "d", placeholders: { x: { content: "$1" } } } }, "m").length) {
    console.error("self-test: undefined placeholder not caught");
    failed++;
  }
  if (!checkCss("@import url(https://x.example/a.css);", "a.css").length || !checkCss("::highlight(x){background:url(//cdn.example.com/i.png)}", "b.css").length) {
    console.error("self-test: remote CSS not caught");
    failed++;
  }
  console.log(`lint-extension self-test: ${Object.keys(bad).length + good.length + Object.keys(uiBad).length + uiGood.length + 4 - failed} passed, ${failed} failed`);
  return failed === 0;
}

const args = process.argv.slice(2);
let ok = true;
if (args[0] === "--self-test") ok = selfTest();
else if (args[0] === "--i18n") ok = lintI18n(args[1] ?? "extension");
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
