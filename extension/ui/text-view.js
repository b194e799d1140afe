// The demo page's view of an analysed text: paragraphs as elements holding Text nodes.
//   in:  a container element, the text (paragraphs separated by blank lines)
//   out: the container filled with <h1>/<p>, and rangeFor(start, end) -> Range over it

/**
 * Renders `text` into `container` as <p>/<h1> elements holding Text nodes, and returns
 * rangeFor(start, end). `options.headline`: the tag of the first paragraph (default "h1").
 */
export function renderText(container, text, options = {}) {
  const headTag = /^(h[1-6]|p|div)$/i.test(options.headline || "") ? options.headline : "h1";
  const doc = container.ownerDocument;
  container.replaceChildren();
  const pieces = [];
  const re = /\n[ \t]*\n/g;
  let pos = 0, first = true, m;
  const para = (a, b) => {
    const chunk = text.slice(a, b);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (!body) return;
    const el = doc.createElement(first ? headTag : "p");
    first = false;
    const node = doc.createTextNode(body);
    el.append(node);
    container.append(el);
    pieces.push({ node, start: a + lead, end: a + lead + body.length, offs: null, base: 0 });
  };
  while ((m = re.exec(text))) {
    para(pos, m.index);
    pos = m.index + m[0].length;
  }
  para(pos, text.length);
  return globalThis.SourcelensExtract ? globalThis.SourcelensExtract.makeRangeFor(pieces, doc) : simpleRangeFor(pieces, doc);
}

function simpleRangeFor(pieces, doc) {
  return (start, end) => {
    const p = pieces.find((x) => x.start <= start && end <= x.end);
    if (!p) return null;
    const r = doc.createRange();
    r.setStart(p.node, start - p.start);
    r.setEnd(p.node, end - p.start);
    return r;
  };
}
