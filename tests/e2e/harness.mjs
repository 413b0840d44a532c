// Shared set-up of the end-to-end tests: serves the build through nginx with the shipped
// configuration (deploy/nginx), as it is published, launches Debian's Chromium through
// playwright-core, and records what a page must never do: console errors, failed requests,
// and requests to any host other than the app's own.
import { mkdir, readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startNginx } from '../../deploy/nginx/serve.mjs';

export const PREFIX = '/atlas/';
export const OUTPUT = new URL('./output/', import.meta.url).pathname;
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the app before the file's tests and stops it after; the returned object gives
 * the running app's `browser` and `origin`. `dist`: the build to serve (by default the one
 * under test). */
export function servedApp({ dist } = {}) {
  let app;
  before(async () => {
    app = await start({ dist: await dist?.() });
  });
  after(async () => {
    await app?.stop();
  });
  return {
    get browser() {
      return app.browser;
    },
    get origin() {
      return app.origin;
    },
  };
}

/** Starts nginx and the browser; returns { origin, browser, stop }. */
export async function start({ dist = DIST } = {}) {
  const server = await startNginx({ dist, base: PREFIX });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  await mkdir(OUTPUT, { recursive: true });
  return {
    origin: server.origin,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Opens a page that records problems. `allow` lists console texts expected by a test
 * (e.g. the 500 it provoked on purpose); `hasTouch` and `isMobile` emulate a phone's touch screen;
 * `colorScheme` the visitor's light or dark setting.
 * The service worker is blocked (it would answer requests a test reroutes) unless
 * `serviceWorkers: 'allow'`.
 */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 }, allow = [], hasTouch = false, isMobile = false, serviceWorkers = 'block', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, hasTouch, isMobile, serviceWorkers, colorScheme });
  const page = await context.newPage();
  const problems = [];
  const allowed = (text) => allow.some((pattern) => text.includes(pattern));
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cut short because the test navigated on (the favicon or a script of the page
    // it left) is not a failure of the app; refused, reset or unresolved requests are, and a
    // missing file is caught by its HTTP status below.
    const error = request.failure()?.errorText;
    if (error === 'net::ERR_ABORTED') return;
    if (!allowed(request.url())) problems.push(`request failed: ${request.url()} ${error}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`third-party request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowed(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, problems };
}

/** The controls, links, images and frames of the page that have no accessible name (their
 * markup). Closed disclosures are opened first, so the controls inside them are checked too. */
export async function unnamedControls(page) {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    return [...document.querySelectorAll('input, select, button, a, iframe, [role="img"]')]
      .filter((el) => {
        const labelled = el.labels?.length > 0 && [...el.labels].some((l) => l.innerText.trim());
        const titled = el.tagName === 'IFRAME' && el.title.trim();
        // textContent, not innerText, which is empty for a frame not laid out yet
        // (`content-visibility: auto`) though its names are read by assistive technologies.
        return !(labelled || titled || el.getAttribute('aria-label')?.trim()
          || (!['INPUT', 'IFRAME'].includes(el.tagName) && el.textContent.trim()));
      })
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/** Records the app's files `page` downloads, in order, without their content hash: the code
 * bundle (`atlas_bg.wasm` the whole app, `atlas-home_bg.wasm`, `atlas-map_bg.wasm`,
 * `atlas-kpi_bg.wasm`, `atlas-chart_bg.wasm`, `atlas-pages_bg.wasm` or `atlas-profile_bg.wasm` a
 * small one), the dataset (`data/atlas.json`, or `data/headline.json`, the home page's cut of it)
 * and ECharts (`echarts.min.js`). */
export function recordAppFiles(page) {
  const files = [];
  page.on('request', (request) => {
    const found = request.url().match(/\/(atlas(-home|-map|-kpi|-chart|-pages|-profile)?-[0-9a-f]+_bg\.wasm|data\/(?:atlas|headline)\.json|echarts\.min\.js)$/);
    if (found) files.push(found[1].replace(/-[0-9a-f]+_bg/, '_bg'));
  });
  return files;
}

/** The code bundles among the files `recordAppFiles` recorded, in order. */
export function bundlesIn(files) {
  return files.filter((file) => file.endsWith('.wasm'));
}

/** URL of an app path (below the prefix), e.g. url(origin, 'indicators?lang=ar'). */
export function url(origin, path = '') {
  return `${origin}${PREFIX}${path}`;
}

/** Clicks the download button `name` of the chart frame `frame`; returns the file's name and bytes. */
/** Chooses `name` in the tools menu of `scope` (a locator): opens the menu, clicks the entry. */
export async function chooseTool(scope, name) {
  const button = scope.locator('.tools-menu > button').first();
  if (await button.getAttribute('aria-expanded') !== 'true') await button.click();
  await scope.getByRole('menuitem', { name }).click();
}

/** Saves the file that entry `name` of the tools menu of frame `frame` (its `data-testid`) gives. */
export async function download(page, frame, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), chooseTool(page.getByTestId(frame), name)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Whether every chart on screen-able parts of the page (not in a hidden table view) is drawn
 * by ECharts with its animations over, run in the page. */
function everyChartDrawn(frame) {
  const canvases = [...document.querySelectorAll(frame ? `[data-testid="${frame}"] .chart-canvas` : '.chart-canvas')]
    .filter((element) => element.offsetParent !== null);
  return canvases.length > 0 && canvases.every((element) => {
    const chart = globalThis.echarts?.getInstanceByDom(element);
    return chart && !chart.isDisposed() && chart.getZr().animation.isFinished();
  });
}

/** Scrolls the chart of frame `frame` (its `data-testid`) into view, since charts are drawn
 * as they near the screen, and waits until it is drawn, animations over; returns its
 * `.chart-canvas` locator. */
export async function drawnChart(page, frame) {
  const canvas = page.locator(`[data-testid="${frame}"] .chart-canvas`);
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForFunction(everyChartDrawn, frame);
  return canvas;
}

/** Scrolls the page to its end a screen at a time and back to its top, as a reader would, so
 * that every chart is drawn; waits until each is. */
export async function drawEveryChart(page) {
  await page.locator('.chart-canvas').first().waitFor({ state: 'attached' });
  await page.evaluate(async () => {
    const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await settle();
    }
    scrollTo(0, 0);
  });
  await page.waitForFunction(everyChartDrawn, null);
}
