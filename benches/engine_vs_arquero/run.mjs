// The statistics engine (Rust, compiled to WebAssembly with the app's release profile) against
// the same aggregations written with arquero, in one Chromium page on the same synthetic data:
//   npm run bench:arquero [-- <observations> [<repeats> [<profile>]]]   (default 1000000, 3, release)
// The `release` profile is the app's, tuned for download size; `speed` is the same at opt-level 3.
// Builds the engine and the page, writes the synthetic data once per size, prints the median
// times, the ratio and the memory, and fails if the two sides do not find the same figures.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [observations = '1000000', repeats = '3', profile = 'release'] = process.argv.slice(2);
const OUT = 'target/engine-bench';
const DATA = `${OUT}/synthetic-${observations}.json`;
const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

function build() {
  mkdirSync(OUT, { recursive: true });
  run('cargo', 'build', '--quiet', '--profile', profile, '--target', 'wasm32-unknown-unknown', '--example', 'engine_vs_arquero');
  run('wasm-bindgen', '--target', 'web', '--no-typescript', '--out-dir', `${OUT}/engine`, '--out-name', 'engine',
    `target/wasm32-unknown-unknown/${profile}/examples/engine_vs_arquero.wasm`);
  run('wasm-opt', profile === 'release' ? '-Oz' : '-O3', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
    '--enable-reference-types', '--enable-multivalue', `${OUT}/engine/engine_bg.wasm`, '-o', `${OUT}/engine/engine_bg.wasm`);
  if (!existsSync(DATA)) {
    run('cargo', 'run', '--quiet', '--release', '--no-default-features', '--example', 'scale', '--', 'write', observations, DATA);
  }
  run('esbuild', 'benches/engine_vs_arquero/bench.js', '--bundle', '--format=esm', '--log-level=warning', `--outfile=${OUT}/bench.js`);
  writeFileSync(`${OUT}/index.html`, '<!DOCTYPE html><meta charset="utf-8"><title>engine vs arquero</title><script type="module" src="bench.js"></script>\n');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const MB = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The first place where two summaries differ beyond floating-point rounding (the two sides
 * divide in different orders), or null. */
function difference(a, b, path = 'summary') {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = difference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

build();
const server = spawn(process.execPath, ['tests/e2e/plain_server.mjs', OUT], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = String((await once(server.stdout, 'data'))[0]).match(/listening (\d+)/)?.[1];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.runBench);
  const result = await page.evaluate(([path, times]) => window.runBench(path, times), [DATA.slice(OUT.length + 1), Number(repeats)]);
  const time = (side, step) => median(result.runs[side].map((r) => r[step]));
  const total = (side) => median(result.runs[side].map((r) => r.parse + r.compute));
  console.log(`\n${observations} observations (${MB(result.bytes)} of JSON), engine built with the ${profile} profile, ${repeats} runs each, medians, Chromium ${browser.version()}`);
  console.log('side              parse ms   compute ms   total ms   memory');
  for (const [side, label, memory] of [['engine', 'Rust engine wasm', `${MB(result.wasmMemory)} wasm linear memory (peak)`],
    ['arquero', 'arquero', `${MB(result.arqueroHeap)} JS heap growth (lower bound of peak)`]]) {
    console.log(`${label.padEnd(16)} ${time(side, 'parse').toFixed(0).padStart(8)} ${time(side, 'compute').toFixed(0).padStart(12)} ${total(side).toFixed(0).padStart(10)}   ${memory}`);
  }
  console.log(`ratio arquero / engine: parse ${(time('arquero', 'parse') / time('engine', 'parse')).toFixed(2)}×, compute ${(time('arquero', 'compute') / time('engine', 'compute')).toFixed(2)}×, total ${(total('arquero') / total('engine')).toFixed(2)}×`);
  console.log(`the app also names the file's version (FNV-1a of its ${MB(result.bytes)}, which links pin): ${time('engine', 'version').toFixed(0)} ms, `
    + `not a statistic and not done by arquero; counted in the engine's total, the ratio is ${(total('arquero') / (total('engine') + time('engine', 'version'))).toFixed(2)}×`);
  const { engine, arquero } = result.summaries;
  const disagreement = difference(engine, arquero);
  if (disagreement) {
    console.error(`The two sides disagree (engine ≠ arquero) at ${disagreement}`);
    process.exitCode = 1;
  } else {
    const cagr = engine.cagr_since_base === null ? 'no CAGR since 2019 (the data has no 2019)' : 'CAGR since 2019';
    console.log(`both sides agree: ${engine.annual.length} years, ${engine.year_to_date.length} year-to-date series, ${cagr}, 3 rankings`);
  }
} finally {
  await browser.close();
  server.kill();
}
