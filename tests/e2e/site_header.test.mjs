// The site header on a phone and a desktop: one row of at most 64 px from 360 to 414 px wide
// (the name, then the language and the page links each folded into a button), the links shown
// in the row on a desktop; the folded lists work by keyboard (Enter opens, Escape closes and
// gives focus back, a followed link closes) and by touch, in French, Arabic and English; and
// what that leaves a phone's first screen: the first headline figure, the whole map.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, url, servedApp } from './harness.mjs';

const app = servedApp();
const PHONE = { isMobile: true, hasTouch: true };
const NAMES = {
  fr: { menu: 'Menu', sources: 'Sources', heading: 'Sources et méthode' },
  ar: { menu: 'القائمة', sources: 'المصادر', heading: 'المصادر والمنهجية' },
  en: { menu: 'Menu', sources: 'Sources', heading: 'Sources and method' },
};

/** The header's box, whether the page scrolls sideways, and what of it is shown. */
const headerFacts = (page) => page.evaluate(() => {
  const header = [...document.querySelectorAll('.site-header')].find((element) => element.getClientRects().length > 0);
  // Links inside a closed <details> keep their boxes but are skipped (content-visibility).
  const visible = (element) => element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
  const box = header.getBoundingClientRect();
  return {
    height: box.height,
    sideways: document.documentElement.scrollWidth > innerWidth,
    buttons: [...header.querySelectorAll('summary')].filter(visible).length,
    links: [...header.querySelectorAll('.main-nav a')].filter(visible).length,
    // A child that starts below another one's bottom starts a new row.
    rows: [...header.children].filter(visible).map((child) => child.getBoundingClientRect())
      .sort((a, b) => a.top - b.top)
      .reduce(([rows, bottom], box) => (box.top >= bottom ? [rows + 1, box.bottom] : [rows, Math.max(bottom, box.bottom)]), [0, -Infinity])[0],
  };
});

describe('the header on a phone', () => {
  for (const width of [360, 390, 414]) {
    for (const lang of ['fr', 'ar', 'en']) {
      test(`is one row of at most 64 px at ${width} px in ${lang}, shell and app`, async () => {
        // The page's shell as painted before the app starts (and without JavaScript).
        const still = await app.browser.newContext({ viewport: { width, height: 800 }, ...PHONE, javaScriptEnabled: false });
        const shellPage = await still.newPage();
        await shellPage.goto(url(app.origin, `indicators?lang=${lang}`));
        const shell = await headerFacts(shellPage);
        await still.close();
        const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width, height: 800 }, ...PHONE });
        await page.goto(url(app.origin, `indicators?lang=${lang}`));
        await page.locator('#boot-shell').waitFor({ state: 'detached' });
        const own = await headerFacts(page);
        for (const [which, facts] of [['shell', shell], ['app', own]]) {
          assert.ok(facts.height <= 64, `${which}: ${facts.height} px`);
          assert.equal(facts.rows, 1, which);
          assert.equal(facts.buttons, 2, which);
          assert.equal(facts.links, 0, `${which}: the page links are folded`);
          assert.equal(facts.sideways, false, which);
        }
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('opens by keyboard, closes on Escape with focus back on its button, and a followed link closes it', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 }, ...PHONE });
    await page.goto(url(app.origin, 'indicators'));
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    const menu = page.locator('.main-nav summary');
    await menu.focus();
    await page.keyboard.press('Enter');
    const sources = page.locator('.main-nav a', { hasText: NAMES.fr.sources });
    await sources.waitFor();
    assert.equal(await page.locator('.main-nav details').getAttribute('open'), '');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.main-nav') !== null), true);
    await page.keyboard.press('Escape');
    await sources.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.matches('.main-nav summary')), true);
    await page.keyboard.press('Enter');
    await sources.click();
    await page.getByRole('heading', { level: 1, name: NAMES.fr.heading }).waitFor();
    assert.equal(await page.locator('.main-nav details[open]').count(), 0, 'closed once its link is followed');
    assert.match(await page.locator('.main-nav a[aria-current="page"]').getAttribute('href'), /\/atlas\/sources$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('changes the language by touch, and a tap elsewhere closes a menu', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 360, height: 780 }, ...PHONE });
    await page.goto(url(app.origin, 'sources'));
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    const language = page.locator('.language-switcher summary');
    // Its visible mark; screen readers hear the language's name.
    assert.equal(await language.locator('[aria-hidden="true"]').innerText(), 'FR');
    assert.equal(await language.locator('.visually-hidden').textContent(), 'Français');
    await language.tap();
    await page.locator('.language-switcher a[lang="ar"]').tap();
    await page.getByRole('heading', { level: 1, name: NAMES.ar.heading }).waitFor();
    assert.equal(await page.locator('.language-switcher details[open]').count(), 0);
    assert.equal(await language.locator('[aria-hidden="true"]').innerText(), 'ع');
    assert.ok((await headerFacts(page)).height <= 64);
    await page.locator('.main-nav summary').tap();
    await page.locator('.main-nav a', { hasText: NAMES.ar.sources }).waitFor();
    await page.touchscreen.tap(180, 700); // on the page below the open list
    await page.locator('.main-nav a', { hasText: NAMES.ar.sources }).waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the first screen of a phone', () => {
  for (const lang of ['fr', 'ar']) {
    test(`holds the first headline figure on /indicators and the whole map on /map (${lang}, 390 × 844)`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 }, ...PHONE });
      const bottomOf = (selector) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().bottom);
      await page.goto(url(app.origin, `indicators?lang=${lang}`));
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      assert.ok(await bottomOf('.app-root .kpi-card .kpi-value') <= 844);
      await page.goto(url(app.origin, `map?lang=${lang}`));
      await page.locator('.app-root [data-testid="world-map"]').waitFor();
      assert.ok(await bottomOf('.app-root [data-testid="world-map"]') <= 844);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('the header on a desktop', () => {
  for (const lang of ['fr', 'ar', 'en']) {
    test(`shows its links and no menu button at 1280 px in ${lang}`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      await page.goto(url(app.origin, `sources?lang=${lang}`));
      await page.getByRole('heading', { level: 1, name: NAMES[lang].heading }).waitFor();
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      const facts = await headerFacts(page);
      assert.equal(facts.buttons, 0);
      assert.equal(facts.links, 5);
      assert.equal(facts.rows, 1);
      assert.equal(await page.locator('.language-switcher a:visible').count(), 3);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('the header on a tablet held upright', () => {
  for (const lang of ['fr', 'ar', 'en']) {
    test(`is one row at 768 px in ${lang}, its links folded, and the home page's figures in two columns`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 768, height: 1024 }, hasTouch: true });
      await page.goto(url(app.origin, `?lang=${lang}`));
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      const facts = await headerFacts(page);
      assert.equal(facts.rows, 1);
      assert.ok(facts.height <= 80, `${facts.height} px`);
      assert.equal(facts.buttons, 2);
      assert.equal(facts.links, 0);
      assert.equal(facts.sideways, false);
      const tops = await page.locator('.home-figure').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 2, `two rows of two figures: ${tops}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
