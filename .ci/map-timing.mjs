// Main-thread work of the export map at Lighthouse's 4× slower CPU, in Debian's Chromium, on the
// release build served as published (nginx, brotli): a measurement, not a test.
// - drawing: the animation frame that put the map's shapes on screen (Long Animation Frames
//   API: the script that built them, then style, layout and paint), and for context every long
//   task from the arrival of the app's bundle to then (starting the module, reading the data);
// - a period change: the longest Event Timing entry of each real (trusted) interaction with the
//   period menu (input delay, processing and the next paint, as INP counts it): the menu is
//   focused and ↓ pressed, which moves to the next period at once, eight times. (A change a
//   script dispatches, as Playwright's selectOption does, is not measured by Event Timing.)
//   node .ci/map-timing.mjs [dist [runs]]   (default target/e2e-dist, 3 runs)
import { chromium } from 'playwright-core';
import { startNginx } from '../deploy/nginx/serve.mjs';

const [dist = 'target/e2e-dist', runs = '3'] = process.argv.slice(2);
const server = await startNginx({ dist, base: '/atlas/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const drawing = [];
  const changes = [];
  for (let run = 0; run < Number(runs); run += 1) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      globalThis.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      globalThis.frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.frames.push({ start: entry.startTime, duration: entry.duration, render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0 });
      }).observe({ type: 'long-animation-frame', buffered: true });
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="world-map"] path[data-code="MA"]')) {
          globalThis.mapInserted = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
      globalThis.interactions = new Map();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.interactionId) globalThis.interactions.set(entry.interactionId, Math.max(globalThis.interactions.get(entry.interactionId) ?? 0, entry.duration));
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.goto(`${server.origin}/atlas/map?lang=fr`);
    await page.locator('[data-testid="world-map"] path[data-code="MA"]').waitFor();
    const drawn = await page.evaluate(() => {
      const start = performance.getEntriesByType('resource').find((r) => /atlas-map-[0-9a-f]+_bg\.wasm$/.test(r.name))?.responseEnd ?? 0;
      const tasks = globalThis.longTasks.filter((t) => t.start + t.duration >= start);
      // The observer's callback runs as the task that inserted the shapes ends.
      const inserted = globalThis.mapInserted;
      const frame = globalThis.frames.find((f) => f.start <= inserted && inserted <= f.start + f.duration + 1);
      const task = globalThis.longTasks.find((t) => t.start <= inserted && inserted <= t.start + t.duration + 1);
      return {
        tasks: tasks.map((t) => Math.round(t.duration)),
        total: Math.round(tasks.reduce((n, t) => n + t.duration, 0)),
        frame: frame ? Math.round(frame.duration) : 0,
        render: frame ? Math.round(frame.render) : 0,
        task: task ? Math.round(task.duration) : 0,
      };
    });
    drawing.push(Math.max(drawn.frame, drawn.task));
    console.log(`run ${run + 1}: the task that built the map ${drawn.task} ms, its frame ${drawn.frame} ms (style, layout and paint ${drawn.render} ms; under 50 ms is no long task or frame: 0); long tasks after the bundle arrived ${JSON.stringify(drawn.tasks)} ms, ${drawn.total} ms in all`);
    await page.getByTestId('map-period').focus();
    await page.evaluate(() => globalThis.interactions.clear());
    for (let change = 0; change < 8; change += 1) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(300);
    }
    const seen = await page.evaluate(() => [...globalThis.interactions.values()]);
    changes.push(...seen);
    console.log(`run ${run + 1}: period changes over 16 ms: ${seen.map(Math.round).join(', ') || 'none'}`);
    await context.close();
  }
  console.log(`the frame drawing the map at 4× CPU: median ${median(drawing)} ms`);
  console.log(`period change (Event Timing, entries ≥ 16 ms): ${changes.length ? `median ${Math.round(median(changes))} ms, worst ${Math.round(Math.max(...changes))} ms` : 'none reached 16 ms'}`);
} finally {
  await browser.close();
  await server.stop();
}
