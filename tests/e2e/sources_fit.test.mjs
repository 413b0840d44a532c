// Sources that fit (issue #22): a chart over many periods names the sources of its latest
// figures and folds the others behind "and N more sources", every one of them still in its
// JSON download; a headline card names at most its three most recent sources and folds the
// others. Nothing is lost: what is named and what is folded are all the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { download, openPage, url, servedApp } from './harness.mjs';

const app = servedApp();

/** The outlets a source line names, and those behind its disclosure once opened. */
async function sourceLine(line) {
  const named = await line.locator(':scope > ul li').allInnerTexts();
  const more = line.locator(':scope > .more-sources');
  if (await more.count() === 0) return { named, folded: [] };
  assert.equal(await more.locator('li').first().isVisible(), false, 'the others are folded');
  await more.locator('summary').click();
  return { named, folded: await more.locator('li').allInnerTexts() };
}

for (const [path, chart] of [
  ['craft/carpets?lang=en', 'market-share'],
  ['market/US?lang=en', 'market-share'],
  ['indicators?lang=en', 'craft-exports-exit-cities'],
  ['indicators?lang=en', 'craft-sector-figures'],
]) {
  test(`/${path}: the ${chart} chart names its latest figures' sources and folds the others`, async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, path));
    const frame = page.locator(`.app-root [data-testid="${chart}"]`);
    await frame.scrollIntoViewIfNeeded();
    await frame.locator('.chart-canvas canvas').waitFor();
    const all = JSON.parse((await download(page, chart, 'Download data (JSON)')).bytes.toString('utf8')).sources;
    const { named, folded } = await sourceLine(frame.locator('.source-line'));
    assert.ok(named.length >= 1 && named.length < all.length, `${named.length} named of ${all.length}`);
    assert.equal(await frame.locator('.more-sources summary').innerText(), `and ${folded.length} more source${folded.length === 1 ? '' : 's'}`);
    // A document that names no outlet reads so on the page.
    assert.deepEqual([...named, ...folded].sort(), all.map((source) => source.outlet || 'outlet not named').sort());
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a headline card names at most three sources, the others one click away', async () => {
  const { page, context, problems } = await openPage(app.browser, app.origin);
  let folding = 0;
  for (const path of ['indicators?lang=fr', 'craft/carpets?lang=ar', 'market/US?lang=en']) {
    await page.goto(url(app.origin, path));
    await page.locator('.app-root .kpi-card .kpi-sources').first().waitFor();
    for (const line of await page.locator('.app-root .kpi-card .kpi-sources').all()) {
      const { named, folded } = await sourceLine(line);
      assert.ok(named.length >= 1 && named.length <= 3, `${path}: ${named.length} named`);
      if (folded.length > 0) {
        folding += 1;
        assert.match(await line.locator('.more-sources summary').innerText(), new RegExp(`${folded.length}`));
      }
    }
  }
  assert.ok(folding > 0, 'some card has more than three sources');
  assert.deepEqual(problems, []);
  await context.close();
});
