// End-to-end journeys through the release build, served under a sub-path on 127.0.0.1 and
// driven in Debian's Chromium as a visitor would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT, bundlesIn, drawEveryChart, drawnChart, openPage, recordAppFiles, url, servedApp } from './harness.mjs';

const app = servedApp();

const PAGES = [
  { path: '', heading: { fr: 'L’artisanat marocain dans le monde', ar: 'الصناعة التقليدية المغربية في العالم', en: 'Moroccan crafts around the world' } },
  { path: 'indicators', heading: { fr: 'Indicateurs d’exportation', ar: 'مؤشرات التصدير', en: 'Export indicators' } },
  { path: 'map', heading: { fr: 'Carte des exportations', ar: 'خريطة الصادرات', en: 'Export map' } },
  { path: 'crafts', heading: { fr: 'Métiers de l’artisanat', ar: 'حرف الصناعة التقليدية', en: 'Craft families' } },
  { path: 'sources', heading: { fr: 'Sources et méthode', ar: 'المصادر والمنهجية', en: 'Sources and method' } },
];

function withLang(path, lang) {
  return lang === 'fr' ? path : `${path}?lang=${lang}`;
}

async function assertClean(problems) {
  assert.deepEqual(problems, [], 'the page must not log errors, fail requests or call other hosts');
}

describe('every page in every language', () => {
  for (const { path, heading } of PAGES) {
    for (const lang of ['fr', 'ar', 'en']) {
      test(`/${path} in ${lang}`, async () => {
        const { page, context, problems } = await openPage(app.browser, app.origin);
        await page.goto(url(app.origin, withLang(path, lang)));
        await assert.doesNotReject(page.getByRole('heading', { level: 1, name: heading[lang] }).waitFor());
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        if (path === 'indicators' || path === 'sources') await page.locator('.data-table, canvas').first().waitFor();
        await page.waitForLoadState('networkidle');
        await assertClean(problems);
        await context.close();
      });
    }
  }
});

