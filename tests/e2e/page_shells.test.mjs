// The page shells written at build time (src/prerender/, src/bin/atlas-shells.rs): without
// JavaScript each page with a shell shows its own title, heading, lead and header in the language
// of its link (a family's text, a market's name, a chart's summary computed from the bundled
// facts); with JavaScript the app replaces the shell with the same words in the same place,
// with no layout shift, and never shows a loading line in their place.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, servedApp, url } from './harness.mjs';

const app = servedApp();

const LOCALES = Object.fromEntries(
  ['fr', 'ar', 'en'].map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'))]),
);
/** Each page with a shell: its address and the keys of its heading, lead and navigation label. */
const PAGES = [
  { path: 'indicators', title: 'indicators_title', lead: 'indicators_intro', nav: 'nav_indicators' },
  { path: 'map', title: 'map_title', lead: 'map_intro', nav: 'nav_map' },
  { path: 'crafts', title: 'crafts_title', lead: 'crafts_lead', nav: 'nav_crafts' },
  { path: 'sources', title: 'sources_title', lead: 'sources_intro', nav: 'nav_sources' },
];
const DIRECTION = { fr: 'ltr', ar: 'rtl', en: 'ltr' };
const link = (path, lang) => (lang === 'fr' ? path : `${path}?lang=${lang}`);

/** Opens `path` with the app's module held back until `release()`, so the shell can be read
 * first; the page counts its layout shifts in `window.layoutShift`. */
async function openWithAppHeld(path, viewport) {
  const opened = await openPage(app.browser, app.origin, { viewport });
  await opened.page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await opened.page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await opened.page.goto(url(app.origin, path), { waitUntil: 'domcontentloaded' });
  return { ...opened, release };
}

