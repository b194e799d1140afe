// Screenshots of the sidebar on the bundled sample article, for the README:
//   node tests/e2e/screenshots.mjs [docs/screenshots]      (make screenshots)
// Needs dist/extension (make extension). Flags render as emoji only when an emoji font is
// installed (Debian: fonts-noto-color-emoji).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT, serve, launchWithExtension, pressAction, inSidebar } from "./helpers.mjs";

const out = resolve(process.argv[2] ?? join(ROOT, "docs/screenshots"));
mkdirSync(out, { recursive: true });
const server = await serve(join(ROOT, "examples"));
const { browser, extension } = await launchWithExtension({ viewport: { width: 1440, height: 900 } });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/sana-raqqa-2017-10-30.html`, { waitUntil: "load" });
  await pressAction(page, extension);

  // 1. the article with its highlights, a tooltip, and the top of the sidebar
  const pt = await page.evaluate(async () => {
    const r = [...CSS.highlights.get("sourcelens-cue")].find((x) => x.toString() === "told");
    window.scrollTo(0, Math.max(0, window.scrollY + r.getClientRects()[0].top - 260));
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const c = r.getClientRects()[0];
    return { x: c.left + c.width / 2, y: c.top + c.height / 2 };
  });
  await page.mouse.move(pt.x, pt.y);
  await page.waitForFunction(() => !document.querySelector("sourcelens-sidebar").shadowRoot.querySelector(".tip").hidden);
  await page.screenshot({ path: join(out, "sidebar.png") });

  // 2. the sources and their claims
  await page.mouse.move(5, 5);
  await inSidebar(page, (aside) => aside.querySelector('section[data-section="sources"]').scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(out, "sources.png") });

  // 3. timeline and places with the offline map
  await inSidebar(page, (aside) => aside.querySelector('section[data-section="timeline"]').scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(out, "timeline-places.png") });
  console.log(`screenshots: ${out}/sidebar.png, sources.png, timeline-places.png`);
} finally {
  await browser.close();
  await server.close();
}
