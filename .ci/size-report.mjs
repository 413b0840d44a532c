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
// facts.csv and the data README are only downloaded on request; ECharts only where a chart is drawn.
const home = rows.filter((r) => !['echarts.min.js', 'data/facts.csv', 'data/README.md'].includes(r.file));
console.log('');
sum(home, 'first visit, home page');
sum([...home, ...rows.filter((r) => r.file === 'echarts.min.js')], 'first visit, indicators page');
