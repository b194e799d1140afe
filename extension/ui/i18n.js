// The words of the interface. Every text a reader sees comes from
// extension/_locales/<lang>/messages.json: through chrome.i18n.getMessage in the extension (the
// browser picks the language), else from the bundled English catalogue (the demo page, node).
// tests/lint-extension.mjs checks that no literal UI text is left in the scripts, that every
// key used exists and that every message is used.
//   t("sourcesFound", 3)          -> "3 sources"      (placeholders $NAME$ -> $1..$9)
//   count(n, "claimOne", "claimMany")                   (English-style one/many)
//   num(1234)                     -> "1,234"          (in the catalogue's own locale)
import catalogue from "../_locales/en/messages.json";

const browserI18n = (() => {
  const api = globalThis.chrome?.i18n ?? globalThis.browser?.i18n;
  return api && typeof api.getMessage === "function" ? api : null;
})();

/** A message of the bundled catalogue with chrome.i18n's substitution rules. */
function fromCatalogue(key, subs) {
  const m = Object.hasOwn(catalogue, key) ? catalogue[key] : null;
  if (!m) return "";
  const named = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name) => {
    const p = m.placeholders && Object.hasOwn(m.placeholders, name.toLowerCase()) ? m.placeholders[name.toLowerCase()] : null;
    return p ? p.content : all;
  });
  return named.replace(/\$(\$|[1-9])/g, (all, d) => (d === "$" ? "$" : (subs[Number(d) - 1] ?? "")));
}

/** Stand-ins for $1..$9: a message is asked for once with these, then filled in locally. */
const SLOTS = Array.from({ length: 9 }, (_, i) => `\u0001${i + 1}\u0002`);
const SLOT = /\u0001([1-9])\u0002/g;
const templates = new Map();

/** The message with its placeholders left as slots (one getMessage per key: it is not cheap). */
function template(key) {
  let tpl = templates.get(key);
  if (tpl === undefined) {
    tpl = "";
    if (browserI18n) {
      try {
        tpl = browserI18n.getMessage(key, SLOTS) || "";
      } catch {
        tpl = "";
      }
    }
    if (!tpl) tpl = fromCatalogue(key, SLOTS);
    templates.set(key, tpl);
  }
  return tpl;
}

/** The message `key` with its substitutions (numbers are formatted); the key itself when missing. */
export function t(key, ...subs) {
  const tpl = template(key);
  if (!tpl) return key;
  if (!subs.length) return tpl.replace(SLOT, "");
  const strings = subs.map((x) => (typeof x === "number" ? num(x) : String(x ?? "")));
  return tpl.replace(SLOT, (all, d) => strings[Number(d) - 1] ?? "");
}

/** `one` for 1, else `many`; the number is the message's first substitution. */
export const count = (n, one, many, ...more) => t(n === 1 ? one : many, n, ...more);

let messagesLocale = null;
/** The language the messages are in (for numbers, dates and country names). */
export function locale() {
  if (!messagesLocale) {
    const l = t("locale");
    messagesLocale = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l) ? l : "en";
  }
  return messagesLocale;
}

let numbers = null;
/** A number in the messages' locale ("1,234"). */
export function num(n) {
  try {
    numbers = numbers || new Intl.NumberFormat(locale());
    return numbers.format(Number(n));
  } catch {
    return String(n);
  }
}

/** A share 0..1 as a whole percentage ("68%"). */
export const pct = (x) => t("percent", Math.round((Number(x) || 0) * 100));
