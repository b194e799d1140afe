// The texts the speed benchmarks run on (scripts/bench-browser.mjs, scripts/bench-compare.mjs):
//  - "sample": the bundled sample article (examples/, ~2.9 KB);
//  - "article-15k": a ~15,000-character article: the sample, then paragraphs written for this
//    benchmark (wire-style reporting with quotes, attributions, dates and places);
//  - "long-150k": ~150,000 characters: the 15k article's paragraphs repeated with the day
//    numbers and years varied (so no two paragraphs are identical).
// All offsets and sizes are in characters (UTF-16 code units, what the browser handles).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(new URL("..", import.meta.url).pathname);
const SAMPLE = readFileSync(join(ROOT, "examples/sana-raqqa-2017-10-30.txt"), "utf8");

/** Paragraphs written for the benchmarks (not taken from any publication). */
const WRITTEN = [
  `GENEVA, Oct. 31 — Negotiators from both delegations met again on Monday in Geneva, a United Nations spokeswoman said, after talks broke down last week over the sequencing of a ceasefire and the release of detainees.`,
  `"We are not there yet, but the atmosphere was constructive," the UN envoy told reporters outside the Palais des Nations on Tuesday evening, adding that a new round could open in the second half of November.`,
  `According to two diplomats familiar with the discussions, who asked not to be named because they were not authorised to speak publicly, the draft text now runs to eleven pages and leaves the question of monitoring to a later annex.`,
  `The opposition delegation said in a statement that it had submitted written proposals on 29 October and was still waiting for a reply. A government adviser in Damascus dismissed the proposals as "recycled demands" in an interview with state television.`,
  `Aid agencies warned on Wednesday that the delays were costing lives. The World Food Programme said convoys had reached only four of the eleven besieged areas in Idlib and eastern Ghouta since the start of the month, and that fuel shortages in Aleppo had forced bakeries to close.`,
  `Russia's foreign ministry said Moscow would host a separate meeting in Sochi in early December, a plan that Western officials in Brussels described as a so-called parallel track designed to sideline the Geneva process.`,
  `In Washington, a State Department spokesman said the United States "remains committed" to the UN-led talks, while Turkish officials in Ankara told the Anadolu agency that any settlement must address the presence of armed groups along the border near Afrin and Manbij.`,
  `Residents of Raqqa reached by telephone said reconstruction had barely begun. "The water comes two hours a day, sometimes not at all," said Ahmad, a schoolteacher who returned in September and who gave only his first name for fear of reprisals.`,
  `The International Committee of the Red Cross estimated on Thursday that more than 8,000 houses in the city had been destroyed or badly damaged. Its regional director, speaking in Beirut, said demining would take "years, not months".`,
  `Analysts cautioned against reading too much into the latest round. "Both sides have an interest in being seen at the table," said a researcher at a think tank in London, who noted that similar rounds in 2016 and in February 2017 had ended without agreement.`,
  `Separately, officials in Amman said Jordan had reopened the Nassib crossing to freight for a trial period of 30 days, and Lebanese ministers in Beirut said they hoped to discuss the return of refugees at a donor conference in Brussels next spring.`,
  `The envoy is expected to brief the Security Council in New York on Friday. Diplomats said he would ask members to back a timetable for constitutional talks that could begin as early as January 2018.`,
];

/** About `chars` characters: the sample, then the written paragraphs, in rounds. */
export function article(chars) {
  const paras = [...SAMPLE.trim().split(/\n\s*\n/), ...WRITTEN];
  const out = [];
  let n = 0, round = 0;
  while (n < chars) {
    for (const p of paras) {
      // later rounds vary the day numbers and years so that no paragraph repeats exactly
      const q = round === 0 ? p : p.replace(/\b(\d{1,2})(?= (?:October|November|September|February))/g, (d) => String(1 + ((+d + round) % 28))).replace(/\b(20\d\d)\b/g, (y) => String(+y - (round % 15)));
      out.push(q);
      n += q.length + 2;
      if (n >= chars) break;
    }
    round++;
  }
  return out.join("\n\n").slice(0, chars);
}

export const TEXTS = {
  sample: SAMPLE,
  "article-15k": article(15000),
  "long-150k": article(150000),
};
export const PUBLISHED = "2017-10-30";

/** Median, and the value at quantile q, of a list of numbers. */
export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q, lo = Math.floor(i), hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

/** Replaces the part of docs/benchmarks.md between <!-- name:start --> and <!-- name:end -->. */
export function writeSection(file, name, body) {
  let doc;
  try {
    doc = readFileSync(file, "utf8");
  } catch {
    doc = "# sourcelens benchmarks\n";
  }
  const start = `<!-- ${name}:start -->`, end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const a = doc.indexOf(start), b = doc.indexOf(end);
  doc = a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  return doc;
}

/** A markdown table from a header row and rows. */
export function table(head, rows) {
  const line = (r) => `| ${r.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
