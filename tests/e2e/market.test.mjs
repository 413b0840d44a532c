// Market profiles: opened from the searchable list beside the map (mouse and keyboard) and from
// the map itself; their figures checked against an independent reading of facts.csv; unknown
// and malformed codes end in a translated message with the rest of the app working.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawEveryChart, openPage, OUTPUT, servedApp, unnamedControls, url } from './harness.mjs';
import { headline, loadFacts } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();
const reliable = (r) => !r.note.includes('[low-reliability]');
const dated = (r) => r.period_start && r.period_end;

/** The national total's headline for one period. */
function national(start, end) {
  return headline(facts.filter((r) => r.metric === 'exports_value' && r.dimension === 'total' && r.unit === 'MAD_million'
    && r.period_start === start && r.period_end === end))?.value;
}

/** What the United States' profile must show, computed here from the facts. */
function expectedUnitedStates() {
  const us = facts.filter((r) => r.dimension === 'destination' && r.dimension_value === 'US' && dated(r));
  const shares = us.filter((r) => r.metric === 'exports_share' && reliable(r));
  const [start, end] = shares.map((r) => [r.period_start, r.period_end])
    .sort(([a, b], [c, d]) => (a === c ? b.localeCompare(d) : a.localeCompare(c))).at(-1);
  const share = headline(shares.filter((r) => r.period_start === start && r.period_end === end)).value;
  const value = (share * national(start, end)) / 100;
  // Yearly levels: printed, else share × national total; growth between the two latest.
  const years = [...new Set(us.map((r) => Number(r.period_start.slice(0, 4))))].sort((a, b) => b - a);
  const yearly = years.map((year) => {
    const [s, e] = [`${year}-01-01`, `${year}-12-31`];
    const of = (metric) => headline(us.filter((r) => r.metric === metric && r.period_start === s && r.period_end === e
      && (metric !== 'exports_value' || r.unit === 'MAD_million')))?.value;
    const level = of('exports_value') ?? (of('exports_share') !== undefined && national(s, e) !== undefined
      ? (of('exports_share') * national(s, e)) / 100 : undefined);
    return [year, level];
  }).filter(([, level]) => level !== undefined);
  const [[to, last], [from, first]] = yearly;
  const growth = ((last / first) ** (1 / (to - from)) - 1) * 100;
  return { start, end, share, value, from, to, growth };
}

async function card(page, kind) {
  return Number(await page.locator(`.app-root [data-kpi="${kind}"]`).getAttribute('data-value'));
}

async function checkUnitedStates(page, problems) {
  const expected = expectedUnitedStates();
  await page.getByTestId('market-name').getByText('United States').waitFor();
  await page.waitForFunction(() => document.title === 'United States — Artisanat Atlas');
  assert.equal(await card(page, 'share'), expected.share);
  assert.ok(Math.abs(await card(page, 'value') - expected.value) < 1e-9, 'value = share × national total');
  assert.ok(Math.abs(await card(page, 'annual-growth') - expected.growth) < 1e-9, 'growth between yearly levels');
  await page.locator('[data-kpi="annual-growth"]').getByText(`from ${expected.from} to ${expected.to}, a year on average`).waitFor();
  await page.locator('[data-kpi="share"]').getByText(/1st of the \d+ markets/).waitFor();
  const trade = page.getByTestId('market-trade');
  await trade.getByRole('heading', { name: 'Morocco–United States free trade agreement' }).waitFor();
  await trade.getByText('applies a 10% tariff to all Moroccan goods').waitFor();
  const families = page.getByTestId('market-details').locator('.badge-list a');
  assert.deepEqual(await families.allTextContents(), ['Pottery and stone', 'Carpets']);
  await page.getByTestId('market-share').locator('.chart-canvas canvas').waitFor();
  assert.deepEqual(problems, []);
}

