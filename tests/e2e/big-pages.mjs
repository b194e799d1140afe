// Generated long pages for the freeze test (hostile-big.test.mjs) and scripts/bench-browser.mjs,
// and the in-page probe that measures main-thread blocking. The sentences are written for
// these tests: wire-style reporting with attributions, dates and places, varied by index.

const PLACES = ["Lyon", "Marseille", "Toulouse", "Geneva", "Vienna", "Munich", "Milan", "Turin", "Porto", "Seville", "Krakow", "Ghent"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WHO = ["the mayor", "a council spokeswoman", "local officials", "the regional prefect", "an engineer who asked not to be named", "the transport ministry"];

/** One paragraph of about 300 characters; `i` varies names, days and numbers. */
export function paragraph(i) {
  const p = PLACES[i % PLACES.length], q = PLACES[(i * 7 + 3) % PLACES.length], d = DAYS[i % DAYS.length], w = WHO[i % WHO.length];
  return `Officials in ${p} said on ${d} that the budget for the ${2000 + (i % 25)} works would grow by ${i % 17} per cent. ` +
    `"We cannot wait another year," ${w} told reporters in ${q}, according to a statement. Critics called the so-called reform plan late.`;
}

/**
 * An HTML page with at least `chars` characters of text, in one of three shapes:
 *  - "paragraphs": an <article> of ~300-character <p data-i> (article extraction runs);
 *  - "one-node": the whole text in a single Text node of one <p data-i="0">;
 *  - "many-elements": each paragraph split into <span>s, more elements than the extraction
 *    limit (60,000), so the whole visible page text is read instead;
 *  - "text-nodes": 50,000 text nodes (sentences separated by comments, so without extra
 *    elements) in a few hundred paragraphs: article extraction runs over all of them.
 * The page carries PROBE (window.__probe) and an <input id="probe-input"> for input delays.
 */
export function bigPage(shape, chars) {
  const parts = [];
  let n = 0, i = 0;
  if (shape === "text-nodes") {
    const sentences = [];
    while (n < chars) {
      for (const x of paragraph(i++).split(/(?<=[.,]) /)) {
        sentences.push(x + " ");
        n += x.length + 1;
      }
    }
    // 50,000 text nodes or more: ~100 sentences (text nodes) per paragraph
    const per = Math.max(1, Math.floor(sentences.length / Math.max(1, Math.ceil(sentences.length / 100))));
    for (let k = 0; k < sentences.length; k += per) parts.push(`<p data-i="${k / per}">${sentences.slice(k, k + per).join("<!---->")}</p>`);
  } else if (shape === "one-node") {
    const text = [];
    while (n < chars) {
      const s = paragraph(i++) + " ";
      text.push(s);
      n += s.length;
    }
    parts.push(`<p data-i="0">${text.join("")}</p>`);
  } else {
    while (n < chars) {
      const s = paragraph(i);
      n += s.length;
      if (shape === "many-elements") {
        const words = s.split(". ");
        parts.push(`<p data-i="${i}">${words.map((w) => `<span>${w}. </span>`).join("")}</p>`);
      } else parts.push(`<p data-i="${i}">${s}</p>`);
      i++;
    }
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Every council budget of the decade, in full</title>
<meta property="article:published_time" content="2024-05-02"><script>${PROBE}</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <input id="probe-input" aria-label="search"></nav><article><h1>Every council budget of the decade, in full</h1>
${parts.join("\n")}</article><footer>Written for the sourcelens tests.</footer></body></html>`;
}

/** In-page probe: window.__probe.start() / .stop() -> blocking figures in ms. */
export const PROBE = `window.__probe = (() => {
  let tasks = [], frames = [], beats = [], inputs = [], t0 = 0, on = false, raf = 0, timer = 0;
  addEventListener("keydown", (e) => { if (on) inputs.push(performance.now() - e.timeStamp); }, true);
  const obs = new PerformanceObserver((l) => { if (on) for (const e of l.getEntries()) tasks.push(e.duration); });
  try { obs.observe({ type: "longtask" }); } catch {}
  const frame = () => { if (!on) return; frames.push(performance.now()); raf = requestAnimationFrame(frame); };
  const gap = (a) => { let g = 0; for (let k = 1; k < a.length; k++) g = Math.max(g, a[k] - a[k - 1]); return Math.round(g); };
  return {
    start() { tasks = []; frames = []; beats = []; inputs = []; on = true; t0 = performance.now(); raf = requestAnimationFrame(frame); timer = setInterval(() => beats.push(performance.now()), 20); },
    stop() {
      for (const e of obs.takeRecords()) tasks.push(e.duration);
      on = false; cancelAnimationFrame(raf); clearInterval(timer);
      return { t0, total: Math.round(performance.now() - t0), longestTask: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length,
        longTaskMs: Math.round(tasks.reduce((a, b) => a + b, 0)), longestFrameGap: gap(frames), beats: beats.length, longestBeatGap: gap(beats),
        keys: inputs.length, longestInputDelay: Math.round(Math.max(0, ...inputs)) };
    },
  };
})();`;