describe('page shells', () => {
  test('without JavaScript, every page with a shell shows its own words in the language of its link', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path, title, lead, nav } of PAGES) {
      for (const [lang, texts] of Object.entries(LOCALES)) {
        await page.goto(url(app.origin, link(path, lang)));
        const where = `${path} in ${lang}`;
        assert.equal(await page.locator('html').getAttribute('lang'), lang, where);
        assert.equal(await page.locator('html').getAttribute('dir'), DIRECTION[lang], where);
        assert.equal(await page.title(), `${texts[title]} — ${texts.app_name}`, where);
        assert.equal(await page.locator('meta[name="description"]').getAttribute('content'), texts[lead], where);
        assert.equal(await page.locator('h1').innerText(), texts[title], where);
        assert.equal(await page.locator('p.lead').innerText(), texts[lead], where);
        assert.equal(await page.locator('.main-nav [aria-current="page"]').innerText(), texts[nav], where);
        assert.equal(await page.locator('.language-switcher [aria-current="true"]').getAttribute('lang'), lang, where);
        const body = await page.locator('body').innerText();
        assert.ok(body.includes(texts.needs_javascript), `${where}: says that the atlas needs JavaScript`);
        for (const other of Object.keys(LOCALES).filter((l) => l !== lang)) {
          assert.ok(!body.includes(LOCALES[other][title]), `${where}: no ${other} heading`);
        }
      }
    }
    await context.close();
  });

  test("without JavaScript, the map's embed shows its title and instructions in the embed's frame, kept out of search engines", async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [lang, texts] of Object.entries(LOCALES)) {
      await page.goto(url(app.origin, link('embed/map', lang)));
      assert.equal(await page.locator('html').getAttribute('dir'), DIRECTION[lang]);
      assert.equal(await page.title(), `${texts.map_chart_title} — ${texts.app_name}`);
      assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
      assert.equal(await page.locator('.embed .chart-frame h2').innerText(), texts.map_chart_title);
      assert.equal(await page.locator('.embed .chart-hint').innerText(), `${texts.map_click_hint} ${texts.map_wheel_hint}`);
      assert.equal(await page.locator('.site-header').count(), 0, 'an embed has no header');
    }
    await context.close();
  });

  test('a language link in a shell leads to the shell of that language', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(app.origin, 'map'));
    await page.locator('.language-switcher a[lang="ar"]').click();
    await page.waitForURL(/\/atlas\/map\?lang=ar$/);
    assert.equal(await page.locator('h1').innerText(), LOCALES.ar.map_title);
    await page.locator('.main-nav a', { hasText: LOCALES.ar.nav_sources }).click();
    await page.waitForURL(/\/atlas\/sources\?lang=ar$/);
    assert.equal(await page.locator('h1').innerText(), LOCALES.ar.sources_title);
    await context.close();
  });

  for (const [path, lang, viewport, more = []] of [
    ['map', 'ar', { width: 390, height: 844 }],
    ['indicators', 'fr', { width: 1280, height: 900 }],
    ['crafts', 'en', { width: 390, height: 844 }],
    ['sources', 'ar', { width: 390, height: 844 }, ['section.method']],
  ]) {
    test(`/${link(path, lang)} at ${viewport.width} px: the app takes the shell's place with the same words, without a layout shift`, async () => {
      const { page, context, problems, release } = await openWithAppHeld(link(path, lang), viewport);
      const boxes = () => page.evaluate((selectors) => selectors.map((selector) => {
        const { x, y, width, height } = document.querySelector(selector).getBoundingClientRect();
        return { selector, x, y, width, height, text: document.querySelector(selector).innerText };
      }), ['.site-header', 'h1', 'p.lead', ...more]);
      await page.locator('#boot-shell h1').waitFor();
      const before = await boxes();
      release();
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      await page.locator('main .loading:visible, main [data-testid]:visible').first().waitFor();
      const after = await boxes();
      assert.deepEqual(after, before, `${['the header, heading and lead', ...more].join(', ')} stand where the shell put them`);
      assert.equal(await page.title(), `${LOCALES[lang][PAGES.find((p) => p.path === path).title]} — ${LOCALES[lang].app_name}`);
      assert.equal(await page.evaluate(() => window.layoutShift), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

test("/embed/map?lang=ar at 390 px: the app's map widget replaces the shell, its title and instructions the same size, without a layout shift", async () => {
  const { page, context, problems, release } = await openWithAppHeld('embed/map?lang=ar', { width: 390, height: 844 });
  const sizes = () => page.evaluate(() => ['.chart-frame h2', '.chart-hint'].map((selector) => {
    const { width, height } = document.querySelector(selector).getBoundingClientRect();
    return { selector, width, height, text: document.querySelector(selector).innerText };
  }));
  await page.locator('#boot-shell .chart-hint').waitFor();
  const before = await sizes();
  release();
  await page.locator('[data-testid="world-map"] path').first().waitFor();
  assert.equal(await page.locator('#boot-shell').count(), 0);
  assert.deepEqual(await sizes(), before, "the app's title and instructions are the shell's, at the same size");
  assert.equal(await page.evaluate(() => window.layoutShift), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The pages whose shell shows words computed from the facts: what to compare, and where. */
const DATA_SHELLS = [
  { path: 'craft/carpets?lang=ar', viewport: { width: 390, height: 844 }, words: ['h1', '.family-hero p.lead', '.breadcrumb'] },
  { path: 'market/US', viewport: { width: 1280, height: 900 }, words: ['h1', 'p.lead', '.breadcrumb'] },
  { path: 'embed/chart/exports?lang=en', viewport: { width: 390, height: 844 }, words: ['.chart-frame h2', '.chart-subtitle', '.chart-summary'] },
  { path: 'embed/family/carpets', viewport: { width: 390, height: 844 }, words: ['.family-card h2', '.family-share', '.family-crafts', '.family-places'] },
];

test('without JavaScript, a family, a market and a chart embed show their words from the facts in their language', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(app.origin, 'craft/carpets?lang=ar'));
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.match(await page.locator('.family-hero p.lead').innerText(), /\p{Script=Arabic}/u);
  assert.equal(await page.locator('.main-nav [aria-current="location"]').innerText(), LOCALES.ar.nav_crafts);
  await page.goto(url(app.origin, 'market/US?lang=en'));
  assert.equal(await page.locator('h1').innerText(), 'United States');
  assert.equal(await page.title(), `United States — ${LOCALES.en.app_name}`);
  await page.goto(url(app.origin, 'embed/family/carpets?lang=en'));
  assert.match(await page.locator('.family-share').innerText(), /\d/, "the family's share");
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
  await page.goto(url(app.origin, 'embed/chart/exports'));
  assert.match(await page.locator('.chart-summary').innerText(), /\d/, 'the summary gives figures');
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
  assert.ok((await page.locator('body').innerText()).includes(LOCALES.fr.needs_javascript));
  await context.close();
});

for (const { path, viewport, words } of DATA_SHELLS) {
  test(`/${path} at ${viewport.width} px: the app shows the shell's words from the facts in the same place, never a loading line instead`, async () => {
    const { page, context, problems, release } = await openWithAppHeld(path, viewport);
    const read = () => page.evaluate((selectors) => selectors.map((selector) => {
      const element = document.querySelector(`${selector}:not([hidden] *)`);
      if (!element) return { selector, missing: true };
      const { x, y, width, height } = element.getBoundingClientRect();
      return { selector, x, y, width, height, text: element.innerText };
    }), words);
    await page.locator('#boot-shell').waitFor();
    const before = await read();
    // Every frame until the app has taken over: the words are on screen in each.
    await page.evaluate((selector) => {
      window.framesWithoutWords = 0;
      const watch = () => {
        if (![...document.querySelectorAll(selector)].some((e) => e.offsetParent !== null)) window.framesWithoutWords += 1;
        if (document.getElementById('boot-shell')) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, words.at(-1));
    release();
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    assert.deepEqual(await read(), before, 'the same words, at the same place and size');
    assert.equal(await page.evaluate(() => window.framesWithoutWords), 0, 'no frame without the words');
    assert.equal(await page.evaluate(() => window.layoutShift), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
