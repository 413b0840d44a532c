// The exports-over-time chart: derived levels drawn apart, a summary computed from the
// figures, and both downloads (data as CSV, picture as PNG) matching the facts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { download, openPage, url, servedApp } from './harness.mjs';
import { expectedCards, loadFacts, parseCsv } from './facts.mjs';

const app = servedApp();
const expected = expectedCards(loadFacts());

describe('exports over the years', () => {
  test('the summary is written from the figures', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const summary = await page.getByTestId('craft-exports-by-year-summary').innerText();
    assert.match(summary, new RegExp(`^Craft exports reached MAD\\s1\\.23\\sbn in ${expected.latestYear}, up ${expected.latestChange}% on ${expected.latestYear - 1}\\.`));
    await page.goto(url(app.origin, 'indicators'));
    assert.match(await page.getByTestId('craft-exports-by-year-summary').innerText(), /^Les exportations d’artisanat ont atteint 1,23\sMd\sDH en 2025, en hausse de 11\s%/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('levels implied by a growth rate are their own series', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    const series = await page.evaluate(() => globalThis.echarts.getInstanceByDom(document.querySelector('[data-testid="craft-exports-by-year"] .chart-canvas')).getOption().series
      .map((s) => ({ name: s.name, years: s.data.map((d) => d[0]) })));
    const implied = series.find((s) => s.name === 'Implied by a growth rate');
    assert.ok(implied.years.includes('2019'), '2019 is implied by 2024 = 1,100, +40 % vs 2019');
    assert.ok(!series[0].years.includes('2019'), 'and is not drawn as a published bar');
    assert.ok(!series[0].years.includes('2017') && !implied.years.includes('2017'), '2017 stays a gap');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the CSV download holds the chart’s numbers, the PNG its picture', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    const csv = await download(page, 'craft-exports-by-year', 'Download data (CSV)');
    assert.equal(csv.name, 'craft-exports-by-year.csv');
    const rows = Object.fromEntries(parseCsv(csv.bytes.toString('utf8')).map((row) => [row.year, row]));
    assert.equal(Number(rows[String(expected.latestYear)].value_mad_million), expected.latest);
    assert.equal(rows['2024'].how, 'published');
    assert.equal(rows['2024'].value_mad_million, '1100');
    assert.deepEqual(rows['2024'].other_published_values.split(';').map(Number).sort(), [1000, 1110, 1600]);
    assert.equal(rows['2019'].how, 'implied_by_growth_rate');
    assert.ok(Math.abs(Number(rows['2019'].value_mad_million) - 1100 / 1.4) < 1e-9);
    assert.equal(rows['2017'].how, 'missing');
    assert.equal(rows['2017'].value_mad_million, '');
    const png = await download(page, 'craft-exports-by-year', 'Download image (PNG)');
    assert.equal(png.name, 'craft-exports-by-year.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.bytes.length > 10_000, `a real picture, not an empty canvas (${png.bytes.length} bytes)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
