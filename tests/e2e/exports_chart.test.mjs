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
    const summary = await page.getByTestId('craft-exports-by-year-summary').textContent();
    assert.match(summary, new RegExp(`^Craft exports reached MAD\\s1\\.23\\sbn in ${expected.latestYear}, up ${expected.latestChange}% on ${expected.latestYear - 1}\\.`));
    await page.goto(url(app.origin, 'indicators'));
    assert.match(await page.getByTestId('craft-exports-by-year-summary').textContent(), /^Les exportations d’artisanat ont atteint 1,23\sMd\sDH en 2025, en hausse de 11\s%/);
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

  test('a rate a source prints is shown, and a computation that contradicts it stands beside it', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const words = {
      fr: { printed: 'publié', computed: 'calculé', table: 'Voir le tableau', average: ['7,4\u202F%', '7,2\u202F%'] },
      ar: { printed: 'منشور', computed: 'محسوب', table: 'عرض الجدول', average: ['7,4%', '7,2%'] },
    };
    for (const [lang, w] of Object.entries(words)) {
      await page.goto(url(app.origin, `indicators?lang=${lang}&cagr=2021-2024`));
      const frame = page.getByTestId('craft-exports-by-year');
      await frame.locator('.chart-canvas canvas').waitFor();
      // The label over each bar: [year, value, label] in the printed and the implied series.
      const labels = await page.evaluate(() => Object.fromEntries(globalThis.echarts
        .getInstanceByDom(document.querySelector('[data-testid="craft-exports-by-year"] .chart-canvas'))
        .getOption().series.slice(0, 2).flatMap((s) => s.data).map(([year, , label]) => [year, label.replace(/[\u2066-\u2069]/g, '')])));
      // 2024 against 2023: Al Qanat printed +3 % (the app's levels give +2.07 %); 2020 against
      // 2019: the ministry printed −25 % (the levels give −24.23 %).
      assert.match(labels['2024'], /^\+3\s?%$/, `${lang} 2024: ${labels['2024']}`);
      assert.match(labels['2020'], /^\u221225\s?%$/, `${lang} 2020: ${labels['2020']}`);
      await frame.getByRole('button', { name: w.table }).click();
      const row = (year) => frame.locator('tbody tr', { has: page.locator('td, th', { hasText: new RegExp(`^${year}$`) }) });
      for (const [year, printed, computed] of [['2024', /\+3\s?%/, /\+2,1\s?%/], ['2020', /\u221225\s?%/, /\u221224,2\s?%/]]) {
        const text = (await row(year).innerText()).replace(/[\u2066-\u2069]/g, '');
        assert.match(text, printed, `${lang} ${year}: ${text}`);
        assert.match(text, computed, `${lang} ${year}: ${text}`);
        assert.ok(text.includes(w.printed) && text.includes(w.computed), `${lang} ${year}: ${text}`);
      }
      // The average-growth card 2021–2024: 7.4 % printed (seed 002), 7.19 % computed.
      const card = page.locator('.kpi-card[data-kpi="cagr"]');
      assert.equal((await card.locator('.kpi-value').innerText()).replace(/[\u2066-\u2069]/g, ''), w.average[0]);
      const detail = (await card.locator('.kpi-detail').innerText()).replace(/[\u2066-\u2069]/g, '');
      assert.ok(detail.includes(`${w.average[0]} ${w.printed}`) && detail.includes(`${w.average[1]} ${w.computed}`), detail);
    }
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
    // The change printed for 2024 against 2023, and the one the levels give, side by side.
    assert.equal(rows['2024'].change_pct, '3');
    assert.ok(Math.abs(Number(rows['2024'].computed_change_pct) - (1100 / (1110 / 1.03) - 1) * 100) < 1e-9);
    assert.equal(rows['2017'].how, 'missing');
    assert.equal(rows['2017'].value_mad_million, '');
    const png = await download(page, 'craft-exports-by-year', 'Download image (PNG)');
    assert.equal(png.name, 'craft-exports-by-year.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.bytes.length > 10_000, `a real picture, not an empty canvas (${png.bytes.length} bytes)`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('its source line names the latest year’s sources, the others one click away', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.locator('.app-root [data-testid="craft-exports-by-year"]');
    await frame.locator('.chart-canvas canvas').waitFor();
    const all = JSON.parse((await download(page, 'craft-exports-by-year', 'Download data (JSON)')).bytes.toString('utf8')).sources;
    const line = frame.locator('.source-line');
    const lead = await line.locator(':scope > ul li').allInnerTexts();
    const more = line.locator('.more-sources');
    const others = all.length - lead.length;
    assert.ok(lead.length >= 1 && lead.length <= 3, `${lead.length} named: ${lead}`);
    assert.equal(await more.locator('summary').innerText(), `and ${others} more sources`);
    assert.equal(await more.locator('li').first().isVisible(), false);
    await more.locator('summary').click();
    const rest = await more.locator('li').allInnerTexts();
    assert.equal(rest.length, others);
    assert.deepEqual([...lead, ...rest].sort(), all.map((source) => source.outlet).sort());
    assert.deepEqual(problems, []);
    await context.close();
  });
});
