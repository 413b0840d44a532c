// Offline and installable: after one visit the service worker keeps the app and its data, so
// with the network cut every page still opens, computes and draws; an embed registers nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, url, servedApp } from './harness.mjs';

const app = servedApp();

describe('offline', () => {
  test('after one visit, the whole app works with the network cut', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { serviceWorkers: 'allow' });
    await page.goto(url(app.origin, 'indicators?lang=fr'));
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The worker has kept every file once it is active.
    await page.waitForFunction(async () => (await caches.keys()).some((name) => name.startsWith('atlas-')));
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.name, 'Artisanat Atlas');
    assert.equal(manifest.display, 'standalone');

    await context.setOffline(true);
    await page.reload();
    await page.locator('.kpi-card').first().waitFor();
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    for (const [path, ready] of [
      ['map?lang=ar', '[data-testid="craft-export-map"] [data-testid="world-map"]'],
      ['craft/carpets?lang=en', '[data-testid="family-places"] [data-testid="morocco-map"]'],
      ['sources?lang=en', '[data-testid="sources-table"]'],
    ]) {
      await page.goto(url(app.origin, path));
      await page.locator(ready).waitFor();
    }
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an embed registers no service worker and keeps nothing', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { serviceWorkers: 'allow' });
    await page.goto(url(app.origin, 'embed/kpi/latest-year?lang=en'));
    await page.locator('.app-root .kpi-card').waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
