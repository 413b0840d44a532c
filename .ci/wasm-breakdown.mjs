// What each WebAssembly bundle is made of, to choose what to cut from measured weight: the
// release wasm of each bundle (before Trunk's wasm-bindgen, which keeps function names) goes
// through wasm-bindgen and wasm-opt -Oz with its names kept, then twiggy (crates.io) sizes every
// function and data segment, summed by crate and, for the app's own code, by module. The total
// is within a few hundred bytes of the shipped wasm. Generic code is counted in the crate that
// defines it (reactive_graph, tachys, core…) even when it is instantiated for one of the app's
// components, so those crates' shares are mostly the app's views and effects. A measurement,
// not a test.
//   [BUNDLES=atlas-home,atlas-kpi] node .ci/wasm-breakdown.mjs [target/wasm32-unknown-unknown/release] [groups per bundle]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [dir = 'target/wasm32-unknown-unknown/release', shown = '14'] = process.argv.slice(2);
const BUNDLES = (process.env.BUNDLES ?? 'atlas-home,atlas-kpi,atlas-chart,atlas-pages,atlas-profile,atlas-map,atlas-desk,atlas-desk-worker,atlas').split(',');
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals'];
const work = mkdtempSync(join(tmpdir(), 'wasm-breakdown-'));
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });

/** The group an item of twiggy's list is counted in. */
function group(name) {
  if (name.startsWith('data segment')) return 'read-only data (tables, strings, format literals; the languages’ texts are files of their own)';
  const own = name.match(/^<?artisanat_atlas::([a-z_]+)/);
  if (own) return `app: ${own[1]}`;
  const crate = name.match(/^<?(?:<[^>]*as )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (crate) return crate[1];
  if (/^(import|export|elem|table|memory|type|global)/.test(name) || name.includes('wbindgen')) return 'wasm-bindgen glue, imports and tables';
  return 'other (closures and trait objects without a crate path)';
}

/** twiggy's CSV rows (name, shallow size, its share, retained size, its share): name and
 * shallow size. A name may hold commas, so the four numbers are read from the end. */
function items(wasm) {
  const csv = run('twiggy', ['top', '-n', '10000000', '-f', 'csv', wasm]).trim().split('\n').slice(1);
  return csv.map((row) => {
    const fields = row.split(',');
    const size = Number(fields.at(-4));
    const name = fields.slice(0, -4).join(',').replace(/^"|"$/g, '').replaceAll('""', '"');
    return { name, size };
  });
}

try {
  for (const bundle of BUNDLES) {
    const out = join(work, bundle);
    run('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, join(dir, `${bundle}.wasm`)]);
    const named = join(out, 'named.wasm');
    run('wasm-opt', ['-Oz', '-g', ...FEATURES, join(out, `${bundle}_bg.wasm`), '-o', named]);
    const sums = new Map();
    for (const { name, size } of items(named)) {
      if (/names" subsection|^custom section/.test(name)) continue;
      sums.set(group(name), (sums.get(group(name)) ?? 0) + size);
    }
    const total = [...sums.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${bundle}: ${total.toLocaleString('en')} B of code and data (before compression)`);
    for (const [name, size] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, Number(shown))) {
      console.log(`  ${String(size.toLocaleString('en')).padStart(10)}  ${((100 * size) / total).toFixed(1).padStart(5)} %  ${name}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
