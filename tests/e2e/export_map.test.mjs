// The export map, drawn by the app as SVG without ECharts: its geometry (Morocco whole, small,
// projected at build time), its first view, colours and legend, recolouring without rebuilding
// shapes, tooltips by mouse, tap and keyboard, zoom, flows, its tools menu and downloads, the
// markets' table beside it, and what it looks like at 360 and 1280 px in three languages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { OUTPUT, openPage, recordAppFiles, url, servedApp } from './harness.mjs';
import { headline, loadFacts } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();
const FRAME = 'craft-export-map';
const MAP = '[data-testid="world-map"]';
const YEAR_2024 = '2024-01-01..2024-12-31';

/** Published country shares of one period, by ISO code. */
function countryShares(start, end) {
  const rows = facts.filter((r) => r.metric === 'exports_share' && r.dimension === 'destination'
    && r.period_start === start && r.period_end === end && /^[A-Z]{2}$/.test(r.dimension_value));
  return Object.fromEntries([...new Set(rows.map((r) => r.dimension_value))]
    .map((code) => [code, headline(rows.filter((r) => r.dimension_value === code))?.value]));
}

async function served(path) {
  const response = await fetch(url(app.origin, path));
  assert.equal(response.status, 200, path);
  return Buffer.from(await response.arrayBuffer());
}

/** The countries the map names for screen readers (those with a figure), by code. */
function labelled(page) {
  return page.locator(`${MAP} path[data-code][aria-label]`).evaluateAll((paths) =>
    Object.fromEntries(paths.map((p) => [p.dataset.code, p.getAttribute('aria-label')])));
}

/** Where a country's centre is on screen, from the geometry the app draws. */
async function centreOf(page, code) {
  const world = JSON.parse((await served('world-map.json')).toString('utf8'));
  const [, , x, y] = world.countries.find(([c]) => c === code);
  const box = await page.locator(MAP).boundingBox();
  return { x: box.x + (x * box.width) / world.width, y: box.y + (y * box.height) / world.height };
}

async function openMap(path, options = {}) {
  const opened = await openPage(app.browser, app.origin, options);
  const files = recordAppFiles(opened.page);
  await opened.page.goto(url(app.origin, path));
  await opened.page.locator(`${MAP} path[data-code="MA"]`).waitFor();
  return { ...opened, files };
}

