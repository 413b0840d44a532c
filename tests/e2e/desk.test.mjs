// The data desk (`/desk`), used as a ministry's clerk would: a file chosen or dropped is read in
// the page's worker with the core of `atlas-data`; its verdict, its located problems (sorted,
// downloaded), the atlas's figures beside the published ones, and the files to publish. Nothing
// is requested once the file is chosen.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { OUTPUT, openPage, servedApp, url } from './harness.mjs';

const app = servedApp();
const FACTS = readFileSync('public/data/facts.csv', 'utf8');
const PUBLISHED = readFileSync('public/data/atlas.json', 'utf8');

/** Opens the desk in `lang`, its inputs loaded, and records every request made from then on. */
async function openDesk(lang, options = {}) {
  const opened = await openPage(app.browser, app.origin, options);
  const { page } = opened;
  await page.goto(url(app.origin, `desk?lang=${lang}`));
  await page.locator('#boot-shell').waitFor({ state: 'detached' });
  await page.getByTestId('desk-file').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return { ...opened, requests };
}

/** Chooses a file with `name` and `content` in the desk, and waits for its verdict. */
async function choose(page, name, content) {
  await page.getByTestId('desk-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  await page.getByTestId('desk-verdict').or(page.locator('.desk-alert')).first().waitFor({ timeout: 120_000 });
}

/** The facts table with its separator turned into semicolons and French decimal commas. */
function semicolonTable(text) {
  return text.split('\n').map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      if (char === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    cells.push(cell);
    return cells.map((c, i) => (i === 6 ? c.replace('.', ',') : c.includes(';') ? `"${c.replaceAll('"', '')}"` : c)).join(';');
  }).join('\n');
}

/** The facts table grown to `rows` rows, as `benches/clerk_table.rs` grows it: its rows repeated,
 * each round with new ids and dates 30 years earlier per round (for 30 rounds, then again). */
