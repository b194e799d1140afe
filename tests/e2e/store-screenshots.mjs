// Store screenshots, 1280×800, of the built extension on real pages (the bundled sample article
// and a fixture article written for the tests) and of its options page:
//   node tests/e2e/store-screenshots.mjs [docs/screenshots]     (part of make screenshots)
// store-1-article.png   the article highlighted, the "why is this marked?" tooltip of a cue
// store-2-sources.png   the sources with their claims
// store-3-map.png       the timeline and the map fitted to the article's places
// store-4-next.png      next-highlight navigation: the tooltip beside the highlight
// store-5-options.png   the options page
// store-screenshots.test.mjs runs it into a temporary folder and checks the images.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT, FIXTURES, serve, launchWithExtension, pressAction, inSidebar } from "./helpers.mjs";

export const STORE_SIZE = { width: 1280, height: 800 };
export const STORE_FILES = ["store-1-article.png", "store-2-sources.png", "store-3-map.png", "store-4-next.png", "store-5-options.png"];

const frames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

export async function takeStoreScreenshots(out) {
  mkdirSync(out, { recursive: true });
  const examples = await serve(join(ROOT, "examples"));
  const fixtures = await serve(FIXTURES);
  const { browser, extension, id } = await launchWithExtension({ viewport: STORE_SIZE });
  try {
    const page = await browser.newPage();
    await page.goto(`${examples.url}/sana-raqqa-2017-10-30.html`, { waitUntil: "load" });
    await pressAction(page, extension);
    const pt = await page.evaluate(async () => {
      const r = [...CSS.highlights.get("sourcelens-cue")].find((x) => x.toString() === "told");
      window.scrollTo(0, Math.max(0, window.scrollY + r.getClientRects()[0].top - 260));
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const c = r.getClientRects()[0];
      return { x: c.left + c.width / 2, y: c.top + c.height / 2 };
    });
    await page.mouse.move(pt.x, pt.y);
    await page.waitForFunction(() => /Marked because/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").textContent));
    await page.screenshot({ path: join(out, STORE_FILES[0]) });
    await page.mouse.move(5, 5);
    await inSidebar(page, (aside) => aside.querySelector('section[data-section="sources"]').scrollIntoView({ block: "start" }));
    await frames(page);
    await page.screenshot({ path: join(out, STORE_FILES[1]) });
    await page.close();

    const article = await browser.newPage();
    await article.goto(`${fixtures.url}/plain-article.html`, { waitUntil: "load" });
    await pressAction(article, extension);
    await inSidebar(article, (aside) => aside.querySelector('section[data-section="timeline"]').scrollIntoView({ block: "start" }));
    await frames(article);
    await article.screenshot({ path: join(out, STORE_FILES[2]) });
    await inSidebar(article, (aside) => aside.focus());
    for (let k = 0; k < 4; k++) await article.keyboard.press("n");
    await article.waitForFunction(() => /Highlight 4 of/.test(document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".status").textContent));
    await frames(article);
    await article.screenshot({ path: join(out, STORE_FILES[3]) });
    await article.close();

    const options = await browser.newPage();
    await options.goto(`chrome-extension://${id}/options.html`, { waitUntil: "load" });
    await options.waitForFunction(() => document.body.dataset.ready === "true");
    await options.screenshot({ path: join(out, STORE_FILES[4]) });
  } finally {
    await browser.close();
    await examples.close();
    await fixtures.close();
  }
  return STORE_FILES.map((f) => join(out, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await takeStoreScreenshots(resolve(process.argv[2] ?? join(ROOT, "docs/screenshots")));
  console.log(`store screenshots: ${files.join(", ")}`);
}
