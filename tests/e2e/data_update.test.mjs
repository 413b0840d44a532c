// New figures published after a visit: the service worker serves the app from its cache, but the
// data is asked of the network first, so the next online visit shows the new file, and once seen
// it is the one kept for offline use. The build is served from a copy, whose data is rewritten
// and compressed again, as README's "Publishing" says a file replaced by hand must be (nginx
// would otherwise keep sending the old file's .br and .gz forms).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompressFile } from '../../src/build_steps/precompress.mjs';
import { DIST, openPage, url, servedApp } from './harness.mjs';

let copy;
const app = servedApp({
  dist: async () => {
    copy = await mkdtemp(join(tmpdir(), 'atlas-dist-'));
    await cp(DIST, copy, { recursive: true });
    return copy;
  },
});

const OLD_OUTLET = '"outlet":"MAP"';
const NEW_OUTLET = 'MAP, corrected';

async function shownVersion(page) {
  await page.goto(url(app.origin, 'sources?lang=en'));
  await page.getByTestId('sources-table').waitFor();
  return page.getByTestId('data-version').innerText();
}

describe('a data update after a visit', () => {
  test('is shown on the next online visit, then kept for offline use', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { serviceWorkers: 'allow' });
    const before = await shownVersion(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => (await caches.keys()).some((name) => name.startsWith('atlas-')));
    assert.equal(await page.getByText(NEW_OUTLET).count(), 0);

    const data = join(copy, 'data', 'atlas.json');
    const published = await readFile(data, 'utf8');
    assert.ok(published.includes(OLD_OUTLET), 'the source to correct is in the data');
    await writeFile(data, published.replace(OLD_OUTLET, `"outlet":"${NEW_OUTLET}"`));
    await precompressFile(data);

    const after = await shownVersion(page);
    assert.notEqual(after, before);
    await page.getByTestId('sources-table').getByText(NEW_OUTLET).waitFor();

    await context.setOffline(true);
    assert.equal(await shownVersion(page), after);
    await page.getByTestId('sources-table').getByText(NEW_OUTLET).waitFor();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
