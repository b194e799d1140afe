// The store screenshots are taken from real pages by the browser (store-screenshots.mjs) and
// are what the stores ask for: PNG, 1280×800, with something on them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { takeStoreScreenshots, STORE_SIZE } from "./store-screenshots.mjs";

/** Width, height and the share of distinct colours in a PNG (8-bit RGB/RGBA, as Chromium writes). */
function pngInfo(buf) {
  assert.equal(buf.subarray(0, 8).toString("hex"), "89504e470d0a1a0a", "a PNG");
  let pos = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), type = buf.toString("ascii", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = { 2: 3, 6: 4 }[data[9]] ?? 0;
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  // colours sampled from the first byte of each filtered row's pixels (enough to tell a blank image)
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels + 1;
  const colours = new Set();
  for (let y = 0; y < height; y += 7) for (let x = 0; x < width; x += 13) colours.add(raw.readUInt32BE(Math.min(raw.length - 4, y * stride + 1 + x * channels)));
  return { width, height, colours: colours.size };
}

test("store screenshots: five 1280×800 PNGs of real pages", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sourcelens-store-"));
  try {
    const files = await takeStoreScreenshots(dir);
    assert.equal(files.length, 5);
    for (const f of files) {
      const info = pngInfo(readFileSync(f));
      assert.deepEqual([info.width, info.height], [STORE_SIZE.width, STORE_SIZE.height], f);
      assert.ok(info.colours > 20, `${f} is not blank (${info.colours} colours sampled)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
