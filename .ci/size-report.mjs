// Prints raw / gzip -9 / brotli bytes of every file in a dist/ folder, and the totals a first
// visit transfers (home page: the app shell, code and dataset; a chart page adds ECharts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dist)
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  })
  .sort((a, b) => b.raw - a.raw);

const pad = (value, width) => String(value).padStart(width);
const line = (r) => `${r.file.padEnd(44)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`;
console.log(line({ file: 'file', raw: 'raw', gzip: 'gzip -9', brotli: 'brotli' }));
rows.forEach((r) => console.log(line(r)));

const sum = (selected, label) =>
  console.log(
    line({
      file: label,
      raw: selected.reduce((n, r) => n + r.raw, 0),
      gzip: selected.reduce((n, r) => n + r.gzip, 0),
      brotli: selected.reduce((n, r) => n + r.brotli, 0),
    }),
  );
// What each first visit transfers: the app shell (page, code, styles, icon) and the dataset,
// plus what the page itself fetches — ECharts where a chart is drawn, the world geometry and
// country names on the map, the catalogue on the crafts pages. Everything else (facts.csv,
// the data README, the catalogue's source, the embed example) is only fetched on request.
const pick = (test) => rows.filter((r) => test(r.file));
const shell = pick((f) => f === 'index.html' || /^(atlas|boot|register-sw)-.*\.(js|wasm)$/.test(f) || f.endsWith('.css') || /^favicon-/.test(f));
const dataset = pick((f) => f === 'data/atlas.json');
const file = (name) => pick((f) => f === name);
const home = [...shell, ...dataset];
const charts = [...home, ...file('echarts.min.js')];
console.log('');
sum(home, 'first visit, home page');
sum(charts, 'first visit, indicators page');
sum([...charts, ...file('world.json'), ...file('country-names.json'), ...file('country-points.json')], 'first visit, map page');
sum([...charts, ...file('data/catalogue.json'), ...file('world.json'), ...file('place-points.json'), ...file('country-names.json')], 'first visit, a family page');
sum(home, 'first visit, a KPI embed');
sum(charts, 'first visit, a chart embed');
