// Screenshots of the demo page (dist/www, `make www`) on the bundled sample, for the README:
//   node tests/e2e/www-screenshot.mjs [docs/screenshots]   -> www.png (light), www-dark.png (dark)
// Flags render as emoji only when an emoji font is installed (Debian: fonts-noto-color-emoji).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import puppeteer from "puppeteer-core";
import { ROOT, CHROME, CHROME_ARGS, serve } from "./helpers.mjs";

const out = resolve(process.argv[2] ?? join(ROOT, "docs/screenshots"));
mkdirSync(out, { recursive: true });
const server = await serve(join(ROOT, "dist/www"));
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, pipe: true, args: CHROME_ARGS, defaultViewport: { width: 1440, height: 900 } });
try {
  for (const [scheme, file] of [["light", "www.png"], ["dark", "www-dark.png"]]) {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page.click("#sample");
    await page.waitForFunction(() => /^Analysed/.test(document.getElementById("status").textContent), { timeout: 20000 });
    // the text view and the sidebar side by side (as the page scrolls them after an
    // analysis), with the tooltip of a cue
    const pt = await page.evaluate(async () => {
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const r = [...CSS.highlights.get("sourcelens-cue")].find((x) => x.toString() === "told");
      const c = r.getClientRects()[0];
      return { x: c.left + c.width / 2, y: c.top + c.height / 2 };
    });
    await page.mouse.move(pt.x, pt.y);
    await page.waitForFunction(() => !document.querySelector("#sidebar").shadowRoot.querySelector(".tip").hidden);
    await page.screenshot({ path: join(out, file) });
    await ctx.close();
  }
  console.log(`screenshots: ${out}/www.png, www-dark.png`);
} finally {
  await browser.close();
  await server.close();
}
