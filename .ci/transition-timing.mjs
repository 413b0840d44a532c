// What a visitor waits for when a link leads out of a small bundle (the crafts' page, in the
// pages without a chart's bundle) to a page of another (a family's page): the small bundle
// marks the history entry and loads it again, and the whole app starts there. Measured in
// Debian's Chromium on the release build served as published (nginx, brotli), at Lighthouse's
// mobile settings (slow 4G: 562.5 ms round trip, 1.47 Mb/s down; 4× slower CPU), from the click
// to the new page's words on screen (its shell's heading, painted from the HTML) and to the app
// in place (the shell gone). "cold": the whole app not yet downloaded; "warm": once the service
// worker has kept it (a visitor who has been on the site before). A measurement, not a test.
//   node .ci/transition-timing.mjs [dist [runs]]   (default target/e2e-dist, 3 runs)
import { chromium } from 'playwright-core';
import { startNginx } from '../deploy/nginx/serve.mjs';

const [dist = 'target/e2e-dist', runs = '3'] = process.argv.slice(2);
const server = await startNginx({ dist, base: '/atlas/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

/** One journey: /crafts, then the link to a family's page; the two waits in ms. */
async function journey(warm) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  if (warm) {
    await page.goto(`${server.origin}/atlas/indicators?lang=fr`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active, null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(`${server.origin}/atlas/crafts?lang=fr`);
  await page.locator('#boot-shell').waitFor({ state: 'detached', timeout: 120_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const start = Date.now();
  await page.getByRole('link', { name: 'Tapis', exact: true }).click();
  await page.waitForURL(/\/craft\/carpets/);
  await page.getByRole('heading', { level: 1, name: 'Tapis' }).waitFor({ timeout: 120_000 });
  const words = Date.now() - start;
  await page.getByTestId('family-crafts').waitFor({ timeout: 120_000 });
  await page.locator('#boot-shell').waitFor({ state: 'detached', timeout: 120_000 });
  const app = Date.now() - start;
  await context.close();
  return { words, app };
}

try {
  for (const warm of [false, true]) {
    const times = [];
    for (let run = 0; run < Number(runs); run += 1) times.push(await journey(warm));
    const line = (key) => `${median(times.map((t) => t[key]))} ms (${times.map((t) => t[key]).join(', ')})`;
    console.log(`${warm ? 'warm' : 'cold'}: the family's words ${line('words')}; the app in place ${line('app')}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
