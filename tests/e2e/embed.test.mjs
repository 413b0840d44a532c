// Embeds on another site: the example host page (public/embed-example.html), served from a
// second origin, shows three widgets from the app's origin; the host script sizes each iframe
// to its content after load and after a resize to 360 px; nothing is requested outside the two
// origins; a KPI embed never loads ECharts; bad embed links end in a translated notice; an
// embed pins the data version it was made with and is served it as long as it is kept.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseTool, DIST, download, drawnChart, openPage, OUTPUT, PREFIX, recordAppFiles, servedApp, url } from './harness.mjs';

const app = servedApp();
let host;

/** A data version: the first 12 hex digits of the 64-bit FNV-1a hash of the file's bytes,
 * computed here independently of the app. */
function dataVersion(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0').slice(0, 12);
}

const currentVersion = async () => dataVersion(await readFile(join(DIST, 'data/atlas.json')));

/** Serves the example host page, pointed at the app's origin, from a second origin. */
async function serveHost(appOrigin) {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-host-'));
  const page = await readFile(join(DIST, 'embed-example.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), page.replaceAll(/(src|href)="\.\//g, `$1="${appOrigin}${PREFIX}`));
  const server = spawn(process.execPath, [new URL('./plain_server.mjs', import.meta.url).pathname, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(server.stdout, 'data');
  const port = String(line).match(/listening (\d+)/)?.[1];
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/** For each widget iframe: [its height on the host page, its content's height]. */
async function heights(page) {
  const frames = page.locator('iframe[data-atlas-embed]');
  const result = [];
  for (let index = 0; index < (await frames.count()); index += 1) {
    const element = frames.nth(index);
    // Chromium stops rendering cross-origin frames out of view: scroll to each, as a reader does.
    await element.scrollIntoViewIfNeeded();
    const frame = await (await element.elementHandle()).contentFrame();
    await frame.locator('.embed-credit').waitFor();
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height));
    result.push([Math.round((await element.boundingBox()).height), content]);
  }
  return result;
}

async function waitForSizedFrames(page) {
  let last = [];
  for (let attempt = 0; attempt < 40; attempt += 1) {
    last = await heights(page);
    if (last.every(([frame, content]) => content > 50 && Math.abs(frame - content) <= 1)) return last;
    await page.waitForTimeout(250);
  }
  assert.fail(`iframes not sized to their content: ${JSON.stringify(last)}`);
}

describe('embeds on a host page', () => {
  before(async () => {
    host = await serveHost(app.origin);
  });
  after(() => host?.stop());

  test('the host script sizes every iframe to its widget, after load and at 360 px', async () => {
    const { page, context, problems } = await openPage(app.browser, host.origin);
    const outside = [];
    page.on('request', (request) => {
      const origin = new URL(request.url()).origin;
      if (![host.origin, app.origin].includes(origin) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(`${host.origin}/`);
    const wide = await waitForSizedFrames(page);
    await page.screenshot({ path: `${OUTPUT}embed-host-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    const narrow = await waitForSizedFrames(page);
    assert.ok(narrow[1][1] > wide[1][1] || narrow[0][1] > wide[0][1], 'content reflows taller on a phone');
    await page.screenshot({ path: `${OUTPUT}embed-host-360.png`, fullPage: true });
    assert.deepEqual(outside, []);
    // The app's origin is the second origin the harness does not know; only it is allowed.
    assert.deepEqual(problems.filter((p) => !p.startsWith(`third-party request: ${app.origin}/`)), []);
    await context.close();
  });

  test('a chart embed draws its chart with its own small bundle, its data and ECharts', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, 'embed/chart/year-to-date?lang=ar'));
    await drawnChart(page, 'craft-exports-year-to-date');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(files.toSorted(), ['atlas-chart_bg.wasm', 'data/atlas.json', 'echarts.min.js']);
    // A link out of the small bundle opens the whole app there.
    await page.getByRole('link', { name: 'أطلس الصناعة التقليدية — أرقام موثقة' }).evaluate((link) => link.removeAttribute('target'));
    await page.getByRole('link', { name: 'أطلس الصناعة التقليدية — أرقام موثقة' }).click();
    await page.locator('main h1').first().waitFor();
    assert.ok(files.includes('atlas-home_bg.wasm') || files.includes('atlas_bg.wasm'), files.join());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a KPI embed shows one card with its own small bundle, and never loads ECharts', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const files = recordAppFiles(page);
    await page.goto(url(app.origin, 'embed/kpi/latest-year?lang=en'));
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.kpi-card').count(), 1);
    assert.equal(await page.locator('.site-header, .site-footer').count(), 0);
    await page.getByRole('link', { name: 'Artisanat Atlas — sourced figures' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(files.toSorted(), ['atlas-kpi_bg.wasm', 'data/headline.json'], 'the small bundle and the headline facts, once, no ECharts');
    // Read from the headline facts, the card shows what its shell, written at build time from
    // the whole dataset, shows.
    const shell = await readFile(join(DIST, 'embed/kpi/latest-year.en.html'), 'utf8');
    assert.equal(await page.locator('.kpi-card .kpi-value').innerText(), shell.match(/class="kpi-value">([^<]+)</)?.[1]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('embed options: dark theme, a palette accent, no title; bad options and widgets say so', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'embed/chart/exports?lang=en&theme=dark&accent=green&title=off'));
    await page.locator('.chart-canvas canvas').waitFor();
    assert.equal(await page.locator('.embed').getAttribute('data-theme'), 'dark');
    assert.equal(await page.locator('.embed').evaluate((e) => getComputedStyle(e).getPropertyValue('--color-primary').trim()), '#2e7d32');
    assert.equal(await page.locator('.embed h2:visible').count(), 0);
    // On the dark page the chart's text takes the page's light ink, once it is laid out.
    const legendInk = () => page.locator('.chart-canvas').evaluate((e) => echarts.getInstanceByDom(e).getOption().legend[0].textStyle.color);
    await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('.chart-canvas')).getOption().legend[0].textStyle.color !== '#333');
    assert.equal(await legendInk(), 'rgb(241, 237, 230)');
    await page.getByText('Sources:').first().waitFor();
    await page.goto(url(app.origin, `embed/chart/exports?lang=en&accent=${encodeURIComponent('red;background:url(x)')}&theme=sepia`));
    await page.locator('.notice').nth(1).waitFor();
    assert.equal(await page.locator('.notice').count(), 2);
    assert.equal(await page.locator('.embed').getAttribute('style'), null);
    for (const path of ['embed/chart/pie?lang=en', 'embed/kpi/%3Cscript%3E?lang=en', 'embed/family/atlantis?lang=en']) {
      await page.goto(url(app.origin, path));
      await page.getByTestId('unknown-widget').getByText('This widget does not exist').waitFor();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the embed and share tools under a widget', () => {
  test('Embed shows a snippet that follows its options, a live preview, and copies; Share copies the view\'s link', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.goto(url(app.origin, 'indicators?lang=en&by=destination'));
    const frame = page.getByTestId('craft-exports-by-year');
    await frame.locator('.chart-canvas canvas').waitFor();
    // Nothing of a closed dialog is built: no preview frame on a page of six charts.
    assert.equal(await page.locator('iframe, [data-testid="embed-code"]').count(), 0);
    await chooseTool(frame, 'Embed');
    const code = frame.getByTestId('embed-code');
    const version = await currentVersion();
    assert.match(await code.inputValue(), new RegExp(`^<iframe data-atlas-embed src="${app.origin}/atlas/embed/chart/exports\\?lang=en&amp;data=${version}" title="Craft exports by year" loading="lazy"`));
    await frame.locator('select[data-option="theme"]').selectOption('dark');
    await frame.locator('select[data-option="accent"]').selectOption('green');
    await frame.locator('input[data-option="title"]').uncheck();
    await frame.locator('input[data-option="source"]').check();
    await frame.locator('input[data-option="data"]').uncheck();
    const snippet = await code.inputValue();
    assert.ok(snippet.includes('/atlas/embed/chart/exports?lang=en&amp;theme=dark&amp;accent=green&amp;title=off&amp;source=compact"'), snippet);
    assert.ok(snippet.endsWith(`<script src="${app.origin}/atlas/embed.js" defer></script>`));
    const preview = frame.frameLocator('iframe.embed-preview');
    await preview.locator('.embed[data-theme="dark"][data-source="compact"]').waitFor();
    // Compact, never hidden: the sources stay on screen, in smaller type.
    const sourceLine = preview.locator('.source-line');
    await sourceLine.getByRole('link').first().waitFor();
    const size = (line) => line.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const [compact, full] = [await size(sourceLine), await size(frame.locator('.source-line').first())];
    assert.ok(compact < full, `compact ${compact} px, full ${full} px`);
    await frame.getByRole('button', { name: 'Copy the code' }).click();
    await frame.getByText('Copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    await chooseTool(frame, 'Share the link');
    await frame.getByText('Link to this view copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url(app.origin, 'indicators?lang=en&by=destination'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a shared link reopened in a fresh browser context shows the same view', async () => {
    const shared = url(app.origin, 'indicators?lang=ar&by=destination&period=2024-01-01..2024-12-31');
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(shared);
    await drawnChart(page, 'craft-exports-composition');
    const summary = await page.getByTestId('craft-exports-composition-summary').textContent();
    await context.close();
    const fresh = await openPage(app.browser, app.origin);
    await fresh.page.goto(shared);
    await drawnChart(fresh.page, 'craft-exports-composition');
    assert.equal(await fresh.page.getByTestId('craft-exports-composition-summary').textContent(), summary);
    assert.equal(await fresh.page.locator('[data-testid="composition-dimension"]').inputValue(), 'destination');
    assert.deepEqual([...problems, ...fresh.problems], []);
    await fresh.context.close();
  });

  test('an embed pinned to a kept data version shows those figures; an unknown version says it shows the current ones', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const index = JSON.parse(await readFile(join(DIST, 'data/versions.json'), 'utf8'));
    assert.equal(index.current, await currentVersion());
    const [older] = index.kept;
    const kept = await readFile(join(DIST, `data/v/${older}/atlas.json`));
    assert.equal(dataVersion(kept), older, 'a kept file is unchanged');
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

    await page.goto(url(app.origin, `embed/kpi/latest-year?lang=en&data=${older}`));
    const notice = page.getByTestId('data-version-notice');
    await notice.getByText(`Figures of data version ${older}, as the link asks: newer figures exist.`).waitFor();
    assert.ok(fetched.includes(`/atlas/data/v/${older}/atlas.json`));
    assert.ok(!fetched.includes('/atlas/data/atlas.json'));
    await notice.getByRole('link', { name: 'See the current figures' }).click();
    await page.waitForURL((address) => !address.search.includes('data='));
    await page.getByTestId('data-version-notice').waitFor({ state: 'detached' });
    await page.locator('.kpi-card .kpi-value').waitFor();
    // That version named the seed documents by their files (a kept version is never edited);
    // the current one by their outlets.
    const seedOutlet = (page) => page.getByTestId('sources-table').locator('tr', { hasText: 'S002' }).locator('td').first().innerText();
    await page.goto(url(app.origin, `sources?lang=en&data=${older}`));
    assert.equal(await seedOutlet(page), 'seed document 002_781b1e4fa559a8cc.txt — press article (web address not known)');
    await page.goto(url(app.origin, 'sources?lang=en'));
    assert.equal(await seedOutlet(page), 'MAP — press article (web address not known)');

    await page.goto(url(app.origin, `embed/kpi/latest-year?lang=en&data=${index.current}`));
    await page.locator('.kpi-card').waitFor();
    assert.equal(await page.getByTestId('data-version-notice').count(), 0);

    await page.goto(url(app.origin, 'embed/kpi/latest-year?lang=fr&data=0123456789ab'));
    await page.getByText('La version des données 0123456789ab demandée par le lien n’est pas conservée ici : affichage des chiffres actuels.').waitFor();
    await page.locator('.kpi-card .kpi-value').waitFor();

    await page.goto(url(app.origin, `embed/kpi/latest-year?lang=en&data=${encodeURIComponent('../../../etc/passwd')}`));
    await page.getByText('Link setting “data=../../../etc/passwd” is not available: showing the default.').waitFor();
    await page.locator('.kpi-card .kpi-value').waitFor();
    assert.ok(fetched.every((path) => !path.includes('passwd')));

    await page.goto(url(app.origin, 'sources?lang=en'));
    assert.equal(await page.getByTestId('data-version').locator('code').innerText(), index.current);
    await page.goto(url(app.origin, `sources?lang=en&data=${older}`));
    assert.equal(await page.getByTestId('data-version').locator('code').innerText(), older);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the table view is part of the link, in the app and in an embed', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = page.getByTestId('craft-exports-by-year');
    await frame.getByRole('button', { name: 'Show table' }).click();
    await page.waitForURL(/table=craft-exports-by-year/);
    await page.goto(url(app.origin, 'embed/chart/exports?lang=en&table=craft-exports-by-year'));
    await page.getByTestId('craft-exports-by-year').locator('.data-table tbody tr').first().waitFor();
    await page.getByTestId('craft-exports-by-year').getByRole('button', { name: 'Show chart' }).click();
    await page.waitForURL((address) => !address.search.includes('table='));
    await page.getByTestId('craft-exports-by-year').locator('.chart-canvas canvas').waitFor();
    // A table= naming no chart of the app is named in a notice; the charts show.
    await page.goto(url(app.origin, 'indicators?lang=en&table=pie-of-everything'));
    await page.getByText('Link setting “table=pie-of-everything” is not available: showing the default.').waitFor();
    await page.getByTestId('craft-exports-by-year').locator('.chart-canvas canvas').waitFor();
    assert.equal(await page.locator('.data-table').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Download gives the chart\'s data as CSV and as JSON with the same rows and its sources, and the chart as SVG', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const frame = 'craft-exports-by-year';
    await page.getByTestId(frame).locator('.chart-canvas canvas').waitFor();
    const csv = await download(page, frame, 'Download data (CSV)');
    const json = await download(page, frame, 'Download data (JSON)');
    assert.equal(json.name, `${frame}.json`);
    const data = JSON.parse(json.bytes.toString('utf8'));
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    assert.deepEqual(data.columns, lines[0].split(','));
    assert.equal(data.rows.length, lines.length - 1);
    assert.equal(data.title, 'Craft exports by year');
    assert.ok(data.sources.length > 0 && data.sources.every((s) => s.id && s.outlet));
    // The chart as a vector image: an SVG document drawn from the same option, with its years.
    const svg = await download(page, frame, 'Download image (SVG)');
    assert.equal(svg.name, `${frame}.svg`);
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The axis runs from the first year with a figure to the last, both labelled.
    for (const year of [lines[1], lines.at(-1)].map((line) => line.split(',')[0])) assert.ok(text.includes(`>${year}<`), `year ${year} in the SVG`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
