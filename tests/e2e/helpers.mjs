// Shared helpers for the end-to-end tests: a static server on 127.0.0.1 and a Chromium with
// the built extension (dist/extension) loaded. No browser is downloaded: /usr/bin/chromium.
import http from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, resolve } from "node:path";
import puppeteer from "puppeteer-core";

export const ROOT = resolve(new URL("../..", import.meta.url).pathname);
export const EXTENSION_DIR = join(ROOT, "dist/extension");
export const CHROME = process.env.CHROME_BIN || "/usr/bin/chromium";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".txt": "text/plain; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml" };

/** Serves `dir` on 127.0.0.1 (free port). `headers(path)` may add response headers. */
export async function serve(dir, { headers = () => ({}) } = {}) {
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = join(dir, path.endsWith("/") ? path + "index.html" : path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROME_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-dev-shm-usage",
];

/** Chromium with the built extension installed; returns {browser, extension}. */
export async function launchWithExtension() {
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROME_ARGS,
  });
  const id = await browser.installExtension(EXTENSION_DIR);
  let extension;
  for (let i = 0; i < 50 && !extension; i++) {
    extension = (await browser.extensions()).get(id);
    if (!extension) await new Promise((r) => setTimeout(r, 100));
  }
  if (!extension) throw new Error("extension did not load");
  return { browser, extension };
}

/** Records every request a page makes that does not go to 127.0.0.1 or the extension. */
export function watchRequests(page) {
  const outside = [];
  page.on("request", (req) => {
    const u = req.url();
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(u)) outside.push(u);
  });
  return outside;
}

/** Presses the toolbar action and waits until the sidebar is shown (or hidden again). */
export async function pressAction(page, extension, { expectOpen = true } = {}) {
  await new Promise((r) => setTimeout(r, 300));
  await page.triggerExtensionAction(extension);
  if (expectOpen) {
    await page.waitForFunction(() => {
      const host = document.querySelector("sourcelens-sidebar");
      const aside = host?.shadowRoot?.querySelector('[role="complementary"][aria-label="sourcelens"]');
      return aside && aside.dataset.state !== "loading";
    }, { timeout: 15000 });
  } else {
    await page.waitForFunction(() => !document.querySelector("sourcelens-sidebar"), { timeout: 15000 });
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
