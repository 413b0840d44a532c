// The home page as the atlas in one screen: the latest exports, this year's so far, the top
// market and the top family (the same figures the indicators page computes), each with its
// sources one tap away; a small map of where crafts sell that leads to the map; the crafts with
// their motifs, each leading to its page; and where the figures come from. On a phone, the
// first figure is on the first screen; a missing part says so and the rest still works.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, recordAppFiles, url, servedApp } from './harness.mjs';

const app = servedApp();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The app's own words, to read the page as a visitor does. */
const LOCALES = Object.fromEntries(['fr', 'ar', 'en'].map((lang) => [lang, JSON.parse(
  readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'),
)]));
const HOME_CARDS = ['latest-year', 'year-to-date', 'top-destination', 'top-family'];

const address = (path, lang) => (lang === 'fr' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);

/** The home page once the app has taken the shell's place. */
async function openHome(lang, options = {}) {
  const opened = await openPage(app.browser, app.origin, options);
  await opened.page.goto(url(app.origin, address('', lang)));
  await opened.page.locator('#boot-shell').waitFor({ state: 'detached' });
  return opened;
}

/** Each headline card's name and raw value on the page, in the order shown. */
const cardValues = (page, scope) => page.locator(`${scope} [data-kpi]`).evaluateAll(
  (cards) => cards.map((card) => [card.dataset.kpi, card.dataset.value ?? '']),
);

describe('the home page', () => {
  for (const lang of ['fr', 'ar']) {
    test(`shows the atlas at a glance in ${lang}, the first figure on a phone's first screen`, async () => {
      const { page, context, problems } = await openHome(lang, PHONE);
      const texts = LOCALES[lang];
      const files = recordAppFiles(page);
      await page.locator('.home-craft-list a').first().waitFor();
      assert.deepEqual((await cardValues(page, '.home-figures')).map(([name]) => name), HOME_CARDS);
      const first = await page.locator('.home-figure .kpi-value').first().boundingBox();
      assert.ok(first.y + first.height <= 844, `the first figure ends at ${first.y + first.height} px`);
      assert.match(await page.locator('.home-figure .kpi-value').first().innerText(), /\d/);
      // The small map is drawn, names its largest markets and leads to the map.
      assert.ok(await page.locator('.home-map-picture svg path').count() > 100);
      assert.ok(await page.locator('.home-leaders li').count() > 0);
      assert.ok((await page.locator('.home-map-caption').innerText()).length > 10);
      // Every craft family of the catalogue, with its motif, named in the page's language, read
      // from the families' own file: the page does not download the whole catalogue.
      const catalogue = await (await fetch(url(app.origin, 'data/catalogue.json'))).json();
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      assert.ok(fetched.some((name) => name.endsWith('/data/families.json')), 'the families are fetched');
      assert.ok(!fetched.some((name) => name.endsWith('/data/catalogue.json')), 'the catalogue is not');
      assert.equal(await page.locator('.home-craft-list a').count(), catalogue.families.length);
      assert.equal(await page.locator('.home-craft-list a svg.motif').count(), catalogue.families.length);
      for (const name of await page.locator('.home-craft-list a span').allInnerTexts()) {
        assert.doesNotMatch(name, /^[a-z_]+$/, `"${name}" is a code, not a name`);
      }
      assert.equal(
        await page.locator('.home-section-head a').allInnerTexts().then((links) => links.join('|')),
        [texts.home_all_indicators, texts.home_open_map, texts.home_all_crafts].join('|'),
      );
      assert.match(await page.locator('.home-provenance').innerText(), new RegExp(texts.home_method_link));
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth), false, 'no sideways scroll');
      assert.deepEqual(files, [], 'nothing more is fetched once the page is shown');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('computes the same figures as the indicators page', async () => {
    const { page, context, problems } = await openHome('en');
    const home = await cardValues(page, '.home-figures');
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.locator('.kpi-section [data-kpi]').first().waitFor();
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    const indicators = Object.fromEntries(await cardValues(page, '.kpi-section'));
    for (const [name, value] of home) {
      assert.ok(value !== '', `${name} has a figure`);
      assert.equal(value, indicators[name], name);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('each figure\'s sources open by keyboard and link to the publications', async () => {
    const { page, context, problems } = await openHome('fr');
    const summary = page.locator('.home-figure .figure-sources summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    const links = page.locator('.home-figure .figure-sources').first().locator('a[href^="http"]');
    await links.first().waitFor();
    assert.ok(await links.count() > 0);
    assert.equal(await summary.innerText(), LOCALES.fr.figure_sources_toggle);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the map link opens the export map, a craft opens its page, and Back returns home', async () => {
    const { page, context, problems } = await openHome('en');
    await page.getByRole('link', { name: LOCALES.en.home_open_map }).click();
    await page.getByRole('heading', { level: 1, name: 'Export map' }).waitFor();
    await page.goBack();
    await page.locator('.home-craft-list a').first().waitFor();
    const craft = page.locator('.home-craft-list a').first();
    const name = await craft.innerText();
    await craft.click();
    await page.locator('.family-hero h1').filter({ hasText: name }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('without the small map\'s shapes, the map says so with a retry, and the figures and crafts stay', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['world-map-small.json', 'status of 503'] });
    let fail = true;
    await page.route('**/world-map-small.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto(url(app.origin, '?lang=ar'));
    const panel = page.locator('.home-map [role="alert"]');
    await panel.waitFor();
    assert.equal(await page.locator('.home-figure').count(), 4);
    assert.ok(await page.locator('.home-craft-list a').count() > 0);
    assert.ok(await page.locator('.home-leaders li').count() > 0, 'the markets are still named');
    fail = false;
    await panel.getByRole('button', { name: LOCALES.ar.retry }).click();
    await page.locator('.home-map-picture svg path').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