describe('export map geometry', () => {
  test('Morocco is one shape, whole; the world is projected, quantised and small', async () => {
    const bytes = await served('world-map.json');
    const world = JSON.parse(bytes.toString('utf8'));
    const codes = world.countries.map(([code]) => code);
    assert.ok(codes.length > 150, `${codes.length} countries`);
    assert.ok(!codes.includes('EH') && !codes.includes('W. Sahara'), 'no separate Western Sahara');
    assert.ok(!codes.includes('AQ'), 'no Antarctica');
    const [, morocco] = world.countries.find(([code]) => code === 'MA');
    assert.equal(morocco.match(/M/g).length, 1, 'one outline, no internal boundary');
    for (const [code, path] of world.countries) {
      assert.match(path, /^(M-?\d+[ -]-?\d+(l-?\d+[ -]?-?\d+)*z)+$/, `${code}: whole units, relative moves`);
    }
    // Shapes crossing the antimeridian are cut by the projection: no path spans the map.
    const fiji = world.countries.find(([code]) => code === 'FJ')[1];
    assert.ok(fiji.match(/M/g).length >= 2, 'Fiji is cut at the antimeridian');
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(`world-map.json: ${bytes.length} B raw, ${gzip} B gzip`);
    assert.ok(gzip <= 25_000, `${gzip} B gzip`);
  });

  test('country names in French, Arabic and English', async () => {
    const names = JSON.parse((await served('country-names.json')).toString('utf8'));
    assert.deepEqual(names.MA, ['Maroc', 'المغرب', 'Morocco']);
    assert.equal(names.US[1], 'الولايات المتحدة');
    assert.equal(names.EH, undefined);
  });

  test('the Sources page says where the map comes from, that Morocco is whole, and the first view\'s rule', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'sources?lang=en'));
    const text = await page.getByTestId('map-source').innerText();
    assert.match(text, /Morocco is drawn whole, its southern provinces included, with no internal boundary/);
    assert.match(text, /latest period that names at least 3 countries/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('export map', () => {
  test('drawn without ECharts, from its own small bundle, on the latest period naming at least three countries', async () => {
    const { page, context, problems, files } = await openMap('map?lang=en');
    assert.ok(files.includes('atlas-map_bg.wasm'), files.join());
    assert.ok(!files.includes('echarts.min.js') && !files.includes('atlas_bg.wasm'), files.join());
    assert.equal(await page.evaluate(() => typeof globalThis.echarts), 'undefined');
    const first = Object.keys(await labelled(page));
    assert.ok(first.length >= 3, `${first.join()} on the first view`);
    const offered = await page.getByTestId('map-period').locator('option').evaluateAll((os) => os.map((o) => o.value));
    const shown = await page.getByTestId('map-period').inputValue();
    await page.getByTestId('map-first-view').getByText('The map opens on the latest period that names at least 3 countries.').waitFor();
    if (offered[0] !== shown) {
      // The newer, thinner period is one click away, with its date.
      const newer = page.getByTestId('map-newer-period');
      assert.match(await newer.innerText(), /^Newer period, with fewer countries: /);
      await newer.click();
      await page.waitForURL((u) => u.searchParams.get('period') === offered[0]);
      await page.waitForFunction((map) => document.querySelectorAll(`${map} path[aria-label]`).length < 3, MAP);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a shared link opens its period; colours follow the stated classes and countries without a figure are hatched', async () => {
    const { page, context, problems } = await openMap(`map?lang=en&period=${YEAR_2024}`);
    assert.equal(await page.getByTestId('map-period').inputValue(), YEAR_2024);
    const published = countryShares('2024-01-01', '2024-12-31');
    const names = await labelled(page);
    for (const [code, share] of Object.entries(published)) {
      assert.ok(names[code]?.includes(`: ${share}% of craft exports, `), `${code}: ${names[code]}`);
    }
    const period = await page.getByTestId('map-period').locator('option:checked').textContent();
    assert.equal(names.US, `United States: ${published.US}% of craft exports, ${period}`);
    assert.ok(Object.keys(names).every((code) => /^[A-Z]{2}$/.test(code)), 'regions are never painted');
    const fill = (code) => page.locator(`${MAP} path[data-code="${code}"]`).getAttribute('fill');
    assert.equal(await fill('US'), '#08519c', '44 % is in the top class, 25 % or more');
    assert.equal(await fill('NO'), 'url(#no-figure)');
    assert.notEqual(await fill('MA'), await fill('NO'), 'Morocco has its own colour');
    const legend = await page.getByTestId('map-legend').locator('li').allInnerTexts();
    assert.deepEqual(legend, ['under 2%', '2%–5%', '5%–10%', '10%–25%', '25% or more', 'no figure published', 'Morocco, where the exports come from']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('another period or measure recolours the same shapes; the table lists regions too', async () => {
    const { page, context, problems } = await openMap('map?lang=en');
    await page.evaluate((map) => { globalThis.shapes = [...document.querySelectorAll(`${map} path[data-code]`)]; }, MAP);
    await page.getByTestId('map-period').selectOption(YEAR_2024);
    await page.waitForURL(/period=2024-01-01\.\.2024-12-31/);
    const frame = page.getByTestId(FRAME);
    await frame.getByText('In 2024, United States took').waitFor();
    await page.getByTestId('map-measure').selectOption('value');
    await page.waitForURL(/measure=value/);
    // The United States' 2024 amount is published (MAD 483 million): it is shown as printed.
    const printed = headline(facts.filter((r) => r.metric === 'exports_value' && r.dimension === 'destination'
      && r.dimension_value === 'US' && r.period_start === '2024-01-01' && r.period_end === '2024-12-31')).value;
    await page.waitForFunction((map) => document.querySelector(`${map} path[data-code="US"]`)?.getAttribute('aria-label')?.includes('MAD'), MAP);
    const period = await page.getByTestId('map-period').locator('option:checked').textContent();
    assert.equal((await labelled(page)).US, `United States: MAD ${printed} million of craft exports, ${period}`);
    const same = await page.evaluate((map) => {
      const now = [...document.querySelectorAll(`${map} path[data-code]`)];
      return now.length === globalThis.shapes.length && now.every((path, i) => path === globalThis.shapes[i]);
    }, MAP);
    assert.ok(same, 'no shape was rebuilt');
    await frame.getByRole('button', { name: 'Show table' }).click();
    await frame.locator('.data-table tbody th').first().waitFor();
    assert.ok(await frame.locator('.data-table tbody th', { hasText: 'Europe' }).count() > 0, 'regions in the table');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [what, reply] of [['missing', { status: 404, body: '' }], ['malformed', { status: 200, body: '{"width": 4000, "countries": [["US"' }]]) {
    test(`a ${what} world map leaves the markets table in its place`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['world-map.json', 'status of 404'] });
      await page.route('**/world-map.json', (route) => route.fulfill(reply));
      await page.goto(url(app.origin, 'map?lang=en'));
      const frame = page.getByTestId(FRAME);
      await frame.getByText('The chart cannot be shown; the table below gives the same figures.').waitFor();
      assert.ok(await frame.locator('.data-table tbody tr').count() >= 2, 'the markets are listed');
      await page.getByRole('link', { name: 'Indicators' }).click();
      await page.getByTestId('craft-exports-by-year').locator('.chart-canvas canvas').waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the slider and play step through the periods with data, oldest first', async () => {
    const { page, context, problems } = await openMap('map?lang=en');
    const options = await page.getByTestId('map-period').locator('option').evaluateAll((os) => os.map((o) => o.value));
    const oldestFirst = [...options].reverse();
    assert.ok(oldestFirst.length >= 3);
    const slider = page.getByTestId('map-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL((u) => u.searchParams.get('period') === oldestFirst[0]);
    assert.equal(await page.getByTestId('map-period').inputValue(), oldestFirst[0]);
    assert.equal(await slider.getAttribute('aria-valuetext'), await page.getByTestId('map-period').locator('option:checked').textContent());
    await page.getByTestId('map-play').click();
    assert.equal(await page.getByTestId('map-play').getAttribute('aria-pressed'), 'true');
    await page.waitForURL((u) => u.searchParams.get('period') === oldestFirst[1], { timeout: 5000 });
    await page.waitForURL((u) => u.searchParams.get('period') === oldestFirst[2], { timeout: 5000 });
    await page.getByTestId('map-play').click();
    assert.equal(await page.getByTestId('map-play').getAttribute('aria-pressed'), 'false');
    await page.waitForTimeout(2000);
    assert.equal(new URL(page.url()).searchParams.get('period'), oldestFirst[2], 'stopped');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('flows from Morocco are SVG curves, one per painted country, as wide as its figure, kept in the link', async () => {
    const { page, context, problems } = await openMap(`map?lang=en&period=${YEAR_2024}`);
    assert.equal(await page.locator(`${MAP} [data-flow]`).count(), 0, 'no flows by default');
    await page.getByTestId('map-flows').check();
    await page.waitForURL(/flows=on/);
    await page.locator(`${MAP} [data-flow="US"]`).waitFor();
    const flows = await page.locator(`${MAP} [data-flow]`).evaluateAll((paths) =>
      paths.map((p) => [p.dataset.flow, Number(p.getAttribute('stroke-width')), p.getAttribute('d')]));
    assert.deepEqual(flows.map(([code]) => code).sort(), Object.keys(await labelled(page)).sort());
    assert.deepEqual(flows[0].slice(0, 2), ['US', 7], 'the largest market has the widest line');
    assert.ok(flows.every(([, , d]) => /^M[\d.]+ [\d.]+Q/.test(d)), 'curves');
    await page.reload();
    await page.locator(`${MAP} [data-flow="US"]`).waitFor();
    assert.ok(await page.getByTestId('map-flows').isChecked(), 'the link keeps the flows');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('hovering a country shows its share, value, period and sources; a click opens its page', async () => {
    const { page, context, problems } = await openMap(`map?lang=en&period=${YEAR_2024}`);
    const us = await centreOf(page, 'US');
    await page.mouse.move(us.x, us.y);
    const tooltip = page.getByTestId('map-tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    assert.match(text, /^United States/);
    assert.ok(text.includes(`Share: ${countryShares('2024-01-01', '2024-12-31').US}%`), text);
    assert.match(text, /Value: MAD\s[\d.,]+\smillion/);
    assert.match(text, /2024/);
    assert.match(text, /Sources: /);
    const brazil = await centreOf(page, 'BR');
    await page.mouse.move(brazil.x, brazil.y);
    await page.getByTestId('map-tooltip').getByText('not published').waitFor();
    assert.equal(await tooltip.getAttribute('data-code'), 'BR');
    await page.mouse.move(us.x, us.y);
    await page.mouse.click(us.x, us.y);
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await page.getByRole('heading', { level: 1, name: 'United States' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('zoomed in, a click on a country still opens its page', async () => {
    const { page, context, problems } = await openMap(`map?lang=en&period=${YEAR_2024}`);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator(`${MAP} path[data-code="US"]`).click();
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await page.getByRole('heading', { level: 1, name: 'United States' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard: Tab reaches the United States, named with its figure; Escape closes its tooltip; Enter opens its page', async () => {
    const { page, context, problems } = await openMap(`map?lang=en&period=${YEAR_2024}`);
    await page.getByTestId(FRAME).locator('h2').click();
    let focused = null;
    for (let i = 0; i < 20 && focused !== 'US'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.dataset?.code ?? null);
    }
    assert.equal(focused, 'US');
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^United States: \d+% of craft exports, .*2024$/);
    await page.getByTestId('map-tooltip').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('map-tooltip').waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await page.getByRole('heading', { level: 1, name: 'United States' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on a 360 px phone: full width before its tools, a tap on Belgium shows its tooltip, pinch-free zoom by buttons', async () => {
    const { page, context, problems } = await openMap('map?lang=en', { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    const box = await page.locator(MAP).boundingBox();
    assert.equal(Math.round(box.width), 360, 'the map spans the screen');
    const tools = await page.getByTestId(FRAME).locator('.chart-tools').boundingBox();
    assert.ok(tools.y > box.y + box.height, 'the tools come after the map');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
    const belgium = await centreOf(page, 'BE');
    await page.touchscreen.tap(belgium.x, belgium.y);
    const tooltip = page.getByTestId('map-tooltip');
    await tooltip.waitFor();
    assert.equal(await tooltip.getAttribute('data-code'), 'BE');
    assert.match(await tooltip.innerText(), /^Belgium/);
    await tooltip.getByRole('link', { name: 'Open the market profile' }).waitFor();
    await tooltip.getByRole('button', { name: 'Close' }).click();
    await tooltip.waitFor({ state: 'detached' });
    const transform = () => page.locator(`${MAP} > g`).getAttribute('transform');
    const whole = await transform();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    assert.notEqual(await transform(), whole);
    assert.equal(await page.locator(MAP).evaluate((svg) => getComputedStyle(svg).touchAction), 'none', 'zoomed: one finger pans the map');
    await page.getByRole('button', { name: 'Back to the whole world' }).click();
    assert.equal(await transform(), whole);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the wheel zooms around the pointer and dragging pans; the whole map lets the page scroll', async () => {
    const { page, context, problems } = await openMap('map?lang=en');
    const transform = () => page.locator(`${MAP} > g`).getAttribute('transform');
    const whole = await transform();
    const box = await page.locator(MAP).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction(([map, before]) => document.querySelector(`${map} > g`).getAttribute('transform') !== before, [MAP, whole]);
    const zoomed = await transform();
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    assert.notEqual(await transform(), zoomed, 'panned');
    assert.ok(!page.url().includes('/market/'), 'a drag is not a click');
    await page.getByRole('button', { name: 'Back to the whole world' }).click();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((before) => window.scrollY > before, scrolled);
    assert.equal(await transform(), whole);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the tools menu works by keyboard; the SVG download is the map and the PNG is drawn from it', async () => {
    const { page, context, problems } = await openMap(`map?lang=en&period=${YEAR_2024}`);
    const button = page.getByRole('button', { name: 'Tools' });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await menu.getByRole('menuitem').allInnerTexts(),
      ['Download data (CSV)', 'Download data (JSON)', 'Download image (PNG)', 'Download image (SVG)', 'Share the link', 'Embed']);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'menuitem');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Tools ▾');
    const save = async (item) => {
      await button.click();
      const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: item }).click()]);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    };
    const svg = await save('Download image (SVG)');
    assert.equal(svg.name, 'craft-export-map.svg');
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<\?xml/);
    assert.ok(text.includes('data-code="US"') && text.includes('xmlns="http://www.w3.org/2000/svg"'), 'the map itself');
    const png = await save('Download image (PNG)');
    assert.equal(png.name, 'craft-export-map.png');
    assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
    const csv = await save('Download data (CSV)');
    assert.match(csv.bytes.toString('utf8'), /US/);
    await button.click();
    await menu.getByRole('menuitem', { name: 'Embed' }).click();
    await page.getByTestId('embed-code').waitFor();
    assert.match(await page.getByTestId('embed-code').inputValue(), /embed\/map/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const lang of ['fr', 'ar', 'en']) {
    for (const width of [360, 1280]) {
      test(`${lang} at ${width} px: legend and tools follow the reading direction, the map is never mirrored`, async () => {
        const phone = width < 500;
        const { page, context, problems } = await openMap(`map?lang=${lang}&period=${YEAR_2024}`,
          { viewport: { width, height: phone ? 780 : 900 }, hasTouch: phone, isMobile: phone });
        const us = await page.locator(`${MAP} path[data-code="US"]`).boundingBox();
        const france = await page.locator(`${MAP} path[data-code="FR"]`).boundingBox();
        assert.ok(us.x < france.x, 'the Americas are west whatever the language');
        const items = await page.getByTestId('map-legend').locator('li').evaluateAll((lis) => lis.slice(0, 2).map((li) => li.getBoundingClientRect().x));
        assert.equal(items[0] > items[1], lang === 'ar', 'the legend reads in the page\'s direction');
        const zoom = await page.locator('.map-zoom').boundingBox();
        const map = await page.locator(MAP).boundingBox();
        assert.equal(zoom.x < map.x + map.width / 2, lang === 'ar', 'the zoom buttons sit at the end of the line');
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${OUTPUT}map-${lang}-${width}.png`, fullPage: true });
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});