describe('market profiles', () => {
  test('the list beside the map opens the United States profile with the data core\'s figures', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    await page.getByTestId('market-search').fill('states');
    const countries = page.getByTestId('market-countries').locator('a');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="market-countries"] a').length === 1);
    assert.deepEqual(await countries.locator('.market-name').allTextContents(), ['United States']);
    await countries.first().click();
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await checkUnitedStates(page, problems);
    await context.close();
  });

  test('a click on the United States on the map opens the same profile', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en&period=2024-01-01..2024-12-31'));
    await page.locator('[data-testid="world-map"] path[data-code="US"][tabindex="0"]').click();
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await checkUnitedStates(page, problems);
    await page.getByRole('link', { name: 'Back to the export map' }).click();
    await page.waitForURL(/\/atlas\/map\?lang=en$/);
    await page.getByTestId('craft-export-map').locator('[data-testid="world-map"]').waitFor();
    await context.close();
  });

  test('keyboard: search, Tab and Enter open France, covered by the EU agreement', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=fr'));
    await page.getByTestId('market-search').focus();
    await page.keyboard.type('fran');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="market-countries"] a').length === 1);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.market), 'FR');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atlas\/market\/FR$/);
    await page.getByTestId('market-name').getByText('France').waitFor();
    await page.getByTestId('market-trade').getByRole('heading', { name: 'Accord d’association Union européenne–Maroc' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a market with growth rates only: no empty chart, and the UK agreement with its figures', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'market/GB?lang=en'));
    await page.getByTestId('market-name').getByText('United Kingdom').waitFor();
    await page.getByTestId('market-no-shares').getByText('No reliable source gives a share or value of craft exports to this market.').waitFor();
    assert.equal(await page.getByTestId('market-share').count(), 0);
    const growth = facts.filter((r) => r.dimension === 'destination' && r.dimension_value === 'GB'
      && (['exports_growth', 'exports_cagr', 'exports_growth_factor'].includes(r.metric) || r.change_pct !== ''));
    assert.equal(await page.getByTestId('market-growth').locator('li').count(), growth.length);
    const trade = page.getByTestId('market-trade');
    await trade.getByRole('heading', { name: 'UK–Morocco association agreement' }).waitFor();
    const ukTrade = facts.filter((r) => r.metric === 'uk_morocco_trade');
    assert.equal(await trade.locator('li').count(), ukTrade.length);
    await trade.getByText('UK–Morocco trade in 2024: £4,200 million.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a search that matches nothing says so', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'map?lang=en'));
    await page.getByTestId('market-search').fill('Atlantis');
    await page.getByText('No market matches “Atlantis”.').waitFor();
    assert.equal(await page.getByTestId('market-countries').locator('a').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a market the facts do not know, and a code that is not one, end in a message', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'market/BR?lang=en'));
    await page.getByTestId('market-name').getByText('Brazil').waitFor();
    await page.getByTestId('market-empty').getByText('The sources consulted give no figure for this market.').waitFor();
    await page.getByTestId('market-trade').getByText('name no trade agreement or tariff').waitFor();
    await page.goto(url(app.origin, `market/${encodeURIComponent('<script>alert(1)</script>')}?lang=ar`));
    await page.getByTestId('invalid-market').getByText('ليس رمز سوق').waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.getByRole('link', { name: 'العودة إلى خريطة الصادرات' }).click();
    await page.waitForURL(/\/atlas\/map\?lang=ar$/);
    await page.getByTestId('market-search').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const path of ['map?lang=ar&flows=on', 'market/US?lang=ar', 'market/FR']) {
    test(`every control and chart on ${path} has an accessible name`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      await page.goto(url(app.origin, path));
      await page.locator('.chart-canvas canvas, [data-testid="world-map"]').first().waitFor();
      assert.deepEqual(await unnamedControls(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const lang of ['ar', 'fr']) {
    test(`the profile at 360 px in ${lang}: no sideways scroll, table and downloads reachable`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 360, height: 780 } });
      await page.goto(url(app.origin, `market/US?lang=${lang}`));
      await drawEveryChart(page);
      await page.waitForLoadState('networkidle');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
      await page.screenshot({ path: `${OUTPUT}market-US-${lang}-360.png`, fullPage: true });
      await page.goto(url(app.origin, `map?lang=${lang}`));
      await page.getByTestId('market-search').waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'map page: no sideways scroll');
      await page.getByTestId('craft-export-map').locator('[data-testid="world-map"]').first().waitFor();
      const touchAction = await page.locator('[data-testid="world-map"]').evaluate((svg) => getComputedStyle(svg).touchAction);
      assert.equal(touchAction, 'pan-x pan-y', 'on a phone one finger scrolls the page until the map is zoomed');
      await page.screenshot({ path: `${OUTPUT}map-${lang}-360.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
