// Exports since January compared across years: the span of the latest figure by default,
// printed and implied levels as the facts give them, and a summary written from them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnChart, openPage, servedApp, url } from './harness.mjs';
import { expectedCards, loadFacts } from './facts.mjs';

const app = servedApp();
const expected = expectedCards(loadFacts());

describe('exports since January', () => {
  test('January–November by default, with 2024 implied by the 2025 growth rate', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.getByTestId('craft-exports-year-to-date');
    await drawnChart(page, 'craft-exports-year-to-date');
    assert.equal(await page.getByTestId('year-to-date-span').inputValue(), '11');
    const series = await page.evaluate(() => globalThis.echarts
      .getInstanceByDom(document.querySelector('[data-testid="craft-exports-year-to-date"] .chart-canvas'))
      .getOption().series.map((s) => Object.fromEntries((s.data ?? []).map((d) => [d[0], d[1]]))));
    assert.equal(series[0]['2025'], expected.ytd);
    assert.ok(Math.abs(series[1]['2024'] - expected.ytd / (1 + expected.ytdChange / 100)) < 1e-9);
    assert.match(await page.getByTestId('craft-exports-year-to-date-summary').innerText(),
      /^From January to November 2025, craft exports reached MAD\s1\.14\sbn, up 13% on the same months of 2024\.$/);
    await page.getByTestId('year-to-date-span').selectOption('9');
    await frame.getByText('From January to September 2025').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