describe('a visitor', () => {
  test('switches to Arabic and the layout mirrors, then follows the navigation', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators'));
    await page.getByRole('heading', { level: 1, name: 'Indicateurs d’exportation' }).waitFor();
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: 'مؤشرات التصدير' }).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.match(page.url(), /\/atlas\/indicators\?lang=ar$/);
    const navDirection = await page.locator('.main-nav ul').evaluate((el) => getComputedStyle(el).direction);
    assert.equal(navDirection, 'rtl');
    await page.getByRole('link', { name: 'المصادر', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'المصادر والمنهجية' }).waitFor();
    assert.match(page.url(), /\/atlas\/sources\?lang=ar$/);
    await page.getByTestId('sources-table').waitFor();
    // 158 references, two of them the same article as a seed document (see bundled_data.rs).
    assert.equal(await page.getByTestId('sources-table').locator('tbody tr').count(), 156);
    await assertClean(problems);
    await context.close();
  });

  test('on a phone, sees no widget with more than two tool buttons: the rest are in its one tools menu', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const path of ['indicators', 'map', 'craft/carpets', 'market/US']) {
      await page.goto(url(app.origin, path));
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      await page.locator('.app-root .tools-menu').first().waitFor();
      const widgets = await page.locator('.app-root :is(.chart-frame, .kpi-card, [data-testid="family-downloads"])').evaluateAll((found) => found.map((widget) => ({
        name: widget.dataset.testid ?? widget.dataset.kpi,
        menus: widget.querySelectorAll('.tools-menu').length,
        buttons: [...widget.querySelectorAll(':is(.chart-tools, .kpi-downloads, .embed-tools) button:not([role="menuitem"])')]
          .filter((button) => button.checkVisibility()).length,
      })));
      assert.ok(widgets.some((widget) => widget.menus === 1), `${path}: a widget with its tools menu`);
      for (const widget of widgets) {
        assert.ok(widget.menus <= 1, `${path}: ${widget.name} has ${widget.menus} tools menus`);
        assert.ok(widget.buttons <= 2, `${path}: ${widget.name} shows ${widget.buttons} tool buttons`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('sees the chosen language marked at once, and a quick second choice wins', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators'));
    await page.getByRole('heading', { level: 1, name: 'Indicateurs d’exportation' }).waitFor();
    // The page's shell shows the heading before the app: click in the app itself.
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    const switcher = page.locator('.app-root .language-switcher');
    // The page's words change in a task after the frame that answers the click: in that
    // frame the chosen language is already the current one.
    const markedInFirstFrame = await page.evaluate(() => new Promise((resolve) => {
      const arabic = document.querySelector('.app-root .language-switcher a[lang="ar"]');
      arabic.click();
      requestAnimationFrame(() => resolve([arabic.getAttribute('aria-current'), document.documentElement.lang]));
    }));
    assert.deepEqual(markedInFirstFrame, ['true', 'fr']);
    await page.getByRole('heading', { level: 1, name: 'مؤشرات التصدير' }).waitFor();
    await page.evaluate(() => {
      document.querySelector('.app-root .language-switcher a[lang="fr"]').click();
      document.querySelector('.app-root .language-switcher a[lang="en"]').click();
    });
    await page.getByRole('heading', { level: 1, name: 'Export indicators' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await switcher.locator('a[aria-current="true"]').getAttribute('lang'), 'en');
    assert.match(page.url(), /\/atlas\/indicators\?lang=en$/);
    await assertClean(problems);
    await context.close();
  });

  test('downloads the texts of the language it reads only, and is told when another cannot be downloaded', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['texts-en-', 'ERR_CONNECTION_RESET'] });
    const arabic = JSON.parse(readFileSync(new URL('../../src/i18n/locales/ar.json', import.meta.url), 'utf8'));
    const texts = [];
    page.on('request', (request) => {
      const found = request.url().match(/\/texts-(fr|ar|en)-[0-9a-f]{16}\.txt$/);
      if (found) texts.push(found[1]);
    });
    await page.goto(url(app.origin, 'indicators?lang=ar'));
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'مؤشرات التصدير' }).waitFor();
    assert.deepEqual(texts, ['ar']);
    await page.route(/\/texts-en-[0-9a-f]+\.txt$/, (route) => route.abort('connectionreset'));
    await page.evaluate(() => document.querySelector('.app-root .language-switcher a[lang="en"]').click());
    const notice = page.getByTestId('language-unavailable');
    await notice.waitFor();
    assert.equal(await notice.locator('p').innerText(), arabic.language_unavailable.replace('{language}', 'English'));
    assert.equal(await page.getAttribute('html', 'lang'), 'ar', 'the page stays in Arabic');
    await page.getByRole('heading', { level: 1, name: 'مؤشرات التصدير' }).waitFor();
    await page.unroute(/\/texts-en-[0-9a-f]+\.txt$/);
    await notice.getByRole('button', { name: arabic.retry }).click();
    await page.getByRole('heading', { level: 1, name: 'Export indicators' }).waitFor();
    assert.equal(await page.getByTestId('language-unavailable').count(), 0);
    await page.evaluate(() => document.querySelector('.app-root .language-switcher a[lang="ar"]').click());
    await page.getByRole('heading', { level: 1, name: 'مؤشرات التصدير' }).waitFor();
    assert.deepEqual(texts, ['ar', 'en', 'en'], 'Arabic is not downloaded again');
    await assertClean(problems);
    await context.close();
  });

  test('reads on the Sources page how figures are chosen, in French and in Arabic', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const rules = {
      fr: ['Comment les chiffres sont choisis', /seuls les pays sont classés/, /« mai seul » ne remplace jamais « janvier–mai »/, /c’est ce taux qui est montré/],
      ar: ['كيف تُختار الأرقام', /تُرتَّب البلدان وحدها/, /لا يحل «ماي وحده» أبدًا محل «يناير–ماي»/, /تُعرض هذه النسبة مع مصدرها/],
    };
    for (const [lang, [title, markets, period, rates]] of Object.entries(rules)) {
      await page.goto(url(app.origin, `sources?lang=${lang}`));
      const method = page.locator('section.method');
      await method.getByRole('heading', { level: 2, name: title }).waitFor();
      const items = await method.locator('li').allInnerTexts();
      assert.equal(items.length, 6);
      for (const rule of [markets, period, rates]) assert.ok(items.some((item) => rule.test(item)), `${lang}: ${rule}`);
    }
    await assertClean(problems);
    await context.close();
  });

  test('clicks the 2024 bar and reads every published value with its source', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const canvas = await drawnChart(page, 'craft-exports-by-year');
    // Near the foot of the 2024 bar (1,100), which it covers even while the bars grow in again
    // (as after the language's number format arrives); relative to the canvas, so Playwright
    // places the click where the chart is when it clicks. Clicked until the detail answers.
    const [x, y] = await canvas.evaluate((element) => globalThis.echarts.getInstanceByDom(element)
      .convertToPixel({ seriesIndex: 0 }, ['2024', 100]));
    const detail = page.getByTestId('year-detail');
    for (let attempt = 0; attempt < 20 && !(await detail.isVisible()); attempt += 1) {
      await canvas.click({ position: { x, y } });
      await page.waitForTimeout(250);
    }
    await detail.waitFor();
    const text = await detail.innerText();
    assert.match(text, /Selected year : 2024/);
    assert.match(text, /1,100 MAD m/);
    assert.match(text, /1,600 MAD m/);
    assert.match(text, /Sources disagree for this year/);
    assert.match(text, /low-reliability source/);
    await assertClean(problems);
    await context.close();
  });

  test('shows the chart as a table with the same numbers', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.getByTestId('craft-exports-by-year').getByRole('button', { name: 'Show table' }).click();
    const row2024 = page.locator('[data-testid="craft-exports-by-year"] .data-table tbody tr', { has: page.locator('th', { hasText: /^2024$/ }) });
    assert.match(await row2024.innerText(), /^2024\s+1,100\s+\+3% printed · \+2\.1% computed \(levels from different reports\)\s+1,600 · 1,110 · 1,000\s/);
    const row2019 = page.locator('[data-testid="craft-exports-by-year"] .data-table tbody tr', { has: page.locator('th', { hasText: /^2019$/ }) });
    assert.match(await row2019.innerText(), /785\.71 \(Computed\)\s+\S*\s*750 \(low-reliability source\)/);
    assert.equal(await page.getByTestId('craft-exports-by-year').getByRole('button', { name: 'Show chart' }).getAttribute('aria-pressed'), 'true');
    await assertClean(problems);
    await context.close();
  });

  test('follows a deep link straight into a page and language', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'sources?lang=en'));
    await page.getByRole('heading', { level: 1, name: 'Sources and method' }).waitFor();
    assert.equal(await page.locator('.main-nav a[aria-current="page"]').innerText(), 'Sources');
    await page.goBack().catch(() => {});
    await assertClean(problems);
    await context.close();
  });

  test('reaches the content with the keyboard through the skip link', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    // Wait for the data to load, so the chart's controls exist before tabbing into main.
    await page.getByTestId('craft-exports-by-year').getByRole('button', { name: 'Show table' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(focused, 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.kpi-card')?.dataset.kpi), 'latest-year');
    await assertClean(problems);
    await context.close();
  });

  test('sees a translated not-found page for an unknown address', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'no/such/page?lang=ar'));
    await page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' }).waitFor();
    assert.equal(await page.title(), 'الصفحة غير موجودة — أطلس الصناعة التقليدية');
    await page.getByRole('link', { name: 'العودة إلى الرئيسية' }).click();
    await page.getByRole('heading', { level: 1, name: 'الصناعة التقليدية المغربية في العالم' }).waitFor();
    assert.equal(await page.title(), 'الصناعة التقليدية المغربية في العالم — أطلس الصناعة التقليدية');
    await assertClean(problems);
    await context.close();
  });

  test('is told when the language parameter is not understood', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E'));
    await page.getByRole('heading', { level: 1, name: 'Indicateurs d’exportation' }).waitFor();
    assert.match(await page.locator('.notice').first().innerText(), /Langue « <script>alert\(1\)<\/script> » inconnue/);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no script element made from the text');
    await assertClean(problems);
    await context.close();
  });
});

