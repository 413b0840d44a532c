// Writes the brotli (.br, quality 11) and gzip (.gz, level 9) forms of every compressible file
// of a release build, for the web server to send as they are (nginx `brotli_static` and
// `gzip_static`, Apache's mod_mime encodings; see deploy/). Compressing once at the highest
// levels costs seconds at build time and nothing per request. A form is written only when it is
// smaller than the file. Called by post_build.mjs, after every file has its
// final content; also a command, for a folder whose files were replaced by hand:
//   node src/build_steps/precompress.mjs <folder>
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.csv', '.svg', '.md', '.xml', '.txt']);
const FORMS = [
  ['.br', (bytes) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })],
  ['.gz', (bytes) => promisify(gzip)(bytes, { level: 9 })],
];

/** Writes (or removes, when it would not be smaller) the .br and .gz forms of one file. */
export async function precompressFile(path) {
  const bytes = await readFile(path);
  await Promise.all(
    FORMS.map(async ([suffix, compress]) => {
      const packed = await compress(bytes);
      if (packed.length < bytes.length) await writeFile(path + suffix, packed);
      else await rm(path + suffix, { force: true });
    }),
  );
}

/** Every compressible file under `folder`, relative paths. */
async function compressibleFiles(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
}

/** Writes the compressed forms of every compressible file under `folder`. */
export async function precompressFolder(folder) {
  await Promise.all((await compressibleFiles(folder)).map(precompressFile));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder] = process.argv.slice(2);
  if (!folder) throw new Error('usage: node src/build_steps/precompress.mjs <folder>');
  await precompressFolder(folder);
}
