// The sector in figures: each panel's values equal an independent reading of facts.csv
// (headline per date, other printed values apart), the summary and the table follow them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { download, drawnChart, openPage, servedApp, url } from './harness.mjs';
import { headline, loadFacts, parseCsv } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();
const FRAME = 'craft-sector-figures';

/** Headline value per date of one selection, oldest first. */
function dated(metric, dimension, key) {
  const rows = facts.filter((r) => r.metric === metric && r.dimension === dimension && r.dimension_value === key && r.period_end);
  const dates = [...new Set(rows.map((r) => `${r.period_start}|${r.period_end}`))].sort((a, b) => a.split('|')[1].localeCompare(b.split('|')[1]));
  return dates.map((d) => headline(rows.filter((r) => `${r.period_start}|${r.period_end}` === d))?.value);
}

describe('the sector in figures', () => {
  test('every panel shows the published values in date order', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await drawnChart(page, FRAME);
    const option = await page.evaluate((frame) => {
      const { title, series } = globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`)).getOption();
      return {
        titles: title.map((t) => t.text),
        series: series.filter((s) => s.type !== 'scatter').map((s) => ({ axis: s.xAxisIndex, values: s.data.map((d) => d[1]) })),
      };
    }, FRAME);
    assert.deepEqual(option.titles, ['Artisans on the national register', 'Jobs in crafts', 'Fairs held',
      'Women’s craft cooperatives', 'Women’s share of craft cooperatives']);
    const panel = (axis) => option.series.filter((s) => s.axis === axis).map((s) => s.values);
    const headlines = (values) => values.filter((v) => v !== undefined);
    assert.deepEqual(panel(0), [headlines(dated('artisans_registered', 'total', 'all'))]);
    assert.deepEqual(panel(1), [headlines(dated('employment', 'total', 'all'))]);
    assert.deepEqual(panel(2), ['national', 'local_regional_national', 'international'].map((k) => dated('fairs_count', 'fair_scope', k)));
    assert.deepEqual(panel(3), [dated('women_cooperatives', 'sector', 'crafts')]);
    assert.deepEqual(panel(4), [dated('cooperatives_women_share', 'total', 'all')]);
    assert.equal(panel(0)[0].at(-1), 440000);
    assert.match(await page.getByTestId(`${FRAME}-summary`).innerText(),
      /^Artisans on the national register: 440,000 as of 19 January 2026, against 389,000 as of 28 February 2024\. /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the table and the CSV list every value with its sources', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.getByTestId(FRAME);
    await drawnChart(page, FRAME);
    await frame.getByRole('button', { name: 'Show table' }).click();
    const first = await frame.locator('.data-table tbody tr').first().innerText();
    assert.match(first, /^Artisans on the national register\s+28 Feb 2024\s+389,000/);
    const csv = parseCsv((await download(page, FRAME, 'Download data (CSV)')).bytes.toString('utf8'));
    const fairs = csv.filter((r) => r.metric === 'fairs_count').map((r) => [r.key, Number(r.value)]);
    assert.deepEqual(fairs, [['national', 70], ['local_regional_national', 70], ['international', 10]]);
    const jobs = csv.filter((r) => r.metric === 'employment');
    assert.equal(jobs.length, new Set(facts.filter((r) => r.metric === 'employment' && r.dimension === 'total' && r.period_end)
      .map((r) => `${r.period_start}|${r.period_end}`)).size);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
