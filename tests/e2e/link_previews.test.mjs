// Every address a page of its own (issue #24): each shell written at build time is served for
// its address, names itself in full (canonical link, language alternates), carries its link
// preview (Open Graph and Twitter card tags, a 1200 × 630 PNG of at most 80 KB); the sitemap
// lists every page with its languages and validates against the sitemap schema; and a figure a
// shell shows, computed at build time, is the one the app shows once it has started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, OUTPUT, PREFIX, openPage, servedApp, url } from './harness.mjs';

const app = servedApp();

const LOCALES = Object.fromEntries(
  ['fr', 'ar', 'en'].map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'))]),
);
const LANGUAGES = Object.keys(LOCALES);
const PREVIEW_LIMIT = 80_000;

/** The address of a page below the app's base in a language: `map?lang=ar`, `` for home. */
const address = (path, lang) => (lang === 'fr' ? path : `${path}?lang=${lang}`);

/** Every shell in the build, as { path, lang, address }, read from the build's files. */
function shells() {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      const match = relative(DIST, file).match(/^(.*)\.(fr|ar|en)\.html$/);
      if (entry.isFile() && match) {
        const path = match[1] === 'index' ? '' : match[1];
        found.push({ path, lang: match[2], address: address(path, match[2]) });
      }
    }
  };
  walk(DIST);
  return found.sort((a, b) => a.address.localeCompare(b.address));
}

/** The attribute values of the head's `<meta>` and `<link>` tags, unescaped. */
function headTags(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const unescape = (text) => text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return [...head.matchAll(/<(meta|link)\s([^>]*?)\/?>/g)].map(([, tag, attributes]) => ({
    tag,
    ...Object.fromEntries([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)])),
  }));
}

/** A URL's path and query, the part that names the page whatever the origin it was built for. */
const pathOf = (absolute) => {
  const parsed = new URL(absolute);
  return `${parsed.pathname}${parsed.search}`;
};

test('every shell is served at its address, names its address and languages in full, and has a 1200 × 630 preview of at most 80 KB', async (t) => {
  const all = shells();
  assert.ok(all.length > 200, `${all.length} shells`);
  let previewBytes = 0;
  const checked = new Set();
  for (const { path, lang, address: page } of all) {
    const response = await fetch(url(app.origin, page));
    assert.equal(response.status, 200, page);
    const html = await response.text();
    assert.match(html, new RegExp(`<html lang="${lang}"`), `${page}: the shell of its language`);
    const tags = headTags(html);
    const meta = (key) => tags.find((tag) => tag.property === key || tag.name === key)?.content;
    const canonical = tags.find((tag) => tag.rel === 'canonical')?.href;
    assert.equal(pathOf(canonical), `${PREFIX}${page}`, `${page}: canonical`);
    assert.equal(meta('og:url'), canonical, `${page}: og:url`);
    const alternates = Object.fromEntries(tags.filter((tag) => tag.rel === 'alternate').map((tag) => [tag.hreflang, pathOf(tag.href)]));
    assert.deepEqual(alternates, {
      fr: `${PREFIX}${path}`,
      ar: `${PREFIX}${address(path, 'ar')}`,
      en: `${PREFIX}${address(path, 'en')}`,
      'x-default': `${PREFIX}${path}`,
    }, `${page}: its languages`);
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description']) {
      assert.ok(meta(key)?.trim(), `${page}: ${key}`);
    }
    assert.equal(meta('og:site_name'), LOCALES[lang].app_name);
    const escaped = meta('og:title').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const heading = html.slice(html.indexOf('<body')).match(/<h([12])[^>]*>(?:<a [^>]*>)?([^<]*)</g) ?? [];
    assert.ok(heading.some((tag) => tag.endsWith(`>${escaped}<`)), `${page}: its page shows its title "${meta('og:title')}" as a heading`);
    assert.equal(meta('twitter:card'), 'summary_large_image');
    assert.equal(meta('twitter:image'), meta('og:image'));
    assert.equal(meta('robots'), path.startsWith('embed/') ? 'noindex' : undefined, `${page}: embeds only are kept out of search engines`);
    const image = pathOf(meta('og:image'));
    assert.ok(!checked.has(image), `${page}: a preview of its own`);
    checked.add(image);
    const picture = await fetch(`${app.origin}${image}`);
    assert.equal(picture.status, 200, image);
    assert.equal(picture.headers.get('content-type'), 'image/png', image);
    const bytes = Buffer.from(await picture.arrayBuffer());
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG', image);
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], `${image}: 1200 × 630`);
    assert.equal(meta('og:image:width'), '1200');
    assert.equal(meta('og:image:height'), '630');
    assert.ok(bytes.length <= PREVIEW_LIMIT, `${image}: ${bytes.length} bytes`);
    previewBytes += bytes.length;
  }
  t.diagnostic(`${all.length} shells; their previews weigh ${previewBytes} bytes in all (${Math.round(previewBytes / all.length)} on average)`);
});

test('the sitemap lists every page (no embed) with its languages and validates against the sitemap schema; robots.txt names it', async () => {
  const response = await fetch(url(app.origin, 'sitemap.xml'));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/xml; charset=utf-8');
  const sitemap = await response.text();
  const file = join(OUTPUT, 'sitemap.xml');
  writeFileSync(file, sitemap);
  const schema = new URL('./schema/sitemap.xsd', import.meta.url).pathname;
  execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
  const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => pathOf(loc.replaceAll('&amp;', '&'))).sort();
  const pages = shells().filter(({ path }) => !path.startsWith('embed/')).map(({ address: page }) => `${PREFIX}${page}`).sort();
  assert.deepEqual(listed, pages);
  assert.equal(sitemap.match(/<xhtml:link rel="alternate" hreflang="(fr|ar|en)"/g).length, 3 * pages.length);
  const robots = await (await fetch(url(app.origin, 'robots.txt'))).text();
  assert.match(robots, /^User-agent: \*$/m);
  assert.equal(pathOf(robots.match(/^Sitemap: (\S+)$/m)[1]), `${PREFIX}sitemap.xml`);
});

