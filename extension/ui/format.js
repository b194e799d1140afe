// How findings read in the sidebar: flags, country names, dates, source names, kind labels.
//   in:  values of the Report (ISO codes and dates, kinds)
//   out: display strings in the messages' language
import { t, locale } from "./i18n.js";
import { own } from "./dom.js";

/** The flag emoji of an ISO 3166-1 alpha-2 code ("" when not a code). */
export function flag(cc) {
  if (!/^[A-Za-z]{2}$/.test(cc || "")) return "";
  const up = cc.toUpperCase();
  return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
}

let regionNames = null;
/** The country's name in the messages' language ("SY" -> "Syria"); the code when unknown. */
export function countryName(cc) {
  if (!cc) return "";
  try {
    regionNames = regionNames || new Intl.DisplayNames([locale()], { type: "region" });
    return regionNames.of(cc.toUpperCase()) || cc;
  } catch {
    return cc;
  }
}

const names = (key) => t(key).split(" ");
/** "Sun 29 Oct 2017", "Oct 2017", "2017" from an ISO value ("unresolved" for none). */
export function formatDate(v) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v || "");
  if (!m) return v || t("dateUnresolved");
  const months = names("monthsShort");
  const month = months[+m[2] - 1] || m[2];
  if (!m[2]) return m[1];
  if (!m[3]) return t("dateMonth", month, m[1]);
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
  return t("dateDay", names("weekdaysShort")[day], String(+m[3]), month, m[1]);
}

/** A source's display name (the core may leave it empty): its first mention, else its kind. */
export function sourceName(src) {
  const n = String(src?.name || "").trim();
  if (n) return n;
  const m = src?.mentions?.[0]?.text?.trim();
  return m || t("unnamedSource", kindName(src?.kind || "source"));
}

const KINDS = { direct: "kindDirect", indirect: "kindIndirect", mixed: "kindMixed" };
/** "quoted", "paraphrased", "quoted + paraphrased" (the raw kind when unknown). */
export const attributionKind = (kind) => (own(KINDS, kind) ? t(own(KINDS, kind)) : String(kind ?? ""));

const DISTANCING = { "so-called": "distSoCalled", "scare-quote": "distScareQuote", alleged: "distAlleged", claim: "distClaim" };
/** "so-called", "scare quotes", "alleged", "claim" (the raw kind when unknown). */
export const distancingKind = (kind) => (own(DISTANCING, kind) ? t(own(DISTANCING, kind)) : String(kind ?? ""));

const SOURCE_KINDS = {
  person: "sourcePerson", official: "sourceOfficial", organisation: "sourceOrganisation", media: "sourceMedia",
  document: "sourceDocument", anonymous: "sourceAnonymous", source: "sourceGeneric",
};
/** A source kind ("official", "media", …) in the messages' language. */
export const kindName = (kind) => (own(SOURCE_KINDS, kind) ? t(own(SOURCE_KINDS, kind)) : String(kind ?? ""));

const PLACE_KINDS = {
  country: "placeCountry", admin: "placeAdmin", city: "placeCity", region: "placeRegion", feature: "placeFeature",
  neighbourhood: "placeNeighbourhood", street: "placeStreet",
};
/** A place kind ("city", "country", …) in the messages' language. */
export const placeKind = (kind) => (own(PLACE_KINDS, kind) ? t(own(PLACE_KINDS, kind)) : String(kind ?? ""));

const PRECISION = { day: "precisionDay", month: "precisionMonth", year: "precisionYear" };
export const datePrecision = (p) => (own(PRECISION, p) ? t(own(PRECISION, p)) : String(p ?? ""));
