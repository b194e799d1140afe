// The places on a map, fitted to where the story is.
//   in:  place groups [{name, country, lat, lon, indices}] and the world's land and borders
//        (globalThis.SourcelensWorldMap: GeoJSON made at build time from world-atlas)
//   out: an <svg> whose projection (d3-geo) is fitted with fitExtent to the places' bounds
//        (the whole world when they are spread over it, or none has coordinates), with one
//        focusable marker per place, its area growing with the mentions
import { geoPath, geoMercator, geoNaturalEarth1 } from "d3-geo";
import { svg } from "./dom.js";

export const MAP_WIDTH = 360;
export const MAP_HEIGHT = 200;
const PAD = 12;
/** The smallest extent shown, in degrees (a single town still shows its region). */
const MIN_LON_SPAN = 12, MIN_LAT_SPAN = 7;
/** Places spread wider than this are shown on the world map. */
const MAX_LON_SPAN = 200, MAX_LAT_SPAN = 110;

const wrap = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** The longitude around which `lons` cluster (circular mean) and their half-spread from it. */
function lonCentre(lons) {
  const x = lons.reduce((a, l) => a + Math.cos((l * Math.PI) / 180), 0);
  const y = lons.reduce((a, l) => a + Math.sin((l * Math.PI) / 180), 0);
  const centre = x || y ? (Math.atan2(y, x) * 180) / Math.PI : 0;
  const half = Math.max(0, ...lons.map((l) => Math.abs(wrap(l - centre))));
  return { centre, half };
}

/**
 * The projection for `points` ([lon, lat]): Mercator centred on them and fitted to their padded
 * bounds, or the world (Natural Earth) when there are none or they are too spread out.
 */
export function fitProjection(points, width = MAP_WIDTH, height = MAP_HEIGHT) {
  const extent = [[PAD, PAD], [width - PAD, height - PAD]];
  if (points.length) {
    const { centre, half } = lonCentre(points.map((p) => p[0]));
    const lats = points.map((p) => p[1]);
    const latLo = Math.min(...lats), latHi = Math.max(...lats);
    if (half * 2 <= MAX_LON_SPAN && latHi - latLo <= MAX_LAT_SPAN) {
      const halfLon = Math.max(MIN_LON_SPAN / 2, half * 1.2);
      const midLat = (latLo + latHi) / 2;
      const halfLat = Math.max(MIN_LAT_SPAN / 2, ((latHi - latLo) / 2) * 1.2);
      const clampLat = (l) => Math.max(-80, Math.min(80, l));
      const corners = [];
      for (const dx of [-halfLon, 0, halfLon]) for (const lat of [midLat - halfLat, midLat + halfLat]) corners.push([centre + dx, clampLat(lat)]);
      const projection = geoMercator().rotate([-centre, 0]).fitExtent(extent, { type: "MultiPoint", coordinates: corners });
      return { projection: projection.clipExtent([[0, 0], [width, height]]), view: "fitted" };
    }
  }
  return { projection: geoNaturalEarth1().fitExtent(extent, { type: "Sphere" }), view: "world" };
}

/** The visible extent of a projection in degrees: [west, south, east, north] (rounded). */
function visibleBounds(projection, width, height) {
  const corners = [[0, 0], [width, 0], [0, height], [width, height]].map((p) => projection.invert(p)).filter(Boolean);
  if (corners.length < 4) return null;
  const lons = corners.map((c) => c[0]), lats = corners.map((c) => c[1]);
  const r = (x) => Math.round(x * 10) / 10;
  return [r(Math.min(...lons)), r(Math.min(...lats)), r(Math.max(...lons)), r(Math.max(...lats))];
}

/**
 * The map of `groups`: {element, markers: Map(group -> <circle>)}. `label(g)` names a marker
 * for screen readers and its tooltip; `onMarker(g, circle)` runs when one is chosen (click,
 * Enter or Space); `title` is the map's own accessible name.
 */
export function placesMap(doc, groups, { label, onMarker, title, on }) {
  const world = globalThis.SourcelensWorldMap;
  const located = groups.filter((g) => Number.isFinite(g.lat) && Number.isFinite(g.lon));
  const { projection, view } = fitProjection(located.map((g) => [g.lon, g.lat]));
  const path = geoPath(projection);
  const el = svg(doc, "svg", { class: "map", viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: "group", "aria-label": title, "data-view": view });
  const bounds = view === "fitted" ? visibleBounds(projection, MAP_WIDTH, MAP_HEIGHT) : null;
  if (bounds) el.setAttribute("data-bounds", bounds.join(","));
  if (world?.land) el.append(svg(doc, "path", { class: "land", d: path(world.land) || "" }));
  if (world?.borders) el.append(svg(doc, "path", { class: "borders", d: path(world.borders) || "" }));
  const markers = new Map();
  const maxN = Math.max(1, ...located.map((g) => g.indices.length));
  // the most mentioned first, so that smaller markers are drawn (and reached) on top of them
  for (const g of located) {
    const xy = projection([g.lon, g.lat]);
    if (!xy || !(xy[0] >= 0 && xy[0] <= MAP_WIDTH && xy[1] >= 0 && xy[1] <= MAP_HEIGHT)) continue;
    const name = label(g);
    const c = svg(doc, "circle", {
      class: "marker", cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 4 * Math.sqrt(g.indices.length / maxN)).toFixed(1),
      tabindex: "0", role: "button", "aria-label": name, "data-mentions": g.indices.length,
    });
    const tip = svg(doc, "title", {});
    tip.textContent = name;
    c.append(tip);
    on(c, "click", () => onMarker(g, c));
    on(c, "keydown", (e) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      onMarker(g, c);
    });
    el.append(c);
    markers.set(g, c);
  }
  return { element: el, markers, view };
}
