// The reader's settings (chrome.storage.local "settings" in the extension, localStorage on the
// demo page) and the highlight colours built from them.
//   in:  whatever storage holds (any shape: a newer or older version, or junk)
//   out: a complete, valid settings object; CSS for the page's highlights
// No DOM here: the background and the options page use it too.

/** The highlight categories, in the sidebar's order; `label`/`hint` are message keys. */
export const CATEGORIES = [
  { id: "source", label: "catSource", hint: "catSourceHint", line: "solid" },
  { id: "cue", label: "catCue", hint: "catCueHint", line: "solid" },
  { id: "content", label: "catContent", hint: "catContentHint", line: "none" },
  { id: "date", label: "catDate", hint: "catDateHint", line: "dashed" },
  { id: "place", label: "catPlace", hint: "catPlaceHint", line: "dotted" },
  { id: "distancing", label: "catDistancing", hint: "catDistancingHint", line: "wavy" },
];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id);
export const highlightName = (cat) => "sourcelens-" + cat;
export const FLASH = "sourcelens-flash";
export const MIN_WIDTH = 260;
export const MAX_WIDTH = 900;

/**
 * The default colours: the Okabe–Ito palette, designed to stay distinct with every common
 * form of colour blindness. Each category also has its own line style (solid, dashed, dotted,
 * wavy, none), so the highlights differ without colour at all.
 */
export const SAFE_PALETTE = Object.freeze({
  source: "#0072b2", // blue
  cue: "#e69f00", // orange
  content: "#cc79a7", // reddish purple
  date: "#009e73", // bluish green
  place: "#56b4e9", // sky blue
  distancing: "#d55e00", // vermillion
});

const COLOUR = /^#[0-9a-f]{6}$/;
/** Sites given as "example.org", "news.example.co.uk", "localhost" or an IPv4 address (no scheme, path or port). */
export const SITE = /^(?:localhost|(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)|(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;
const MAX_SITES = 100;

export const DEFAULT_SETTINGS = Object.freeze({
  schema: 2,
  theme: "auto",
  width: 380,
  filters: Object.freeze(Object.fromEntries(CATEGORY_IDS.map((c) => [c, true]))),
  colors: SAFE_PALETTE,
  collapsed: Object.freeze({}),
  autoRun: Object.freeze([]),
});

/** Stored settings completed with defaults; unknown or ill-typed values are dropped. */
export function mergeSettings(stored) {
  const s = {
    schema: DEFAULT_SETTINGS.schema,
    theme: DEFAULT_SETTINGS.theme,
    width: DEFAULT_SETTINGS.width,
    filters: { ...DEFAULT_SETTINGS.filters },
    colors: { ...SAFE_PALETTE },
    collapsed: {},
    autoRun: [],
  };
  if (!stored || typeof stored !== "object") return s;
  if (["auto", "light", "dark"].includes(stored.theme)) s.theme = stored.theme;
  if (Number.isInteger(stored.width) && stored.width >= MIN_WIDTH && stored.width <= MAX_WIDTH) s.width = stored.width;
  if (stored.filters && typeof stored.filters === "object") {
    for (const k of CATEGORY_IDS) if (Object.hasOwn(stored.filters, k) && typeof stored.filters[k] === "boolean") s.filters[k] = stored.filters[k];
  }
  if (stored.colors && typeof stored.colors === "object") {
    for (const k of CATEGORY_IDS) {
      const v = Object.hasOwn(stored.colors, k) ? stored.colors[k] : null;
      if (typeof v === "string" && COLOUR.test(v.toLowerCase())) s.colors[k] = v.toLowerCase();
    }
  }
  if (stored.collapsed && typeof stored.collapsed === "object") {
    for (const [k, v] of Object.entries(stored.collapsed)) if (/^[a-z]{1,20}$/.test(k) && !(k in Object.prototype) && typeof v === "boolean") s.collapsed[k] = v;
  }
  if (Array.isArray(stored.autoRun)) {
    const seen = new Set();
    for (const v of stored.autoRun.slice(0, MAX_SITES)) {
      if (typeof v === "string" && SITE.test(v) && !seen.has(v)) {
        seen.add(v);
        s.autoRun.push(v);
      }
    }
  }
  return s;
}

/** "https://www.Example.org/news" or "example.org" -> "www.example.org"; null when not a site. */
export function siteOf(input) {
  const s = String(input || "").trim().toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(s);
  if (scheme && scheme[1] !== "http" && scheme[1] !== "https") return null;
  const rest = scheme ? s.slice(scheme[0].length) : s;
  if (/^[^/?#]*@/.test(rest)) return null; // user@host
  const host = rest.split(/[/?#:]/, 1)[0].replace(/\.$/, "");
  return SITE.test(host) ? host : null;
}

/** The match pattern that grants a site (both schemes, that host only). */
export const sitePattern = (site) => `*://${site}/*`;

// ---------------------------------------------------------------- highlight CSS

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** `hex` moved towards `target` ([r,g,b]) by `amount` (0..1), as an rgb() colour. */
function mix(hex, target, amount) {
  const c = rgb(hex).map((v, i) => Math.round(v + (target[i] - v) * amount));
  return `rgb(${c.join(", ")})`;
}
const tint = (hex, alpha) => `rgba(${rgb(hex).join(", ")}, ${alpha})`;

/** How strong each category's background is: claims are long, cues short and bright. */
const ALPHA = { content: [0.1, 0.14], source: [0.16, 0.24], cue: [0.32, 0.34], date: [0.2, 0.24], place: [0.2, 0.24], distancing: [0, 0] };

/**
 * CSS for the page's highlights (CSS Custom Highlight API) in the reader's colours, for a light
 * or a dark page: a translucent tint behind the words (the page's text colour is kept) and a
 * line under them in the category's style; lines are darkened on light pages and lightened on
 * dark ones so that they stand out from the background. Colours must be #rrggbb (they come
 * from mergeSettings); anything else falls back to the default palette. `lines: false`: tints
 * only (for pages whose text is one giant node, which the browser repaints whole, slowly, for
 * every underlined highlight).
 */
export function highlightCss(colors, dark = false, { lines = true } = {}) {
  const out = [];
  for (const c of CATEGORIES) {
    const hex = typeof colors?.[c.id] === "string" && COLOUR.test(colors[c.id]) ? colors[c.id] : SAFE_PALETTE[c.id];
    const line = dark ? mix(hex, [255, 255, 255], 0.3) : mix(hex, [0, 0, 0], 0.25);
    const alpha = ALPHA[c.id][dark ? 1 : 0] || (lines ? 0 : 0.22);
    const decl = [];
    if (alpha) decl.push(`background-color: ${tint(hex, alpha)};`);
    if (lines && c.line !== "none") decl.push(`text-decoration: underline ${c.line} ${c.line === "wavy" ? "1.5px" : "2px"} ${line};`);
    out.push(`::highlight(${highlightName(c.id)}) { ${decl.join(" ")} }`);
  }
  out.push(`::highlight(${FLASH}) { background-color: rgb(255, 235, 59); color: rgb(0, 0, 0); }`);
  return out.join("\n") + "\n";
}

/** The swatch colour of a category in the sidebar and the options page. */
export const swatchColor = (colors, cat) => (typeof colors?.[cat] === "string" && COLOUR.test(colors[cat]) ? colors[cat] : SAFE_PALETTE[cat]);
