// The whole indicators page in French, Arabic and English, on a 360 px phone, a 390 px phone
// and a 1280 px desktop: every card and chart renders from the bundled data with its summary
// and sources, every table toggle and both downloads of every chart work, nothing overflows
// the screen sideways, and a tap on a chart opens its tooltip.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { download, drawnChart, openPage, servedApp, url } from './harness.mjs';

const app = servedApp();
const CHARTS = ['craft-exports-by-year', 'craft-exports-year-to-date', 'craft-exports-composition',
  'craft-exports-exit-cities', 'craft-sector-figures'];
const WORDS = {
  fr: { table: 'Voir le tableau', chart: 'Voir le graphique', csv: 'Télécharger les données (CSV)', png: 'Télécharger l’image (PNG)' },
  ar: { table: 'عرض الجدول', chart: 'عرض المبيان', csv: 'تحميل المعطيات (CSV)', png: 'تحميل الصورة (PNG)' },
  en: { table: 'Show table', chart: 'Show chart', csv: 'Download data (CSV)', png: 'Download image (PNG)' },
};
const VIEWPORTS = { 360: { width: 360, height: 780 }, 390: { width: 390, height: 844 }, 1280: { width: 1280, height: 900 } };
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('indicators in every language and width', () => {
  for (const lang of ['fr', 'ar', 'en']) {
    for (const width of [360, 390, 1280]) {
      test(`${lang} at ${width} px`, async () => {
        const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: VIEWPORTS[width] });
        await page.goto(url(app.origin, lang === 'fr' ? 'indicators' : `indicators?lang=${lang}`));
        const words = WORDS[lang];
        // The page's shell shows the same cards until the app has taken over: read the app's.
        await page.locator('#boot-shell').waitFor({ state: 'detached' });
        await page.locator('.kpi-card').first().waitFor();
        for (const card of await page.locator('.kpi-card').all()) {
          assert.ok(Number.isFinite(Number(await card.getAttribute('data-value'))), await card.innerText());
          assert.ok(await card.locator('a[href^="http"], .kpi-sources').count() > 0, 'card sources');
        }
        assert.equal(await page.locator('.kpi-card').count(), 7);
        for (const name of CHARTS) {
          const frame = page.getByTestId(name);
          await drawnChart(page, name);
          assert.ok((await page.getByTestId(`${name}-summary`).innerText()).length > 40, `${name} summary`);
          assert.ok(await frame.locator('.source-line li').count() > 0, `${name} sources`);
          await frame.getByRole('button', { name: words.table }).click();
          await frame.locator('.data-table tbody tr').first().waitFor();
          assert.ok(await frame.locator('.data-table tbody tr').count() > 0, `${name} table`);
          await frame.getByRole('button', { name: words.chart }).click();
          await drawnChart(page, name);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('every chart downloads its data and its picture', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    for (const name of CHARTS) {
      await drawnChart(page, name);
      const csv = await download(page, name, WORDS.en.csv);
      assert.equal(csv.name, `${name}.csv`);
      assert.ok(csv.bytes.toString('utf8').split('\n').length > 2, `${name} CSV has rows`);
      const png = await download(page, name, WORDS.en.png);
      assert.deepEqual([...png.bytes.subarray(0, 8)], PNG, `${name} PNG signature`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [lang, shown] of [['en', /^2025\s+Headline value\s+1,230$/], ['fr', /^2025\s+Valeur retenue\s+1\u202F230$/]]) {
    test(`a tap on a chart shows its tooltip, numbers in the page’s format (${lang})`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin,
        { viewport: VIEWPORTS[390], hasTouch: true, isMobile: true });
      await page.goto(url(app.origin, `indicators?lang=${lang}`));
      const canvas = page.getByTestId('craft-exports-by-year').locator('.chart-canvas');
      await drawnChart(page, 'craft-exports-by-year');
      // The first taps may land while the bars still grow in; tap until the tooltip answers.
      const tooltipText = () => canvas.evaluate((element) => [...element.querySelectorAll('div')]
        .filter((div) => getComputedStyle(div).display !== 'none' && div.innerText.startsWith('2025')).map((div) => div.innerText)[0]);
      // Where ECharts draws the 2025 bar, half-way up the plot.
      const x = await canvas.evaluate((element) => globalThis.echarts.getInstanceByDom(element)
        .convertToPixel({ xAxisIndex: 0 }, '2025'));
      const y = (await canvas.boundingBox()).height / 2;
      let text;
      for (let attempt = 0; attempt < 20 && !text; attempt += 1) {
        await canvas.tap({ position: { x, y } });
        await page.waitForTimeout(250);
        text = await tooltipText();
      }
      assert.match(text ?? 'no tooltip', shown);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