describe('when the data cannot be used', () => {
  test('a failed fetch gives a translated message, a retry, and a page that still works', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['atlas.json', 'status of 500'] });
    let fail = true;
    await page.route('**/data/atlas.json', (route) => (fail ? route.fulfill({ status: 500, body: 'oops' }) : route.continue()));
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /The data could not be loaded\.\s+The server answered, but not with the expected data \(HTTP 500\)\./);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Export map' }).waitFor();
    await assertClean(problems);
    await context.close();
  });

  test('a truncated data file gives a located message in Arabic', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.route('**/data/atlas.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version":2,\n"sources":[{"id":"S' }),
    );
    await page.goto(url(app.origin, 'indicators?lang=ar'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /ملف المعطيات غير مقروء أو غير مكتمل \(السطر 2/);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export indicators' }).waitFor();
    await assertClean(problems);
    await context.close();
  });

  test('a missing ECharts script leaves the data table in place of the chart', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['echarts.min.js', 'status of 404'] });
    await page.route('**/echarts.min.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.getByTestId('craft-exports-by-year').getByText('The chart cannot be shown; the table below gives the same figures.').waitFor();
    assert.equal(await page.locator('[data-testid="craft-exports-by-year"] .data-table tbody tr th', { hasText: /^2024$/ }).count(), 1);
    await assertClean(problems);
    await context.close();
  });
});

