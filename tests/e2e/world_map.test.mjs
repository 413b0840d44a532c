// The world map the app ships: served with the app (no other host), Morocco whole with no
// internal boundary and no separate Western Sahara, no ring crossing the antimeridian,
// country names in the three languages, and within the 80 KB gzip budget.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { openPage, url, servedApp } from './harness.mjs';

const app = servedApp();

async function served(path) {
  const response = await fetch(url(app.origin, path));
  assert.equal(response.status, 200, path);
  return Buffer.from(await response.arrayBuffer());
}

const rings = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();

describe('world map', () => {
  test('Morocco is one shape, whole, and the map is small', async () => {
    const bytes = await served('world.json');
    const map = JSON.parse(bytes.toString('utf8'));
    const names = map.features.map((f) => f.properties.name);
    assert.ok(map.features.length > 150, `${map.features.length} countries`);
    assert.ok(!names.includes('EH') && !names.includes('W. Sahara'), 'no separate Western Sahara');
    const morocco = map.features.filter((f) => f.properties.name === 'MA');
    assert.equal(morocco.length, 1);
    assert.equal(rings(morocco[0].geometry).length, 1, 'one outline, no internal boundary');
    // Its southern tip reaches below 21.5° N, as the whole of Morocco does (Lagouira, ~20.8° N).
    const latitudes = rings(morocco[0].geometry)[0].map(([, y]) => y);
    assert.ok(Math.min(...latitudes) < 21.5, `southernmost point ${Math.min(...latitudes)}`);
    for (const feature of map.features) {
      for (const ring of rings(feature.geometry)) {
        const longitudes = ring.map(([x]) => x);
        assert.ok(Math.max(...longitudes) - Math.min(...longitudes) <= 180, `${feature.properties.name} crosses the antimeridian`);
      }
    }
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(`world.json: ${bytes.length} B raw, ${gzip} B gzip`);
    assert.ok(gzip <= 80_000, `${gzip} B gzip`);
  });

  test('country names in French, Arabic and English', async () => {
    const names = JSON.parse((await served('country-names.json')).toString('utf8'));
    assert.deepEqual(names.MA, ['Maroc', 'المغرب', 'Morocco']);
    assert.equal(names.US[1], 'الولايات المتحدة');
    assert.equal(names.EH, undefined);
  });

  test('the Sources page says where the map comes from and that Morocco is whole', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'sources?lang=en'));
    assert.match(await page.getByTestId('map-source').innerText(), /Morocco is drawn whole, its southern provinces included, with no internal boundary/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
