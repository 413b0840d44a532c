// The selection rules on a generated dataset (tests/fixtures/aggregate_leads.json, pinned to its
// facts by tests/generated_datasets.rs), served in place of the bundled data: "other" (60 %) and
// Europe (25 %) lead January–May 2025 ahead of the United States (20 %) and France (10 %), then
// "May alone" puts France (45 %) ahead. Only a country ranks as a market, and the card keeps the
// cumulative period: the United States, 20 %, January–May 2025, 1st of 2 markets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, url, servedApp } from './harness.mjs';

const app = servedApp();
const FIXTURE = readFileSync(new URL('../fixtures/aggregate_leads.json', import.meta.url), 'utf8');

async function openWithFixture() {
  const opened = await openPage(app.browser, app.origin);
  await opened.page.route('**/data/atlas.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: FIXTURE }));
  return opened;
}

const WORDS = {
  fr: { country: 'États-Unis', share: '20\u202F%', period: 'janvier–mai 2025', rank: '1er des 2 marchés' },
  ar: { country: 'الولايات المتحدة', share: '20%', period: 'ماي 2025', rank: 'المرتبة 1 من بين 2 أسواق' },
};

describe('selection rules on a dataset where an aggregate leads', () => {
  for (const [lang, w] of Object.entries(WORDS)) {
    test(`${lang}: the Top market card names the leading country over the cumulative period`, async () => {
      const { page, context, problems } = await openWithFixture();
      await page.goto(url(app.origin, `indicators?lang=${lang}`));
      // The app's card, computed from the served fixture (the page shell's was computed at build
      // time from the bundled facts).
      const card = page.locator('.app-root .kpi-card[data-kpi="top-destination"]');
      await card.locator('.kpi-subject').waitFor();
      const clean = async (selector) => (await card.locator(selector).innerText()).replace(/[\u2066-\u2069]/g, '');
      assert.equal(await clean('.kpi-subject'), w.country);
      assert.equal(await clean('.kpi-value'), w.share);
      assert.ok((await clean('.kpi-detail')).includes(w.period), await clean('.kpi-detail'));
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`${lang}: the United States rank 1st of the 2 markets, "other" and Europe unranked`, async () => {
      const { page, context, problems } = await openWithFixture();
      await page.goto(url(app.origin, `market/US?lang=${lang}`));
      await page.locator('.app-root').getByText(w.rank).first().waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