describe('screenshots for review', () => {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    for (const lang of ['fr', 'ar']) {
      for (const path of ['', 'indicators', 'map', 'market/US']) {
        test(`${path || 'home'} ${lang} ${name}`, async () => {
          const { page, context, problems } = await openPage(app.browser, app.origin, { viewport });
          await page.goto(url(app.origin, withLang(path, lang)));
          await page.getByRole('heading', { level: 1 }).waitFor();
          if (path === 'map') await page.locator('[data-testid="world-map"]').waitFor();
          else if (path) await drawEveryChart(page);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(600);
          await page.screenshot({ path: `${OUTPUT}${path.replace('/', '-') || 'home'}-${lang}-${name}.png`, fullPage: true });
          for (const frame of await page.locator('figure.chart-frame').all()) {
            const id = await frame.getAttribute('data-testid');
            await frame.screenshot({ path: `${OUTPUT}chart-${id}-${lang}-${name}.png` });
          }
          await assertClean(problems);
          await context.close();
        });
      }
    }
  }
});

describe('the home page\'s own small bundle', () => {
  test('a first visit of the home page downloads its own bundle and the data, neither the whole app nor ECharts', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, '?lang=ar'));
    await page.getByRole('heading', { level: 1, name: 'الصناعة التقليدية المغربية في العالم' }).waitFor();
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    // The shell asks for the facts with the page; the app's own request is answered by that one.
    assert.deepEqual(files.toSorted(), ['atlas-home_bg.wasm', 'data/headline.json'], 'the facts its figures read, once, not the whole dataset');
    // The language switch stays within the small bundle.
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moroccan crafts around the world' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The atlas in figures' }).waitFor();
    assert.deepEqual(files.toSorted(), ['atlas-home_bg.wasm', 'data/headline.json']);
    await assertClean(problems);
    await context.close();
  });

  test('a link from the home page opens the page with the whole app, and Back returns home', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, '?lang=en'));
    await page.getByRole('link', { name: 'All indicators' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export indicators' }).waitFor();
    await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/atlas/indicators?lang=en');
    assert.equal(bundlesIn(files)[0], 'atlas-home_bg.wasm');
    // The home page asks for its facts as it starts and the link for the whole app and the whole
    // dataset as it is followed: a quick click can come before the home page's request.
    assert.deepEqual(files.filter((file) => file !== 'data/headline.json').slice(1, 3).sort(), ['atlas_bg.wasm', 'data/atlas.json']);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Moroccan crafts around the world' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export map' }).waitFor();
    await assertClean(problems);
    await context.close();
  });

  test('a home page whose facts cannot be fetched says so in French, with a retry that shows the figures', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['headline.json', 'status of 503'] });
    let fail = true;
    await page.route('**/data/headline.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto(url(app.origin, ''));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Le serveur a répondu, mais sans les données attendues \(HTTP 503\)\./);
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.home-figure').count(), 0, 'no figure without its facts');
    fail = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.home-figure[data-kpi="latest-year"]').waitFor();
    assert.equal(await page.locator('.home-figure').count(), 4);
    assert.match(await page.locator('.home-provenance').innerText(), /^Ces chiffres reposent sur \d+ sources publiées/);
    await assertClean(problems);
    await context.close();
  });

  test('a history entry marked for the whole app starts it, even on the home page', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, '?lang=en'));
    await page.getByRole('heading', { level: 1, name: 'Moroccan crafts around the world' }).waitFor();
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    await page.evaluate(() => history.replaceState({ atlasWholeApp: true }, ''));
    files.length = 0;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Moroccan crafts around the world' }).waitFor();
    // The home page's shell shows the heading before the app: wait for the app itself.
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    // The home page's shell still asks for the headline facts, which the whole app does not read.
    assert.deepEqual(files.filter((file) => file !== 'data/headline.json'), ['atlas_bg.wasm', 'data/atlas.json']);
    await assertClean(problems);
    await context.close();
  });

  test('a home link that pins a data version starts the whole app, which names the version', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, '?lang=en&data=f691cf3bf9cc'));
    await page.getByRole('heading', { level: 1, name: 'Moroccan crafts around the world' }).waitFor();
    await page.locator('[data-testid="data-version-notice"]').waitFor();
    assert.ok(files.includes('atlas_bg.wasm') && !files.includes('atlas-home_bg.wasm'), files.join());
    await assertClean(problems);
    await context.close();
  });
});

