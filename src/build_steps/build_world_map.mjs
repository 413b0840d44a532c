// Builds the maps the app draws itself as SVG, from npm packages only (run by `npm run
// build:map` before every Trunk build):
// - geometry: Natural Earth 1:110m countries from `world-atlas` (public domain), projected
//   here, once, with d3-geo's Equal Earth projection, so the browser only draws paths;
// - Morocco drawn whole: Natural Earth's separate "W. Sahara" feature is merged into Morocco,
//   with no internal boundary, as Morocco's official maps show;
// - shapes named by ISO 3166-1 alpha-2 code (the codes of the facts); the three features
//   without a code keep Natural Earth's name; Antarctica, where no craft is sold, is left out;
//   shapes crossing the antimeridian (Russia's Chukotka, Fiji) are cut there by the projection;
// - coordinates quantised to a quarter of a pixel of a 1000-pixel-wide map and written as
//   relative moves, which keeps the whole world near 19 KB gzip at full 1:110m detail;
// - shapes in west-to-east order of their mainland centre, the order keyboard focus follows;
// - the small map of Morocco on family pages: Natural Earth 1:50m, Mercator, cut to Morocco's
//   frame, with the projection's scale and offset so the app places the towns on it;
// - country names in French, Arabic and English from `i18n-iso-countries`.
// Writes target/js/world-map.json, its coarse copy for the home page world-map-small.json,
// target/js/morocco-map.json (see `src/data/geometry.rs` for
// both formats) and target/js/country-names.json ({ code: [fr, ar, en] }).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoEqualEarth, geoMercator, geoPath, geoStream } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const LANGUAGES = ['fr', 'ar', 'en'];
for (const language of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));

const MOROCCO = '504';
const WESTERN_SAHARA = '732';
const ANTARCTICA = '010';
/** Width of the world map in path units: a quarter of a pixel of a 1000-pixel-wide map. */
const WORLD_WIDTH = 4000;
/** Width of the home page's small world map: a pixel of its widest drawing, coarse enough
 * that small islands fold into a point and the whole world is a few kilobytes. */
const SMALL_WORLD_WIDTH = 640;
/** The share of Natural Earth's points the small map keeps. */
const SMALL_WORLD_KEEP = 0.1;
/** Morocco's frame (longitude, latitude), from Tangier to Lagouira, with a margin. */
const MOROCCO_FRAME = [[-17.6, 36.2], [-0.6, 20.4]];
/** Width of the map of Morocco in path units (half a pixel at its 400-pixel width). */
const MOROCCO_WIDTH = 800;

const OUT = new URL('../../target/js/', import.meta.url);

/** The features of a world-atlas topology: Morocco whole, Antarctica left out, named by code;
 * with `keep` (0–1), only that share of its points, the least visible dropped first
 * (Visvalingam's effective area, topojson-simplify). */
function countryFeatures(file, keep = 1) {
  const full = JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));
  const topology = keep < 1 ? simplifiedTopology(full, keep) : full;
  const geometries = topology.objects.countries.geometries;
  const morocco = merge(topology, geometries.filter((g) => g.id === MOROCCO || g.id === WESTERN_SAHARA));
  return [
    { type: 'Feature', properties: { code: 'MA' }, geometry: morocco },
    ...geometries
      .filter((g) => ![MOROCCO, WESTERN_SAHARA, ANTARCTICA].includes(g.id))
      .map((g) => {
        const code = (g.id && countries.numericToAlpha2(g.id)) || g.properties.name;
        return { ...feature(topology, g), properties: { code } };
      }),
  ];
}

/** `topology` keeping about the share `keep` of its points (quantile `keep` of the weights: the
 * points weighing more than it stay, and every arc keeps its ends). */
function simplifiedTopology(topology, keep) {
  const weighted = presimplify(topology);
  return simplify(weighted, quantile(weighted, keep));
}

/** Two numbers of a path, separated only when the second has no minus sign. */
const pair = (x, y) => (y < 0 ? `${x}${y}` : `${x} ${y}`);

/** A feature as an SVG path of whole units, each ring a move then relative lines. */
function relativePath(geometry, projection) {
  let [path, x0, y0, first] = ['', 0, 0, true];
  const sink = {
    point(x, y) {
      const [x1, y1] = [Math.round(x), Math.round(y)];
      if (first) path += `M${pair(x1, y1)}`;
      else if (x1 !== x0 || y1 !== y0) path += `l${pair(x1 - x0, y1 - y0)}`;
      [x0, y0, first] = [x1, y1, false];
    },
    lineStart() { first = true; },
    lineEnd() { path += 'z'; },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return path;
}

/** A country's mainland (largest polygon), for where flows end and where a tap looks. */
function mainland(geometry) {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

const round1 = (value) => Math.round(value * 10) / 10;

/** The world in the export map's format, `width` path units wide; shapes that round to
 * nothing at that width are left out. */
function worldMap(width, keep = 1) {
  const features = countryFeatures('countries-110m.json', keep);
  const projection = geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds({ type: 'FeatureCollection', features });
  const shapes = features.map((f) => {
    const [x, y] = path.centroid(mainland(f.geometry));
    // The radius of a disc of the same area, in path units: how small a country is.
    const radius = Math.sqrt(path.area(f) / Math.PI);
    return [f.properties.code, relativePath(f, projection), round1(x), round1(y), round1(radius)];
  }).filter(([, d]) => /l/.test(d));
  shapes.sort((a, b) => a[2] - b[2]);
  return { width, height: Math.ceil(bottom - top), countries: shapes };
}

function moroccoMap() {
  const features = countryFeatures('countries-50m.json');
  const frame = { type: 'MultiPoint', coordinates: MOROCCO_FRAME };
  const projection = geoMercator().fitWidth(MOROCCO_WIDTH, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  const height = Math.ceil(bottom - top);
  projection.clipExtent([[0, 0], [MOROCCO_WIDTH, height]]);
  const shapes = features
    .map((f) => [f.properties.code, relativePath(f, projection)])
    .filter(([, d]) => d.length > 0);
  const [tx, ty] = projection.translate();
  return {
    width: MOROCCO_WIDTH,
    height,
    projection: { scale: projection.scale(), translate: [tx, ty] },
    countries: shapes,
  };
}

/** Every code but Western Sahara's, which the map draws as part of Morocco. */
const names = Object.fromEntries(Object.keys(countries.getAlpha2Codes())
  .filter((code) => code !== countries.numericToAlpha2(WESTERN_SAHARA))
  .map((code) => [code, LANGUAGES.map((language) => countries.getName(code, language) ?? code)]));

mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('world-map.json', OUT), JSON.stringify(worldMap(WORLD_WIDTH)));
writeFileSync(new URL('world-map-small.json', OUT), JSON.stringify(worldMap(SMALL_WORLD_WIDTH, SMALL_WORLD_KEEP)));
writeFileSync(new URL('morocco-map.json', OUT), JSON.stringify(moroccoMap()));
writeFileSync(new URL('country-names.json', OUT), JSON.stringify(names));
