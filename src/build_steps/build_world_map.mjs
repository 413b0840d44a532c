// Builds the world map the export map draws, from npm packages only (run by `npm run
// build:map` before every Trunk build):
// - geometry: Natural Earth 1:110m countries from `world-atlas` (public domain), simplified and
//   rounded so the file stays small;
// - Morocco drawn whole: Natural Earth's separate "W. Sahara" feature is merged into Morocco,
//   with no internal boundary, as Morocco's official maps show;
// - features named by ISO 3166-1 alpha-2 code (the codes of the facts); the three features
//   without a code keep Natural Earth's name; Antarctica, where no craft is sold, is left out;
// - rings crossing the antimeridian (Russia's Chukotka, Fiji) are folded onto ±180°, so a flat
//   map does not draw them as stripes across the world;
// - country names in French, Arabic and English from `i18n-iso-countries`.
// Writes target/js/world.json (GeoJSON), target/js/country-names.json ({ code: [fr, ar, en] })
// and target/js/country-points.json ({ code: [longitude, latitude] }, where flow lines end).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const LANGUAGES = ['fr', 'ar', 'en'];
for (const language of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));

const MOROCCO = '504';
const WESTERN_SAHARA = '732';
const ANTARCTICA = '010';
/** Share of the points kept by simplification, the most significant first. */
const SIMPLIFY_QUANTILE = 0.6;
/** Decimal places kept in coordinates (0.01° ≈ 1 km). */
const DECIMALS = 2;

const OUT = new URL('../../target/js/', import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const weighted = presimplify(topology);
const simplified = simplify(weighted, quantile(weighted, SIMPLIFY_QUANTILE));
const geometries = simplified.objects.countries.geometries;

const morocco = merge(simplified, geometries.filter((g) => g.id === MOROCCO || g.id === WESTERN_SAHARA));
const features = [
  { type: 'Feature', properties: { name: 'MA' }, geometry: morocco },
  ...geometries
    .filter((g) => ![MOROCCO, WESTERN_SAHARA, ANTARCTICA].includes(g.id))
    .map((g) => {
      const shape = feature(simplified, g);
      const name = (g.id && countries.numericToAlpha2(g.id)) || g.properties.name;
      return { type: 'Feature', properties: { name }, geometry: shape.geometry };
    }),
].map((f) => ({ ...f, geometry: foldAntimeridian(round(f.geometry)) }));

/** Coordinates rounded to DECIMALS places. */
function round(geometry) {
  const factor = 10 ** DECIMALS;
  const point = ([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
  return mapRings(geometry, (ring) => ring.map(point));
}

/** A ring spanning more than half the world crosses the antimeridian: its points on the far
 * side are put on the meridian of the side the ring mostly lies on. */
function foldAntimeridian(geometry) {
  return mapRings(geometry, (ring) => {
    const longitudes = ring.map(([x]) => x);
    if (Math.max(...longitudes) - Math.min(...longitudes) <= 180) return ring;
    const east = longitudes.filter((x) => x > 0).length >= longitudes.length / 2;
    return ring.map(([x, y]) => [east ? (x < 0 ? 180 : x) : (x > 0 ? -180 : x), y]);
  });
}

function mapRings(geometry, change) {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(change) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(change)) };
  }
  return geometry;
}

/** The area-weighted centre of a country's largest polygon (its mainland), rounded: where the
 * export flow lines start and end. */
function mainlandCentre(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.map((polygon) => polygon[0]);
  const measured = rings.map((ring) => {
    let [area, x, y] = [0, 0, 0];
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [[x0, y0], [x1, y1]] = [ring[i], ring[i + 1]];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      x += (x0 + x1) * cross;
      y += (y0 + y1) * cross;
    }
    return { area: area / 2, x: x / (3 * area), y: y / (3 * area) };
  });
  const largest = measured.reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a));
  const factor = 10 ** DECIMALS;
  return [Math.round(largest.x * factor) / factor, Math.round(largest.y * factor) / factor];
}

const points = Object.fromEntries(features
  .filter((f) => /^[A-Z]{2}$/.test(f.properties.name))
  .map((f) => [f.properties.name, mainlandCentre(f.geometry)]));

/** Every code but Western Sahara's, which the map draws as part of Morocco. */
const names = Object.fromEntries(Object.keys(countries.getAlpha2Codes())
  .filter((code) => code !== countries.numericToAlpha2(WESTERN_SAHARA))
  .map((code) => [code, LANGUAGES.map((language) => countries.getName(code, language) ?? code)]));

mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('world.json', OUT), JSON.stringify({ type: 'FeatureCollection', features }));
writeFileSync(new URL('country-names.json', OUT), JSON.stringify(names));
writeFileSync(new URL('country-points.json', OUT), JSON.stringify(points));
