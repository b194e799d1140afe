// Shared helpers for the end-to-end tests: a static server on 127.0.0.1 and a Chromium with
// the built extension (dist/extension) loaded. No browser is downloaded: /usr/bin/chromium.
import http from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, resolve } from "node:path";
import puppeteer from "puppeteer-core";

export const ROOT = resolve(new URL("../..", import.meta.url).pathname);
export const EXTENSION_DIR = join(ROOT, "dist/extension");
export const FIXTURES = join(ROOT, "tests/e2e/fixtures");
/** The sample article's page, kept once in examples/ (the CLI, golden and e2e tests share it). */
export const SAMPLE_HTML = join(ROOT, "examples/sana-raqqa-2017-10-30.html");
/** `serve` routes that add the sample page to a fixture server as /sample.html. */
export const SAMPLE_ROUTES = { "/sample.html": async () => ({ body: await readFile(SAMPLE_HTML) }) };
export const CHROME = process.env.CHROME_BIN || "/usr/bin/chromium";
export const STRICT_CSP = "default-src 'none'; script-src 'self'";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".txt": "text/plain; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png" };

/**
 * Serves `dir` on 127.0.0.1 (free port). `headers(path)` may add response headers;
 * `routes[path]()` may answer a path with generated {body, type}. Every request path is
 * recorded in `requests`.
 */
export async function serve(dir, { headers = () => ({}), routes = {} } = {}) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    try {
      if (routes[path]) {
        const { body, type = "text/html; charset=utf-8" } = await routes[path]();
        res.writeHead(200, { "Content-Type": type, ...headers(path) });
        res.end(body);
        return;
      }
      const file = join(dir, path.endsWith("/") ? path + "index.html" : path);
      if (!file.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** Paths under /csp/ are served with the strict CSP of the contract. */
export const cspHeaders = (p) => (p.startsWith("/csp/") ? { "Content-Security-Policy": STRICT_CSP } : {});

export const CHROME_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-dev-shm-usage",
];

/** Chromium with the built extension (or the one in `dir`) installed; returns {browser, extension, id}. */
export async function launchWithExtension({ viewport = { width: 1280, height: 900 }, dir = EXTENSION_DIR } = {}) {
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROME_ARGS,
    defaultViewport: viewport,
  });
  const id = await browser.installExtension(dir);
  let extension;
  for (let i = 0; i < 50 && !extension; i++) {
    extension = (await browser.extensions()).get(id);
    if (!extension) await new Promise((r) => setTimeout(r, 100));
  }
  if (!extension) throw new Error("extension did not load");
  // the background's listeners are registered once its service worker has started
  await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 10000 });
  return { browser, extension, id };
}

/** Records every request a page makes that does not go to 127.0.0.1 or the extension. */
export function watchRequests(page) {
  const outside = [];
  page.on("request", (req) => {
    const u = req.url();
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:)/.test(u)) outside.push(u);
  });
  return outside;
}

/** Presses the toolbar action and waits until the sidebar is shown (or hidden again). */
export async function pressAction(page, extension, { expectOpen = true, timeout = 30000 } = {}) {
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, 300));
  await page.triggerExtensionAction(extension);
  if (expectOpen) await waitReady(page, timeout);
  else await page.waitForFunction(() => !document.querySelector("sourcelens-sidebar"), { timeout });
}

/** Waits until the sidebar exists and is not loading (on timeout, says what it saw). */
export async function waitReady(page, timeout = 30000) {
  try {
    await page.waitForFunction(() => {
      const host = document.querySelector("sourcelens-sidebar");
      const aside = host?.shadowRoot?.querySelector('[role="complementary"][aria-label="sourcelens"]');
      return aside && aside.dataset.state !== "loading";
    }, { timeout });
  } catch (e) {
    const seen = await page.evaluate(() => {
      const host = document.querySelector("sourcelens-sidebar");
      const aside = host?.shadowRoot?.querySelector("aside");
      return host ? `sidebar state ${aside?.dataset.state}: ${aside?.textContent.slice(0, 200)}` : "no sidebar host in the page";
    }).catch((x) => String(x));
    throw new Error(`sidebar not ready after ${timeout} ms (${seen})`, { cause: e });
  }
}

/** {name: [text of each range]} for every sourcelens highlight in the page. */
export function highlightTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, hl] of CSS.highlights) {
      if (name.startsWith("sourcelens-")) out[name] = [...hl].map((r) => r.toString());
    }
    return out;
  });
}

/** Runs `fn(aside, shadowRoot, ...args)` in the page with the sidebar's landmark. */
export function inSidebar(page, fn, ...args) {
  return page.evaluate(
    (src, ...a) => {
      const root = document.querySelector("sourcelens-sidebar").shadowRoot;
      const aside = root.querySelector('[role="complementary"][aria-label="sourcelens"]');
      return (0, eval)(`(${src})`)(aside, root, ...a);
    },
    fn.toString(),
    ...args,
  );
}

/** Starts recording mutations of the page's body (the sidebar host lives outside it). */
export async function watchMutations(page) {
  await page.evaluate(() => {
    window.__slMutations = [];
    new MutationObserver((list) => {
      for (const m of list) window.__slMutations.push(`${m.type} ${m.target.nodeName}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => window.__slMutations);
}

/** The page's text, for before/after integrity checks. */
export const bodyText = (page) => page.evaluate(() => document.body.textContent);

/**
 * The body's visible text with whitespace collapsed ("stream") and, per highlight name, the
 * [start, end) intervals of its ranges in that stream: lets a test locate gold spans.
 */
export function highlightStream(page) {
  return page.evaluate(() => {
    const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (skip.has(n.parentElement?.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let stream = "";
    const pos = new Map(); // node -> Int32Array of stream positions per unit
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const d = n.data;
      const p = new Int32Array(d.length + 1);
      for (let i = 0; i < d.length; i++) {
        if (/\s/.test(d[i])) {
          if (stream.length && stream[stream.length - 1] !== " ") stream += " ";
          p[i] = stream.length - 1;
        } else {
          p[i] = stream.length;
          stream += d[i];
        }
      }
      p[d.length] = stream.length;
      pos.set(n, p);
    }
    const at = (node, off, end) => {
      const p = pos.get(node);
      if (!p) return -1;
      return end ? (off > 0 ? p[off - 1] + 1 : p[0]) : p[Math.min(off, p.length - 1)];
    };
    const hl = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith("sourcelens-")) continue;
      hl[name] = [...h].map((r) => [at(r.startContainer, r.startOffset, false), at(r.endContainer, r.endOffset, true)]);
    }
    return { stream, hl };
  });
}

/**
 * Clicks, as the user does (a trusted mouse click), the element of the sidebar that
 * `fn(aside, shadowRoot, ...args)` returns. The extension's sidebar ignores synthetic events
 * (`el.click()` from page scripts), so tests must click for real.
 */
export async function clickInSidebar(page, fn, ...args) {
  const handle = await page.evaluateHandle(
    (src, ...a) => {
      const root = document.querySelector("sourcelens-sidebar").shadowRoot;
      const aside = root.querySelector('[role="complementary"][aria-label="sourcelens"]');
      const el = (0, eval)(`(${src})`)(aside, root, ...a);
      el.scrollIntoView({ block: "center" });
      return el;
    },
    fn.toString(),
    ...args,
  );
  try {
    await handle.asElement().click();
  } finally {
    await handle.dispose();
  }
}
