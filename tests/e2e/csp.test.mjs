// The release build under the strict Content-Security-Policy that the shipped nginx
// configuration sends (deploy/nginx/atlas.conf): no inline script or style, no eval, nothing from
// another host. Every page and embed is opened and used; any violation fails (reported by the
// browser's securitypolicyviolation event and its console).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawEveryChart, openPage, servedApp, url } from './harness.mjs';
import { policy } from './published_headers.mjs';

const app = servedApp();

async function openWithCsp() {
  const opened = await openPage(app.browser, app.origin);
  await opened.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return opened;
}

describe('under a strict Content-Security-Policy', () => {
  test('the policy is served, the start script and ECharts carry their integrity hashes', async () => {
    const { page, context, problems } = await openWithCsp();
    const response = await page.goto(url(app.origin, 'indicators?lang=en'));
    assert.equal(response.headers()['content-security-policy'], policy());
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
    assert.match(await page.locator('script[type="module"]').getAttribute('integrity'), /^sha384-/);
    assert.match(await page.locator('#echarts-library').getAttribute('integrity'), /^sha384-/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  const visits = [
    ['', 'h1'],
    ['indicators?lang=ar', '[data-testid="craft-exports-by-year"] .chart-canvas canvas'],
    ['map?lang=en&flows=on', '[data-testid="craft-export-map"] [data-testid="world-map"]'],
    ['market/US?lang=en', '[data-testid="market-share"] .chart-canvas canvas'],
    ['crafts?lang=fr&q=tapis', '.family-grid li'],
    ['craft/carpets?lang=en', '[data-testid="family-places"] [data-testid="morocco-map"]'],
    ['craft/carpets/brief?lang=ar', 'h1'],
    ['sources?lang=en', '[data-testid="sources-table"]'],
    ['embed/chart/exports?lang=en&theme=dark&accent=green', '.embed .chart-canvas canvas'],
    ['embed/kpi/latest-year?lang=en&accent=0a7d55', '.embed .kpi-card'],
    ['embed/map?lang=ar', '.embed [data-testid="world-map"]'],
    ['embed/family/zellige?lang=fr', '.embed .family-grid'],
    ['embed-example.html', 'iframe[data-atlas-embed]'],
  ];
  for (const [path, ready] of visits) {
    test(`/${path}: drawn and used with no violation`, async () => {
      const { page, context, problems } = await openWithCsp();
      await page.goto(url(app.origin, path));
      await page.locator(ready).first().waitFor();
      // Use it: hover the chart (tooltips are styled by script) and open every disclosure.
      if (await page.locator('.chart-canvas').count() > 0) await drawEveryChart(page);
      const canvas = page.locator('.chart-canvas').first();
      if (await canvas.count()) await canvas.hover();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('an embed accent set through the CSS object model applies under the policy', async () => {
    const { page, context, problems } = await openWithCsp();
    await page.goto(url(app.origin, 'embed/kpi/latest-year?lang=en&accent=green'));
    await page.locator('.kpi-card').waitFor();
    const primary = await page.locator('.embed').evaluate((e) => getComputedStyle(e).getPropertyValue('--color-primary').trim());
    assert.equal(primary, '#2e7d32');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
