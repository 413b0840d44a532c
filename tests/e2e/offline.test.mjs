// Offline and installable: after one visit the service worker keeps the app and its data, so
// with the network cut every page still opens, computes and draws; a page's small bundle is
// kept once used, and the whole app stands in for one that is not; an embed registers nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundlesIn, openPage, recordAppFiles, url, servedApp } from './harness.mjs';

const app = servedApp();

/** The code bundles the service worker keeps, without their content hash. */
function keptBundles(page) {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((name) => name.startsWith('atlas-')));
    const bundles = (await cache.keys()).map((request) => request.url.match(/\/(atlas(-[a-z]+)?)-[0-9a-f]+_bg\.wasm$/)?.[1]);
    return bundles.filter(Boolean).sort();
  });
}

/** Waits until the service worker controls the page and has kept its files. */
async function installed(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).some((name) => name.startsWith('atlas-')));
}

describe('offline', () => {
  test('after one visit, the whole app works with the network cut', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { serviceWorkers: 'allow' });
    await page.goto(url(app.origin, 'indicators?lang=fr'));
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    await installed(page);
    // The install keeps the whole app, not the other pages' small bundles.
    assert.deepEqual(await keptBundles(page), ['atlas']);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.name, 'Artisanat Atlas');
    assert.equal(manifest.display, 'standalone');

    const files = recordAppFiles(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.kpi-card').first().waitFor();
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    for (const [path, ready] of [
      ['map?lang=ar', '[data-testid="craft-export-map"] [data-testid="world-map"]'],
      ['craft/carpets?lang=en', '[data-testid="family-places"] [data-testid="morocco-map"]'],
      ['sources?lang=en', '[data-testid="sources-table"]'],
      ['?lang=fr', '.app-root .home-craft-list'],
    ]) {
      await page.goto(url(app.origin, path));
      await page.locator(ready).waitFor();
    }
    await context.setOffline(false);
    // Offline, the pages whose small bundle was never used started the whole app, from the cache.
    assert.deepEqual(bundlesIn(files), Array(5).fill('atlas_bg.wasm'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a small bundle a page has used is kept, and starts its pages offline', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { serviceWorkers: 'allow' });
    await page.goto(url(app.origin, 'crafts?lang=ar'));
    await page.locator('.app-root [data-testid="family-grid"]').waitFor();
    await installed(page);
    // The first visit came before the worker: a visit it answers keeps the page's bundle.
    await page.reload();
    await page.locator('.app-root [data-testid="family-grid"]').waitFor();
    while (!(await keptBundles(page)).includes('atlas-pages')) await page.waitForTimeout(100);
    assert.deepEqual(await keptBundles(page), ['atlas', 'atlas-pages']);
    const files = recordAppFiles(page);
    await context.setOffline(true);
    await page.goto(url(app.origin, 'sources?lang=ar'));
    await page.locator('[data-testid="sources-table"]').waitFor();
    await context.setOffline(false);
    assert.deepEqual(bundlesIn(files), ['atlas-pages_bg.wasm']);
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