function grownTable(rows) {
  const [header, ...body] = FACTS.split('\n').filter((line) => line !== '');
  const lines = [header];
  for (let index = 0; index < rows; index += 1) {
    const round = Math.floor(index / body.length) % 30;
    const cells = body[index % body.length].split(',');
    for (const at of [4, 5]) {
      const year = Number(cells[at].slice(0, 4));
      if (year) cells[at] = `${year - 30 * round}${cells[at].slice(4)}`;
    }
    cells[0] = `R${String(index).padStart(7, '0')}`;
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Rows of the facts table broken as clerks break them: a value with a stray semicolon, an
 * impossible date, an unknown unit, a repeated id, a growth rate without its comparison. */
function brokenTable() {
  const lines = FACTS.split('\n');
  const cells = (line) => line.split(',');
  const edit = (number, at, value) => {
    const row = cells(lines[number - 1]);
    row[at] = value;
    lines[number - 1] = row.join(',');
  };
  edit(3, 6, '12;5');
  edit(5, 4, '2023-02-30');
  edit(8, 7, 'dirhams');
  edit(10, 0, cells(lines[1])[0]);
  return lines.join('\n');
}

describe('the data desk', () => {
  test('the published facts, in French: ready, nothing changes, no request once chosen', async () => {
    const { page, context, problems, requests } = await openDesk('fr');
    assert.equal(await page.locator('h1').innerText(), 'Bureau des données');
    await choose(page, 'faits.csv', FACTS);
    const verdict = await page.getByTestId('desk-verdict').innerText();
    assert.match(verdict, /lignes lues · Prêt à publier : chaque ligne est gardée\./);
    await page.getByTestId('desk-preview').locator('details').first().waitFor();
    const counts = await page.locator('.desk-compared').evaluateAll((all) => all.map((d) => d.dataset.changes));
    assert.equal(counts.length, 7);
    assert.deepEqual(counts, Array(7).fill('0'));
    const atlas = page.waitForEvent('download');
    await page.getByTestId('desk-atlas-json').click();
    const saved = readFileSync(await (await atlas).path(), 'utf8');
    assert.equal(saved, PUBLISHED, 'the desk builds the published atlas.json from the published facts');
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), []);
    await page.screenshot({ path: `${OUTPUT}desk-fr-1280.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a semicolon file is read as such and said; the same figures follow', async () => {
    const { page, context, problems, requests } = await openDesk('fr');
    await choose(page, 'faits-excel.csv', semicolonTable(FACTS));
    assert.match(await page.getByTestId('desk-notes').innerText(), /points-virgules/);
    assert.match(await page.getByTestId('desk-verdict').innerText(), /Prêt à publier/);
    await page.getByTestId('desk-preview').locator('details').first().waitFor();
    const counts = await page.locator('.desk-compared').evaluateAll((all) => all.map((d) => d.dataset.changes));
    assert.deepEqual(counts, Array(7).fill('0'));
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a broken file: each problem located, sortable, in the report; nothing published unless accepted', async () => {
    const { page, context, problems, requests } = await openDesk('fr');
    await choose(page, 'faits.csv', brokenTable());
    assert.match(await page.getByTestId('desk-verdict').innerText(), /Pas encore publiable : \d+ problèmes laisseraient des lignes de côté/);
    const table = page.getByTestId('desk-problems');
    const rows = () => table.locator('tbody tr').evaluateAll((all) => all.map((tr) => [...tr.cells].map((td) => td.innerText)));
    const located = await rows();
    assert.ok(located.some(([row, column, value]) => row === '3' && column === 'value' && value === '12;5'), JSON.stringify(located));
    assert.ok(located.some(([row, column, value]) => row === '5' && column === 'period_start' && value === '2023-02-30'));
    assert.ok(located.some(([row, column]) => row === '8' && column === 'unit'));
    assert.ok(located.some(([row, column]) => row === '10' && column === 'id'));
    assert.ok(located.every((cells) => cells[3] !== '' && cells[4] !== ''), 'each says what is wrong and how to fix it');
    const firstRows = located.map((cells) => Number(cells[0]));
    assert.deepEqual(firstRows, [...firstRows].sort((a, b) => a - b), 'in file order');
    const rowHeading = table.locator('th').first();
    await rowHeading.getByRole('button').click();
    assert.equal(await rowHeading.getAttribute('aria-sort'), 'descending');
    const reversed = (await rows()).map((cells) => Number(cells[0]));
    assert.deepEqual(reversed, [...firstRows].sort((a, b) => b - a));
    assert.ok(await page.getByTestId('desk-atlas-json').isDisabled(), 'nothing to publish yet');
    const report = page.waitForEvent('download');
    await page.getByTestId('desk-report').click();
    const text = readFileSync(await (await report).path(), 'utf8');
    assert.match(text, /^\uFEFFFichier,Ligne,Colonne,Valeur,Problème,Correction,Effet\n/);
    assert.match(text, /faits\.csv,3,value,12;5,/);
    await page.getByTestId('desk-accept').check();
    assert.ok(await page.getByTestId('desk-atlas-json').isEnabled());
    const facts = page.waitForEvent('download');
    await page.getByTestId('desk-facts-csv').click();
    const published = readFileSync(await (await facts).path(), 'utf8');
    assert.ok(!published.includes('12;5') && !published.includes('2023-02-30'), 'the rows left out are not published');
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the template workbook, in Arabic, dropped on the desk: its sheet read, its one fact previewed', async () => {
    const { page, context, problems, requests } = await openDesk('ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const workbook = readFileSync('public/data/template.xlsx').toString('base64');
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'نموذج.xlsx'));
      document.querySelector('.desk-picker').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, workbook);
    await page.getByTestId('desk-verdict').waitFor();
    assert.match(await page.getByTestId('desk-notes').innerText(), /«Faits»|Faits/);
    assert.match(await page.getByTestId('desk-verdict').innerText(), /جاهز للنشر/);
    await page.getByTestId('desk-preview').locator('details').first().waitFor();
    const changed = await page.locator('.desk-compared[open] summary').allInnerTexts();
    assert.ok(changed.length > 0, 'one fact instead of hundreds changes the figures');
    assert.doesNotMatch(await page.locator('main').innerText(), /Published|This file|Headline|Choose|Ready|Not publishable/);
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a clerk\'s broken workbook, in Arabic on a phone: its sheet found, its title passed over, its formulas and stray cell said, its error on the sheet\'s row', async () => {
    // Made by tests/broken_workbooks.rs: notes first, the facts on "Feuil2" under a merged
    // title, a formula's result, a blank row, #DIV/0! on row 6 and a comment at P40.
    const { page, context, problems, requests } = await openDesk('ar', { viewport: { width: 390, height: 844 } });
    await choose(page, 'الربع الأول.xlsx', readFileSync('tests/fixtures/clerk_workbook.xlsx'));
    const notes = await page.getByTestId('desk-notes').innerText();
    for (const said of [/«Feuil2»/, /قُرئ رأس الجدول في السطر 3/, /خانات تحسبها صيغة \(2\)/, /أولها في P40/]) {
      assert.match(notes, said);
    }
    const located = await page.getByTestId('desk-problems').locator('tbody tr').evaluateAll((all) => all.map((tr) => [...tr.cells].map((td) => td.innerText)));
    assert.equal(located.length, 1, JSON.stringify(located));
    assert.deepEqual(located[0].slice(0, 3).map((cell) => cell.replace(/^.*\n/, '')), ['6', 'value', '#DIV/0!']);
    assert.doesNotMatch(await page.locator('main').innerText(), /Sheet|Header|formula|Cells|Ready|Not publishable/);
    await page.screenshot({ path: `${OUTPUT}desk-ar-390-workbook.png`, fullPage: true });
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a file that is no table, or too large, is said so and the desk goes on', async () => {
    const { page, context, problems } = await openDesk('en');
    await choose(page, 'facts.xlsx', 'PK\x03\x04 truncated');
    assert.match(await page.locator('.desk-alert').innerText(), /^facts\.xlsx: The workbook cannot be read/);
    const huge = join(await mkdtemp(join(tmpdir(), 'desk-')), 'huge.csv');
    writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, 'a'));
    await page.getByTestId('desk-file').setInputFiles(huge);
    assert.match(await page.locator('.desk-alert').innerText(), /^This file is 65\sMB: the desk reads files up to 64\sMB\./);
    await choose(page, 'facts.csv', FACTS);
    assert.match(await page.getByTestId('desk-verdict').innerText(), /Ready to publish/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('10,000 and 100,000 rows: progress shown, no long task over 200 ms, time and memory reported', async () => {
    for (const rows of [10_000, 100_000]) {
      const { page, context, problems } = await openDesk('fr');
      await page.evaluate(() => {
        window.longTasks = [];
        new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      });
      // Chosen by its path, as a visitor chooses it: a file handed over as bytes goes through
      // the page's thread (Playwright's own long task, not the desk's).
      const table = grownTable(rows);
      const path = join(await mkdtemp(join(tmpdir(), 'desk-')), `faits-${rows}.csv`);
      writeFileSync(path, table);
      const started = Date.now();
      await page.getByTestId('desk-file').setInputFiles(path);
      await page.locator('.desk-progress progress').waitFor();
      await page.waitForFunction(() => Number(document.querySelector('.desk-progress progress')?.value) > 0);
      const clicked = Date.now();
      await page.getByRole('link', { name: 'English' }).click();
      await page.locator('h1', { hasText: 'Data desk' }).waitFor();
      const answered = Date.now() - clicked;
      await page.getByTestId('desk-verdict').waitFor({ timeout: 120_000 });
      await page.getByTestId('desk-preview').locator('details').first().waitFor({ timeout: 120_000 });
      const seconds = (Date.now() - started) / 1000;
      const longest = Math.max(0, ...(await page.evaluate(() => window.longTasks)));
      const memory = Number(await page.getByTestId('desk-verdict').getAttribute('data-worker-memory')) / 1048576;
      console.log(`desk ${rows} rows (${(table.length / 1e6).toFixed(1)} MB): ${seconds.toFixed(1)} s to the preview; worker memory ${memory.toFixed(0)} MB; longest task on the page ${longest.toFixed(0)} ms; language switch answered in ${answered} ms`);
      assert.ok(longest < 200, `a long task of ${longest} ms`);
      assert.ok(memory > 0);
      assert.match(await page.getByTestId('desk-verdict').innerText(), new RegExp(`^${rows.toLocaleString('en')} rows read`));
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  for (const lang of ['fr', 'ar']) {
    test(`looked at in ${lang}: a broken file on a phone and a desktop, axe finds nothing`, async () => {
      for (const width of [390, 1280]) {
        const { page, context, problems } = await openDesk(lang, { viewport: { width, height: 900 } });
        await choose(page, 'faits.csv', brokenTable());
        await page.getByTestId('desk-preview').locator('details').first().waitFor();
        await page.screenshot({ path: `${OUTPUT}desk-${lang}-${width}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'nothing wider than the screen');
        await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
        const violations = await page.evaluate(async () => (await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        })).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`));
        assert.deepEqual(violations, []);
        assert.deepEqual(problems, []);
        await context.close();
      }
    });
  }
});
