// Exit cities over time: every published share of each city in its period, checked against
// an independent reading of facts.csv; gaps where a city has no figure; table and CSV agree.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { download, drawnChart, openPage, servedApp, url } from './harness.mjs';
import { headline, loadFacts, parseCsv } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();
const FRAME = 'craft-exports-exit-cities';
const NAMES = { Marrakech: 'Marrakesh', Casablanca: 'Casablanca', Fes: 'Fez', Tangier: 'Tangier', Nador: 'Nador' };

const single = (r) => r.dimension === 'exit_point' && r.period_start && r.period_end && !r.dimension_value.includes('+');
/** Periods with a city's share or level, oldest first, as "start..end". */
const periods = [...new Set(facts.filter((r) => single(r)
  && (r.metric === 'exports_share' || (r.metric === 'exports_value' && r.unit === 'MAD_million')))
  .map((r) => `${r.period_start}..${r.period_end}`))].sort();
/** Published shares: { "start..end": { city: value } }. */
const published = {};
for (const r of facts.filter((row) => single(row) && row.metric === 'exports_share')) {
  const period = `${r.period_start}..${r.period_end}`;
  const rows = facts.filter((o) => single(o) && o.metric === 'exports_share' && o.dimension_value === r.dimension_value
    && o.period_start === r.period_start && o.period_end === r.period_end);
  (published[period] ??= {})[r.dimension_value] = headline(rows).value;
}

async function openChart(viewport) {
  const opened = await openPage(app.browser, app.origin, viewport ? { viewport } : {});
  await opened.page.goto(url(app.origin, 'indicators?lang=en'));
  await drawnChart(opened.page, FRAME);
  return opened;
}

describe('exit cities over time', () => {
  test('each published share sits in its period, other periods are gaps', async () => {
    const { page, context, problems } = await openChart();
    const option = await page.evaluate((frame) => {
      const chart = globalThis.echarts.getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`));
      const { xAxis, series } = chart.getOption();
      return { periods: xAxis[0].data, series: series.map((s) => ({ name: s.name, data: s.data.map((d) => d?.value ?? d) })) };
    }, FRAME);
    assert.equal(option.periods.length, periods.length);
    assert.ok(periods.length >= 10);
    let checked = 0;
    for (const [period, cities] of Object.entries(published)) {
      for (const [city, value] of Object.entries(cities)) {
        const line = option.series.find((s) => s.name === NAMES[city]);
        assert.equal(line.data[periods.indexOf(period)], value, `${city} ${period}`);
        checked += 1;
      }
    }
    assert.ok(checked >= 20, `${checked} shares checked`);
    const nador = option.series.find((s) => s.name === 'Nador');
    assert.equal(nador.data.filter((v) => v !== '-').length, 1, 'Nador is only published for 2017');
    assert.match(await page.getByTestId(`${FRAME}-summary`).innerText(),
      /^From January to September 2025, Marrakesh shipped 41% of craft exports, more than any other exit city\. It shipped 39% from January to March 2016\. Periods with published shares: 11, from 2016 to 2025\.$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the table and the CSV carry the same shares', async () => {
    const { page, context, problems } = await openChart();
    const frame = page.getByTestId(FRAME);
    await frame.getByRole('button', { name: 'Show table' }).click();
    await frame.locator('.data-table thead th').first().waitFor();
    const header = await frame.locator('.data-table thead th').allInnerTexts();
    assert.deepEqual(header.slice(0, 5), ['Period', 'Marrakesh', 'Casablanca', 'Fez', 'Tangier']);
    const last = await frame.locator('.data-table tbody tr').last().innerText();
    assert.match(last, /^January–September 2025\s+41%\s+31%\s+18%\s+8%\s+not published/);
    const csv = await download(page, FRAME, 'Download data (CSV)');
    assert.equal(csv.name, `${FRAME}.csv`);
    const rows = parseCsv(csv.bytes.toString('utf8'));
    for (const [period, cities] of Object.entries(published)) {
      const [start, end] = period.split('..');
      for (const [city, value] of Object.entries(cities)) {
        const row = rows.find((r) => r.period_start === start && r.period_end === end && r.city === city);
        assert.equal(Number(row?.share_pct), value, `${city} ${period}`);
        assert.equal(row.how, 'published');
      }
    }
    const computed = rows.filter((r) => r.how === 'computed');
    assert.deepEqual(computed.map((r) => r.city), ['Casablanca']);
    assert.ok(Math.abs(Number(computed[0].share_pct) - (297.61 / 530.5) * 100) < 1e-9);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on a phone the legend sits under the plot', async () => {
    const { page, context, problems } = await openChart({ width: 390, height: 844 });
    const legendTop = await page.evaluate((frame) => globalThis.echarts
      .getInstanceByDom(document.querySelector(`[data-testid="${frame}"] .chart-canvas`)).getOption().legend[0].top, FRAME);
    assert.equal(legendTop, 'bottom');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