describe('each page\'s own small bundle', () => {
  // The crafts and a family's embed read the headline facts, whose exports by family give
  // their cards' shares; the other pages read every fact.
  const LANDINGS = [
    { path: 'crafts', bundle: 'atlas-pages_bg.wasm', data: 'data/headline.json', ready: '[data-testid="family-grid"] .family-card' },
    { path: 'sources', bundle: 'atlas-pages_bg.wasm', data: 'data/atlas.json', ready: '[data-testid="catalogue-sources-table"]' },
    { path: 'embed/family/carpets', bundle: 'atlas-pages_bg.wasm', data: 'data/headline.json', ready: '.family-card' },
    { path: 'craft/carpets', bundle: 'atlas-profile_bg.wasm', data: 'data/atlas.json', ready: '[data-testid="family-crafts"]' },
    { path: 'craft/carpets/brief', bundle: 'atlas-profile_bg.wasm', data: 'data/atlas.json', ready: '.brief' },
    { path: 'market/US', bundle: 'atlas-profile_bg.wasm', data: 'data/atlas.json', ready: '[data-testid="market-share"]' },
  ];
  for (const { path, bundle, data, ready } of LANDINGS) {
    test(`a first visit of /${path} downloads ${bundle} and ${data}, not the whole app`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      const files = recordAppFiles(page);
      await page.goto(url(app.origin, `${path}?lang=ar`));
      await page.locator(ready).first().waitFor();
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      assert.deepEqual(bundlesIn(files), [bundle]);
      assert.deepEqual(files.filter((file) => file.endsWith('.json')), [data], `the data once, asked for by the shell: ${files.join()}`);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await assertClean(problems);
      await context.close();
    });
  }

  test('from the crafts, the sources page opens in the same bundle and reads every fact; Back shows the crafts again', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, 'crafts?lang=en'));
    await page.locator('[data-testid="family-grid"] .family-card').first().waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Sources and method' }).click();
    await page.waitForURL(/\/atlas\/sources\?lang=en$/);
    const sources = page.getByTestId('sources-table').locator('tbody tr');
    await sources.first().waitFor();
    assert.ok(await sources.count() > 100, 'every source of the facts, not only the headline facts\'');
    await page.getByTestId('catalogue-sources-table').waitFor();
    await page.goBack();
    await page.locator('[data-testid="family-grid"] .family-card').first().waitFor();
    assert.deepEqual(bundlesIn(files), ['atlas-pages_bg.wasm']);
    assert.deepEqual(files.filter((file) => file.endsWith('.json')), ['data/headline.json', 'data/atlas.json'], 'each file once');
    await assertClean(problems);
    await context.close();
  });

  test('from the crafts\' bundle, a family opens with the whole app; from a family\'s, a market stays in it; Back and Forward work', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, 'craft/carpets?lang=en'));
    await page.getByTestId('family-market-links').getByRole('link', { name: 'United States' }).click();
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await page.locator('[data-testid="market-share"]').waitFor();
    assert.deepEqual(bundlesIn(files), ['atlas-profile_bg.wasm'], 'a market is in the profiles\' bundle');
    await page.goBack();
    await page.getByTestId('family-name').getByText('Carpets').waitFor();
    await page.goto(url(app.origin, 'crafts?lang=en'));
    await page.getByRole('link', { name: 'Pottery and stone', exact: true }).click();
    await page.waitForURL(/\/atlas\/craft\/pottery_stone\?lang=en$/);
    await page.getByTestId('family-name').getByText('Pottery and stone').waitFor();
    assert.deepEqual(bundlesIn(files), ['atlas-profile_bg.wasm', 'atlas-pages_bg.wasm', 'atlas_bg.wasm']);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Craft families' }).waitFor();
    await page.goForward();
    await page.getByTestId('family-name').getByText('Pottery and stone').waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Indicators' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export indicators' }).waitFor();
    assert.equal(bundlesIn(files).length, 3, 'the whole app, once');
    await assertClean(problems);
    await context.close();
  });
});

