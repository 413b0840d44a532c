// The export map: the world choropleth of destinations from the bundled data, recoloured when
// the period or the measure changes, with the markets' table (regions included) beside it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, url, servedApp } from './harness.mjs';
import { headline, loadFacts } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();
const FRAME = 'craft-export-map';

/** Published country shares of one period, by ISO code. */
function countryShares(start, end) {
  const rows = facts.filter((r) => r.metric === 'exports_share' && r.dimension === 'destination'
    && r.period_start === start && r.period_end === end && /^[A-Z]{2}$/.test(r.dimension_value));
  return Object.fromEntries([...new Set(rows.map((r) => r.dimension_value))]
    .map((code) => [code, headline(rows.filter((r) => r.dimension_value === code))?.value]));
}

/** The latest period with a destination figure from a reliable source, as in the app. */
const latest = facts.filter((r) => r.dimension === 'destination' && r.period_start && r.period_end
  && !r.note.includes('[low-reliability]')
  && (r.metric === 'exports_share' || (r.metric === 'exports_value' && r.unit === 'MAD_million'))
  && !r.dimension_value.includes('+') && !r.dimension_value.includes('>'))
  .map((r) => [r.period_start, r.period_end]).sort(([a, b], [c, d]) => (b === d ? a.localeCompare(c) : b.localeCompare(d))).at(-1);

async function mapData(page) {
  return page.evaluate((frame) => {
    const chart = globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`));
    // Every country carries its code; the ones with a figure carry a value.
    return Object.fromEntries(chart.getOption().series[0].data.filter((d) => d.code && d.value != null).map((d) => [d.code, d.value]));
  }, FRAME);
}

describe('export map', () => {
  test('the latest period colours each country by its published share', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    await page.getByTestId(FRAME).locator('.chart-canvas canvas').waitFor();
    assert.equal(await page.getByTestId('map-period').inputValue(), `${latest[0]}..${latest[1]}`);
    const shown = await mapData(page);
    const published = countryShares(...latest);
    assert.ok(Object.keys(published).length >= 2);
    for (const [code, value] of Object.entries(published)) assert.equal(shown[code], value, code);
    assert.equal(shown.MA, undefined, 'Morocco is not its own market');
    assert.ok(Object.keys(shown).every((code) => /^[A-Z]{2}$/.test(code)), 'regions are never painted');
    assert.ok(await page.evaluate((frame) => globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`))
      .getOption().series[0].data.some((d) => d.name === 'United States' && d.code === 'US'), FRAME), 'the data names match the named map');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('another period or measure recolours the map; the table lists regions too', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    const frame = page.getByTestId(FRAME);
    await frame.locator('.chart-canvas canvas').waitFor();
    await page.getByTestId('map-period').selectOption('2024-01-01..2024-12-31');
    await page.waitForURL(/period=2024-01-01\.\.2024-12-31/);
    await frame.getByText('In 2024, United States took').waitFor();
    assert.equal((await mapData(page)).US, countryShares('2024-01-01', '2024-12-31').US);
    await page.getByTestId('map-measure').selectOption('value');
    await page.waitForURL(/measure=value/);
    // The United States' 2024 amount is published (MAD 483 million): it is shown as printed.
    const printed = headline(facts.filter((r) => r.metric === 'exports_value' && r.dimension === 'destination'
      && r.dimension_value === 'US' && r.period_start === '2024-01-01' && r.period_end === '2024-12-31')).value;
    await page.waitForFunction((f) => globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${f}"] .chart-canvas`))
      .getOption().series[0].data.some((d) => d.code === 'US' && d.value > 100), FRAME);
    assert.equal((await mapData(page)).US, printed);
    await frame.getByRole('button', { name: 'Show table' }).click();
    await frame.locator('.data-table tbody th').first().waitFor();
    assert.ok(await frame.locator('.data-table tbody th', { hasText: 'Europe' }).count() > 0, 'regions in the table');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [what, reply] of [['missing', { status: 404, body: '' }], ['malformed', { status: 200, body: '{"type": "Feat' }]]) {
    test(`a ${what} world map leaves the markets table in its place`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['world.json', 'status of 404', 'chart unavailable'] });
      await page.route('**/world.json', (route) => route.fulfill(reply));
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
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    await page.getByTestId(FRAME).locator('.chart-canvas canvas').waitFor();
    const options = await page.getByTestId('map-period').locator('option').evaluateAll((os) => os.map((o) => o.value));
    const oldestFirst = [...options].reverse();
    assert.ok(oldestFirst.length >= 3);
    const slider = page.getByTestId('map-slider');
    assert.equal(await slider.inputValue(), String(oldestFirst.length - 1), 'the latest period by default');
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

  test('flows from Morocco can be drawn, one line per coloured country, and live in the link', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    await page.getByTestId(FRAME).locator('.chart-canvas canvas').waitFor();
    const option = () => page.evaluate((frame) => globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`))
      .getOption(), FRAME);
    assert.deepEqual((await option()).series.map((s) => s.type), ['map'], 'no flows by default');
    await page.getByTestId('map-flows').check();
    await page.waitForURL(/flows=on/);
    await page.waitForFunction((frame) => globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`))
      .getOption().series.length === 2, FRAME);
    const { series } = await option();
    const coloured = series[0].data.filter((d) => d.code && d.value !== undefined && d.value !== null);
    assert.equal(series[1].type, 'lines');
    assert.equal(series[1].data.length, coloured.length);
    const widths = series[1].data.map((d) => d.lineStyle.width);
    assert.equal(Math.max(...widths), 8, 'the largest market has the widest line');
    await page.reload();
    await page.getByTestId(FRAME).locator('.chart-canvas canvas').first().waitFor();
    assert.ok(await page.getByTestId('map-flows').isChecked(), 'the link keeps the flows');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('hovering a country shows its share, value, period and sources', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    const canvas = page.getByTestId(FRAME).locator('.chart-canvas');
    await canvas.locator('canvas').first().waitFor();
    await page.waitForTimeout(300);
    const [x, y] = await page.evaluate((frame) => globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`))
      .convertToPixel({ geoIndex: 0 }, [-98, 39]), FRAME);
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + x, box.y + y);
    const share = countryShares(...latest).US;
    const tooltip = canvas.locator('div', { hasText: 'Click to open the market profile' }).last();
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    assert.match(text, /^United States/);
    assert.ok(text.includes(`Share: ${share}%`), text);
    assert.match(text, /Value: MAD\s[\d.,]+\smillion \(Computed\)/);
    assert.match(text, /Change: [+−]\d+% vs /);
    assert.match(text, /Sources: /);
    const [bx, by] = await page.evaluate((frame) => globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`))
      .convertToPixel({ geoIndex: 0 }, [-52, -10]), FRAME);
    await page.mouse.move(box.x + bx, box.y + by);
    await canvas.locator('div', { hasText: 'Brazil — not published' }).last().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the wheel zooms the map and dragging pans it', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    const canvas = page.getByTestId(FRAME).locator('.chart-canvas');
    await canvas.locator('canvas').first().waitFor();
    const geo = () => page.evaluate((frame) => {
      const { zoom, center } = globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`)).getOption().geo[0];
      return { zoom: zoom ?? 1, center };
    }, FRAME);
    const before = await geo();
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((frame) => (globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`))
      .getOption().geo[0].zoom ?? 1) > 1, FRAME);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    const after = await geo();
    assert.ok(after.zoom > before.zoom, 'zoomed in');
    assert.notDeepEqual(after.center, before.center, 'panned');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
