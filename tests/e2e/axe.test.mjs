// Accessibility audit with axe-core (npm) on every page and embed, in French and in Arabic
// (right to left), with the visitor's system set to light and to dark: once the page has its data and charts, with every disclosure opened, axe's
// WCAG 2.x A/AA and best-practice rules must find no violation. A failure names the rule, the
// elements and axe's advice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { drawEveryChart, openPage, url, servedApp } from './harness.mjs';

const app = servedApp();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every route of the app, each with the element that says its content is drawn. */
const PAGES = [
  ['', '.home-map-picture svg'],
  ['indicators', '[data-testid="craft-exports-composition"] .chart-canvas'],
  ['map', '[data-testid="craft-export-map"] [data-testid="world-map"]'],
  ['market/US', '[data-testid="market-share"] .chart-canvas canvas'],
  ['market/BR', 'h1'],
  ['crafts', '[data-testid="family-grid"] .family-card'],
  ['craft/carpets', '[data-testid="family-places"] [data-testid="morocco-map"]'],
  ['craft/carpets/brief', 'h1'],
  ['sources', '[data-testid="data-version"]'],
  ['no-such-page', 'h1'],
  ['embed/kpi/latest-year', '.kpi-card'],
  ['embed/chart/exports', '.chart-canvas canvas'],
  ['embed/chart/composition?theme=dark&title=off&source=compact', '.chart-canvas canvas'],
  ['embed/kpi/cagr?theme=dark', '.kpi-card'],
  ['embed/map', '[data-testid="world-map"]'],
  ['embed/family/zellige', '.family-card'],
];

/** axe's violations on the page, one readable line per rule. */
async function axeViolations(page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  // An opened embed dialog builds its preview: audit the widget in it, not its loading page.
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((frame) => {
    const inside = frame.contentDocument;
    if (inside?.URL === 'about:blank') return true; // a lazy frame out of view, not loading
    return inside?.readyState === 'complete' && inside.querySelector('main') && !inside.querySelector('#boot-shell, .loading');
  }));
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy (sent by nginx)
  // refuses an injected inline script, as it should.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} [${n.failureSummary.replace(/\s+/g, ' ')}]`).join('; ')}`);
  });
  return violations;
}

describe('axe-core finds no accessibility violation, in the light and the dark theme', () => {
  for (const colorScheme of ['light', 'dark']) {
  for (const lang of ['fr', 'ar']) {
    for (const [path, ready] of PAGES) {
      test(`${path || 'home'} in ${lang}, ${colorScheme}`, async () => {
        const { page, context, problems } = await openPage(app.browser, app.origin, { colorScheme });
        const separator = path.includes('?') ? '&' : '?';
        await page.goto(url(app.origin, lang === 'fr' ? path : `${path}${separator}lang=${lang}`));
        await page.locator(ready).first().waitFor();
        // A page shell may already show what `ready` names: audit the app, once it has taken over.
        await page.locator('#boot-shell').waitFor({ state: 'detached' });
        await page.waitForFunction(() => !document.querySelector('.loading'));
        if (await page.locator('.chart-canvas').count() > 0) await drawEveryChart(page);
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
  }
});

describe('axe-core on a phone, the header\'s menus open', () => {
  for (const lang of ['fr', 'ar']) {
    test(`indicators at 390 px in ${lang}`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await page.goto(url(app.origin, lang === 'fr' ? 'indicators' : `indicators?lang=${lang}`));
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      await page.waitForFunction(() => !document.querySelector('.loading'));
      assert.equal(await page.locator('.site-header summary:visible').count(), 2);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
