// Composition of exports: shares by family or destination for a period chosen among those
// with data, checked against an independent reading of facts.csv.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnChart, openPage, url, servedApp } from './harness.mjs';
import { headline, loadFacts } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();

function shares(dimension, start, end) {
  const rows = facts.filter((r) => r.metric === 'exports_share' && r.dimension === dimension
    && r.period_start === start && r.period_end === end && !r.dimension_value.startsWith('region:')
    && !r.dimension_value.includes('+') && !r.dimension_value.includes('>'));
  const keys = [...new Set(rows.map((r) => r.dimension_value))];
  return Object.fromEntries(keys.map((k) => [k, headline(rows.filter((r) => r.dimension_value === k))?.value])
    .filter(([, v]) => v !== undefined));
}

async function chartData(page) {
  return page.evaluate(() => {
    const element = document.querySelector('[data-testid="craft-exports-composition"] .chart-canvas');
    return globalThis.echarts.getInstanceByDom(element).getOption().series.flatMap((s) => (s.data ?? []).map((d) => [d[1], d[0]]));
  });
}

/** Waits until the chart shows a bar named `name`: a chart on screen is drawn again after the
 * frame that shows the new choice's words. */
async function chartShows(page, name) {
  await page.waitForFunction((wanted) => {
    const element = document.querySelector('[data-testid="craft-exports-composition"] .chart-canvas');
    const chart = globalThis.echarts?.getInstanceByDom(element);
    return chart?.getOption().series.some((s) => (s.data ?? []).some((d) => d[1] === wanted));
  }, name);
}

describe('composition of exports', () => {
  test('destinations for 2024 equal the facts', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.getByTestId('craft-exports-composition');
    await drawnChart(page, 'craft-exports-composition');
    const summary = page.getByTestId('craft-exports-composition-summary');
    const before = await summary.innerText();
    await page.getByTestId('composition-dimension').selectOption('destination');
    await page.waitForFunction(([element, text]) => element.innerText !== text, [await summary.elementHandle(), before]);
    await page.getByTestId('composition-period').selectOption('2024-01-01..2024-12-31');
    await frame.getByText('In 2024, United States took').waitFor();
    const expected = shares('destination', '2024-01-01', '2024-12-31');
    const names = { US: 'United States', FR: 'France', ES: 'Spain' };
    const shown = Object.fromEntries((await chartData(page)).map(([name, value]) => [name, value]));
    for (const [code, value] of Object.entries(expected)) assert.equal(shown[names[code]], value, code);
    assert.match(await page.getByTestId('craft-exports-composition-summary').innerText(),
      /^In 2024, United States took 44% of craft exports, followed by France \(14%\)\.$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('exit cities for January–September 2025 equal the facts', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.getByTestId('craft-exports-composition');
    await drawnChart(page, 'craft-exports-composition');
    await page.getByTestId('composition-dimension').selectOption('exit_point');
    await page.getByTestId('composition-period').selectOption('2025-01-01..2025-09-30');
    await frame.getByText('From January to September 2025, Marrakesh took').waitFor();
    await chartShows(page, 'Marrakesh');
    const expected = shares('exit_point', '2025-01-01', '2025-09-30');
    const names = { Marrakech: 'Marrakesh', Casablanca: 'Casablanca', Fes: 'Fez', Tangier: 'Tangier' };
    const shown = Object.fromEntries((await chartData(page)).map(([name, value]) => [name, value]));
    assert.ok(Object.keys(expected).length >= 4);
    for (const [code, value] of Object.entries(expected)) assert.equal(shown[names[code]], value, code);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the period menu offers only periods with data, and the table follows', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.getByTestId('craft-exports-composition');
    await drawnChart(page, 'craft-exports-composition');
    const offered = await page.getByTestId('composition-period').locator('option').evaluateAll((o) => o.map((x) => x.value));
    const withData = [...new Set(facts.filter((r) => r.dimension === 'product_family' && r.period_start && r.period_end
      && ((r.metric === 'exports_share') || (r.metric === 'exports_value' && r.unit === 'MAD_million'))
      && !r.dimension_value.includes('+') && !r.dimension_value.includes('>') && !r.note.includes('[low-reliability]'))
      .map((r) => `${r.period_start}..${r.period_end}`))].sort().reverse();
    assert.deepEqual(offered, withData);
    await page.getByTestId('composition-period').selectOption('2024-01-01..2024-12-31');
    await frame.getByRole('button', { name: 'Show table' }).click();
    const first = frame.locator('.data-table tbody tr').first();
    assert.match(await first.innerText(), /^Pottery and stone\s+1\s+36%\s+396 \(Computed\)/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