describe('before the app starts', () => {
  test('on a page without a shell, a trilingual loading line shows while the app downloads, and gives way to the app', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url(app.origin, 'craft/carpets/brief?lang=en&market=US'), { waitUntil: 'domcontentloaded' });
    await page.locator('#boot-shell').getByRole('status').waitFor();
    assert.match(await page.locator('#boot-shell').innerText(), /Chargement… · جارٍ التحميل… · Loading…/);
    release();
    await page.getByRole('heading', { level: 1, name: /Carpets/ }).waitFor();
    assert.equal(await page.locator('#boot-shell').count(), 0);
    await assertClean(problems);
    await context.close();
  });

  test('a bundle that cannot be downloaded is said in the shell\'s language, with a button that tries again', async () => {
    // The browser logs the failed download itself.
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['_bg.wasm', 'ERR_CONNECTION_RESET'] });
    const locale = JSON.parse(readFileSync(new URL('../../src/i18n/locales/ar.json', import.meta.url), 'utf8'));
    await page.route(/_bg\.wasm$/, (route) => route.abort('connectionreset'));
    await page.goto(url(app.origin, 'market/US?lang=ar'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal((await alert.locator('p').allInnerTexts()).join(), locale.fetch_network);
    assert.equal(await page.locator('h1').innerText(), 'الولايات المتحدة', 'the shell stays');
    await page.unroute(/_bg\.wasm$/);
    await alert.getByRole('button', { name: locale.retry }).click();
    await page.locator('[data-testid="market-share"]').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the texts of the page\'s language that cannot be downloaded are said like a bundle, with a button that tries again', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['texts-en-', 'ERR_CONNECTION_RESET'] });
    const english = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en.json', import.meta.url), 'utf8'));
    await page.route(/\/texts-en-[0-9a-f]+\.txt$/, (route) => route.abort('connectionreset'));
    await page.goto(url(app.origin, 'sources?lang=en'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal((await alert.locator('p').allInnerTexts()).join(), english.fetch_network);
    assert.equal(await page.locator('h1').innerText(), 'Sources and method', 'the shell stays');
    await page.unroute(/\/texts-en-[0-9a-f]+\.txt$/);
    await alert.getByRole('button', { name: english.retry }).click();
    await page.getByTestId('sources-table').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('without JavaScript, a page without a shell says the atlas needs it', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(app.origin, 'no/such/page'));
    assert.match(await page.locator('body').innerText(), /Artisanat Atlas needs JavaScript/);
    await context.close();
  });
});