test('without JavaScript, the home page, a family shared with tracking parameters and a buyer brief show their own words in the language of their link', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [lang, texts] of Object.entries(LOCALES)) {
    await page.goto(url(app.origin, address('', lang)));
    assert.equal(await page.title(), `${texts.home_title} — ${texts.app_name}`);
    assert.equal(await page.locator('.hero h1').innerText(), texts.home_title);
    assert.equal(await page.locator('.hero p.lead').innerText(), texts.home_intro);
    // The home page's figures, markets and crafts, computed at build time.
    assert.equal(await page.locator('.home-figure[data-computed-at-build] .kpi-value').count(), 4);
    assert.ok(await page.locator('.home-leaders li').count() > 0);
    assert.ok(await page.locator('.home-craft-list a').count() > 0);
    assert.deepEqual(await page.locator('.home-section-head a').allInnerTexts(), [texts.home_all_indicators, texts.home_open_map, texts.home_all_crafts]);
    assert.equal(await page.locator('.main-nav [aria-current="page"]').innerText(), texts.nav_home);
    await page.goto(url(app.origin, `${address('craft/carpets', lang)}${lang === 'fr' ? '?' : '&'}fbclid=IwAR0abc&utm_source=whatsapp`));
    assert.equal(await page.locator('html').getAttribute('lang'), lang, 'a shared link with tracking parameters gets its shell');
    assert.match(await page.locator('.family-hero h1').innerText(), /\S/);
    await page.goto(url(app.origin, address('craft/carpets/brief', lang)));
    assert.ok((await page.locator('h1').innerText()).startsWith(`${texts.brief_title} — `), `the brief's heading in ${lang}`);
    assert.ok((await page.title()).endsWith(` — ${texts.app_name}`));
  }
  await context.close();
});

/** What a shell shows that the engine computes, by kind of page. */
function computedWords(path) {
  const cards = ['[data-kpi] .kpi-title', '[data-kpi] .kpi-value', '[data-kpi] .kpi-subject', '[data-kpi] .kpi-detail'];
  if (path === '') return [...cards, '.home-map-caption', '.home-leaders', '.home-craft-list'];
  if (/^craft\/[^/]+$/.test(path)) return ['.craft-item summary .craft-facts'];
  if (/^market\/[^/]+$/.test(path)) return ['[data-kpi="share"] .kpi-value', '[data-kpi="share"] .kpi-detail'];
  if (/^craft\/[^/]+\/brief$/.test(path)) return ['.brief-lead', '.brief-prose', '.brief-references'];
  if (path === 'indicators' || path.startsWith('embed/kpi/')) return cards;
  if (path.startsWith('embed/chart/')) return ['.chart-summary'];
  if (path.startsWith('embed/family/')) return ['.family-share'];
  return null;
}

test('every figure a shell computed at build time is the one the app computes once started (home, indicators, each family\'s crafts, brief, market, headline card, family card and chart embed)', async (t) => {
  const pages = shells()
    .filter(({ path, lang }) => computedWords(path) && lang === 'fr')
    .map(({ path }, index) => ({ path, lang: LANGUAGES[index % 3] }));
  assert.ok(pages.length > 50, `${pages.length} pages`);
  const plain = await app.browser.newContext({ javaScriptEnabled: false });
  const shellPage = await plain.newPage();
  const { page, context, problems } = await openPage(app.browser, app.origin);
  let figures = 0;
  for (const { path, lang } of pages) {
    const where = address(path, lang);
    const selectors = computedWords(path);
    const read = (on) => on.evaluate((list) => list.map((selector) => {
      const found = [...document.querySelectorAll(selector)].map((element) => element.innerText);
      return found.length ? found.join(' | ') : null;
    }), selectors);
    await shellPage.goto(url(app.origin, where));
    const built = await read(shellPage);
    const marked = await shellPage.locator('[data-computed-at-build]').count();
    await page.goto(url(app.origin, where));
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    await page.locator('.app-root:not([hidden])').waitFor();
    if (selectors[0].startsWith('.craft-item')) {
      // A family's page leads with its crafts' names and towns, which are no figure.
      await page.locator('[data-testid="family-text"]').waitFor();
      assert.equal(marked, 0, `${where}: no figure is marked`);
    } else if (selectors[0] === '.brief-lead') {
      await page.getByTestId('brief-prose').waitFor();
      assert.equal(marked, 1, `${where}: the brief's words are marked as computed at build time`);
    } else if (selectors[0].startsWith('[data-kpi="share"]')) {
      await page.locator('[data-testid="family-text"], [data-testid="market-name"]').first().waitFor().catch(() => assert.fail(`${where}: the app shows no page`));
      assert.equal(marked, built[0] === null ? 0 : 1, `${where}: a build figure is marked as such`);
    } else if (selectors[0].includes('kpi')) {
      assert.equal(marked, built[1].split(' | ').length, `${where}: each card is marked as computed at build time`);
    }
    assert.deepEqual(await read(page), built, `${where}: the app shows what the shell showed`);
    figures += built.filter((text) => text !== null).length;
  }
  assert.ok(figures > pages.length / 2, `${figures} figures compared: most of these pages have one`);
  t.diagnostic(`${figures} figures on ${pages.length} pages: the same in the shell and in the app`);
  assert.deepEqual(problems, []);
  await context.close();
  await plain.close();
});
