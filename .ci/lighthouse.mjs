// Lighthouse (npm) with Debian's Chromium on the release build, served under /atlas/ by nginx
// with the shipped configuration (deploy/nginx: brotli, caching), as it is published: mobile
// emulation with Lighthouse's simulated slow 4G and 4× slower CPU, on the home page, the map and
// two embeds. Prints each category's score, the main timings and the largest contentful paint's
// element, and writes the full reports to target/lighthouse/.
//   node .ci/lighthouse.mjs [dist [path …]]   (default target/e2e-dist and the four pages below;
//                                              build it first, see README)
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from '../deploy/nginx/serve.mjs';

const [dist = 'target/e2e-dist', ...paths] = process.argv.slice(2);
const PAGES = paths.length > 0 ? paths : ['', 'map', 'embed/kpi/latest-year', 'embed/chart/exports'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TIMINGS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const OUT = 'target/lighthouse';

const server = await startNginx({ dist, base: '/atlas/' });
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
mkdirSync(OUT, { recursive: true });
try {
  console.log(`page                      ${CATEGORIES.map((c) => c.padStart(14)).join('')}   ${TIMINGS.map((t) => t.split('-').map((w) => w[0]).join('').toUpperCase()).join(' / ')}`);
  for (const path of PAGES) {
    const { lhr, report } = await lighthouse(`${server.origin}/atlas/${path}`, {
      port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES,
    });
    writeFileSync(`${OUT}/${path.replaceAll('/', '-') || 'home'}.html`, report);
    const scores = CATEGORIES.map((c) => String(Math.round(lhr.categories[c].score * 100)).padStart(14)).join('');
    const timings = TIMINGS.map((t) => lhr.audits[t].displayValue).join(' / ');
    console.log(`${`/${path}`.padEnd(26)}${scores}   ${timings}`);
    const lcpNode = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    if (lcpNode) console.log(`    LCP element: ${lcpNode.snippet.slice(0, 100)}`);
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
    for (const audit of failing) console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}
