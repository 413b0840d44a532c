// How fast /indicators answers its controls at Lighthouse's 4× slower CPU, in Debian's
// Chromium, on the release build served as published (nginx, brotli): a measurement, not a
// test. Each control is used as a visitor does, with real (trusted) input, since the Event
// Timing API ignores events a script dispatches: the period, breakdown, months and CAGR menus
// by keyboard (focused, then ↓ or ↑, which changes the value at once), the language by a click
// on its link. For each interaction the longest Event Timing entry is kept (input delay,
// processing and the next paint: what INP counts); per control, the median over the runs of
// each run's worst interaction is printed. A language is applied in a task after the frame that
// answers the click (ui::context::CurrentLocale), so the time until the page is painted in it
// (the end of the frame after `lang` changes on <html>) is printed too.
//   node .ci/interaction-timing.mjs [dist [runs]]   (default target/e2e-dist, 3 runs)
import { chromium } from 'playwright-core';
import { startNginx } from '../deploy/nginx/serve.mjs';

const [dist = 'target/e2e-dist', runs = '3'] = process.argv.slice(2);
const MENUS = ['composition-period', 'composition-dimension', 'year-to-date-span', 'cagr-from'];
const PRESSES = 4;
const server = await startNginx({ dist, base: '/atlas/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The longest entry of each interaction recorded since `since` (performance.now()). */
const interactionsSince = (page, since) => page.evaluate((from) => {
  const longest = new Map();
  for (const entry of globalThis.eventEntries) {
    if (entry.interactionId && entry.startTime >= from) {
      longest.set(entry.interactionId, Math.max(longest.get(entry.interactionId) ?? 0, entry.duration));
    }
  }
  return [...longest.values()];
}, since);

const worst = {};
try {
  for (let run = 0; run < Number(runs); run += 1) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      globalThis.eventEntries = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.eventEntries.push({ interactionId: entry.interactionId, startTime: entry.startTime, duration: entry.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.goto(`${server.origin}/atlas/indicators?lang=fr`);
    await page.getByTestId(MENUS[0]).waitFor();
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const line = [];
    for (const menu of MENUS) {
      const control = page.getByTestId(menu);
      await control.scrollIntoViewIfNeeded();
      await page.waitForTimeout(1500);
      await control.focus();
      const since = await page.evaluate(() => performance.now());
      for (let press = 0; press < PRESSES; press += 1) {
        await page.keyboard.press(press < PRESSES / 2 ? 'ArrowDown' : 'ArrowUp');
        await page.waitForTimeout(600);
      }
      const seen = await interactionsSince(page, since);
      (worst[menu] ??= []).push(Math.max(0, ...seen));
      line.push(`${menu} ${seen.map(Math.round).join('/') || '< 16'}`);
    }
    let language = 0;
    let shown = 0;
    for (const name of ['العربية', 'English', 'Français']) {
      const since = await page.evaluate(() => {
        globalThis.languageShownAt = null;
        const watch = new MutationObserver(() => {
          watch.disconnect();
          // The frame's style, layout and paint follow its animation callbacks: the next task
          // starts once they are done.
          requestAnimationFrame(() => setTimeout(() => { globalThis.languageShownAt = performance.now(); }));
        });
        watch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
        return performance.now();
      });
      await page.locator('.language-switcher').getByRole('link', { name }).click();
      await page.waitForTimeout(1500);
      const seen = await interactionsSince(page, since);
      const paintedAfter = await page.evaluate((from) => globalThis.languageShownAt - from, since);
      language = Math.max(language, ...seen);
      shown = Math.max(shown, paintedAfter);
      line.push(`language → ${name} ${seen.map(Math.round).join('/') || '< 16'} (shown after ${Math.round(paintedAfter)})`);
    }
    (worst.language ??= []).push(language);
    (worst['language shown after'] ??= []).push(shown);
    console.log(`run ${run + 1} (ms, each interaction's longest entry): ${line.join('; ')}`);
    await context.close();
  }
  console.log('worst interaction per control at 4× CPU, median of the runs (ms; under 16 is not reported):');
  for (const [control, values] of Object.entries(worst)) console.log(`  ${control.padEnd(24)} ${Math.round(median(values))}`);
} finally {
  await browser.close();
  await server.stop();
}