describe('on a slow connection', () => {
  for (const path of ['indicators', 'embed/chart/exports']) {
    test(`/${path} downloads ECharts alongside its data, not after it`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route(/\/data\/atlas\.json$/, async (route) => {
        await held;
        await route.continue();
      });
      const echarts = page.waitForRequest(/\/echarts\.min\.js$/);
      await page.goto(url(app.origin, path));
      await echarts;
      await page.locator('.loading').first().waitFor();
      release();
      await page.locator('.chart-canvas canvas').first().waitFor();
      await assertClean(problems);
      await context.close();
    });
  }
});

describe('ECharts only where a chart is drawn', () => {
  for (const path of ['map', 'embed/map']) {
    test(`/${path} draws its map without ever requesting ECharts`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      const files = recordAppFiles(page);
      await page.goto(url(app.origin, `${path}?lang=en`));
      await page.locator('[data-testid="world-map"] path[data-code="US"]').waitFor();
      await page.waitForLoadState('networkidle');
      assert.ok(!files.includes('echarts.min.js'), files.join());
      await assertClean(problems);
      await context.close();
    });
  }

  for (const path of ['indicators', 'craft/carpets', 'market/US']) {
    test(`/${path} at 390 px runs ECharts only when a chart nears the screen, having fetched it ahead`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 } });
      await page.goto(url(app.origin, `${path}?lang=en`));
      const chart = page.locator('.chart-canvas').first();
      await chart.waitFor();
      await page.waitForLoadState('networkidle');
      const far = await chart.evaluate((element) => element.getBoundingClientRect().top > 1.5 * window.innerHeight);
      assert.ok(far, 'the first chart starts more than half a screen below the first screen');
      await page.locator('link#echarts-prefetch[rel="prefetch"]').waitFor({ state: 'attached' });
      const run = () => page.evaluate(() => typeof window.echarts === 'object' || document.getElementById('echarts-library') !== null);
      assert.equal(await run(), false, 'ECharts not run before the chart nears');
      await chart.scrollIntoViewIfNeeded();
      await chart.locator('canvas').waitFor();
      assert.equal(await run(), true);
      await assertClean(problems);
      await context.close();
    });
  }
});

describe('charts for screen readers', () => {
  for (const lang of ['ar', 'en']) {
    test(`each chart is named by its title and described by its summary, in ${lang}`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      await page.goto(url(app.origin, `indicators?lang=${lang}`));
      await page.locator('[data-testid="craft-exports-composition"] .chart-canvas').waitFor();
      const charts = await page.locator('.chart-frame').evaluateAll((frames) => frames.map((frame) => {
        const canvas = frame.querySelector('.chart-canvas');
        return {
          label: canvas.getAttribute('aria-label'),
          title: frame.querySelector('h2').textContent,
          description: document.getElementById(canvas.getAttribute('aria-describedby'))?.textContent ?? '',
          summary: frame.querySelector('.chart-summary').textContent,
        };
      }));
      assert.equal(charts.length, 5);
      for (const chart of charts) {
        assert.equal(chart.label, chart.title);
        assert.ok(chart.summary.length > 20);
        assert.equal(chart.description, chart.summary);
      }
      await assertClean(problems);
      await context.close();
    });
  }
});

describe('pages do not jump as their data arrives', () => {
  for (const [path, ready] of [
    ['sources', '[data-testid="map-source"]'],
    ['map', '[data-testid="craft-export-map"] [data-testid="world-map"]'],
    ['indicators', '[data-testid="craft-exports-by-year"] .chart-canvas'],
    ['craft/carpets', '[data-testid="family-places"] [data-testid="morocco-map"]'],
  ]) {
    test(`/${path}: cumulative layout shift under 0.1 on a phone`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 } });
      await page.route(/\/data\/atlas\.json$/, async (route) => {
        await new Promise((resolve) => { setTimeout(resolve, 300); });
        await route.continue();
      });
      await page.goto(url(app.origin, path));
      await page.locator(ready).waitFor();
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(() => new Promise((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 1000);
      }));
      assert.ok(shift < 0.1, `layout shift ${shift}`);
      await assertClean(problems);
      await context.close();
    });
  }
});
