// Sources are named as a reader would cite them: no page, download or embed shows a seed
// document's file name or a working label ("seed document", "seed:"), a French or Arabic page
// shows no English fallback for a document that names no outlet, and a press article whose web
// address is not known says so in the page's language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { download, openPage, url, servedApp } from './harness.mjs';

const app = servedApp();
const WORKING_LABELS = /seed document|seed:|document de référence|reference document|\d{3}_[0-9a-f]{16}\.txt/i;

describe('sources as a reader would cite them', () => {
  const pages = [
    ['sources?lang=fr', '[data-testid="sources-table"]'],
    ['sources?lang=ar', '[data-testid="sources-table"]'],
    ['sources?lang=en', '[data-testid="sources-table"]'],
    ['indicators?lang=fr', '[data-testid="craft-exports-by-year"] .chart-canvas canvas'],
    ['craft/carpets?lang=ar', '.app-root h1'],
    ['market/US?lang=fr', '[data-testid="market-share"] .chart-canvas canvas'],
    ['embed/kpi/latest-year?lang=ar', '.app-root .kpi-card'],
    ['embed/chart/exports?lang=fr', '.chart-canvas canvas'],
  ];
  for (const [path, ready] of pages) {
    test(`/${path} names no seed file and uses no working label`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      await page.goto(url(app.origin, path));
      await page.locator(ready).first().waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, WORKING_LABELS);
      if (!path.includes('lang=en')) assert.ok(!text.includes('outlet not named') && !text.includes('web address not known'), path);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a document that names no outlet, and an article without a known address, read in the page’s language', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    for (const [lang, unnamed, article] of [
      ['fr', 'média non nommé', 'article de presse (adresse web non connue)'],
      ['ar', 'وسيلة إعلام غير مسماة', 'مقال صحفي (العنوان الإلكتروني غير معروف)'],
    ]) {
      await page.goto(url(app.origin, `sources?lang=${lang}`));
      const table = page.getByTestId('sources-table');
      await table.waitFor();
      assert.equal(await table.locator('tr', { hasText: unnamed }).count(), 1, `${lang}: one document names no outlet`);
      assert.equal(await table.locator('tr', { hasText: article }).count(), 3, `${lang}: three articles without a known address`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the downloads name sources by their address, or by their id when they have neither', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    for (const name of ['Download data (CSV)', 'Download data (JSON)']) {
      const file = await download(page, 'craft-exports-by-year', name);
      assert.doesNotMatch(file.bytes.toString('utf8'), WORKING_LABELS, name);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
