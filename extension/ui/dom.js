// DOM building blocks of the sidebar. Everything is made with DOM methods: strings become
// Text nodes, never HTML (the lint in tests/lint-extension.mjs keeps it so).
//   in:  a Document, a tag, attributes, children (elements or strings)
//   out: the element

/** Element with attributes and children; strings become Text nodes (never HTML). */
export function h(doc, tag, attrs, ...children) {
  const el = doc.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k === "style") el.style.cssText = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? doc.createTextNode(c) : c);
  return el;
}

export const SVGNS = "http://www.w3.org/2000/svg";

/** SVG element with attributes. */
export function svg(doc, tag, attrs) {
  const el = doc.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  return el;
}

/** `table[key]` only for the table's own keys ("constructor", "__proto__" give undefined). */
export const own = (table, key) => (typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined);

/** Whitespace collapsed, cut to `n` characters with an ellipsis. */
export function clip(t, n) {
  t = String(t || "").replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1).trimEnd() + "…" : t;
}
