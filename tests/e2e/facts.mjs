// An independent reading of public/data/facts.csv for the end-to-end tests: the figures the
// page must show, computed here in JavaScript with the documented rules, not taken from the app.
import { readFileSync } from 'node:fs';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes) into objects keyed by the header. */
export function parseCsv(text) {
  const rows = [];
  let field = '';
  let row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

export function loadFacts() {
  return parseCsv(readFileSync(new URL('../../public/data/facts.csv', import.meta.url), 'utf8'));
}

const reliable = (row) => !row.note.includes('[low-reliability]');
const monthEnd = (year, month) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The headline rule: the value printed by the most distinct reliable sources, first on ties. */
export function headline(rows) {
  const groups = [];
  for (const row of rows.filter(reliable)) {
    const value = Number(row.value);
    let group = groups.find((g) => g.value === value);
    if (!group) { group = { value, sources: new Set(), rows: [] }; groups.push(group); }
    group.sources.add(row.source_url);
    group.rows.push(row);
  }
  return groups.reduce((best, g) => (!best || g.sources.size > best.sources.size ? g : best), null);
}

function nationalLevels(facts, start, end) {
  return facts.filter((r) => r.metric === 'exports_value' && r.dimension === 'total' && r.dimension_value === 'all'
    && r.unit === 'MAD_million' && r.period_start === start && r.period_end === end);
}

/** Every figure the headline cards must show, by card name. */
export function expectedCards(facts) {
  const yearRows = (year) => nationalLevels(facts, `${year}-01-01`, `${year}-12-31`);
  const years = [...new Set(facts.filter((r) => r.metric === 'exports_value' && r.period_start.endsWith('-01-01') && r.period_end.endsWith('-12-31'))
    .map((r) => Number(r.period_start.slice(0, 4))))].sort((a, b) => b - a);
  const latestYear = years.find((y) => headline(yearRows(y)));
  const latest = headline(yearRows(latestYear));

  const ytdRows = facts.filter((r) => r.metric === 'exports_value' && r.dimension === 'total' && r.unit === 'MAD_million'
    && r.period_start.endsWith('-01-01') && r.period_end && !r.period_end.endsWith('-12-31')
    && r.period_start.slice(0, 4) === r.period_end.slice(0, 4)
    && r.period_end === monthEnd(Number(r.period_end.slice(0, 4)), Number(r.period_end.slice(5, 7))));
  const latestEnd = ytdRows.filter(reliable).map((r) => r.period_end).sort().at(-1);
  const ytd = headline(ytdRows.filter((r) => r.period_end === latestEnd));

  // 2019 is printed only by a low-reliability site: implied by "2024 = X, +g % vs 2019".
  const base = yearRows(2019).filter(reliable).length
    ? headline(yearRows(2019)).value
    : (() => {
      const statement = headline(yearRows(2024).filter((r) => /vs (full year )?2019/.test(r.change_basis)));
      return statement.value / (1 + Number(statement.rows[0].change_pct) / 100);
    })();

  const topShare = (dimension) => {
    const shares = facts.filter((r) => r.metric === 'exports_share' && r.dimension === dimension && reliable(r)
      && !r.dimension_value.includes('+') && !r.dimension_value.includes('>') && !r.dimension_value.startsWith('region:')
      && r.period_start && r.period_end);
    const periods = [...new Set(shares.map((r) => `${r.period_start}..${r.period_end}`))].sort().reverse();
    const rows = shares.filter((r) => `${r.period_start}..${r.period_end}` === periods[0]);
    return rows.reduce((best, r) => (!best || Number(r.value) > Number(best.value) ? r : best), null);
  };

  const artisans = facts.filter((r) => r.metric === 'artisans_registered' && r.dimension === 'total' && reliable(r))
    .sort((a, b) => a.period_end.localeCompare(b.period_end)).at(-1);

  return {
    latestYear, latest: latest.value, latestChange: Number(latest.rows[0].change_pct),
    ytd: ytd.value, ytdChange: Number(ytd.rows[0].change_pct), ytdValues: [...new Set(ytdRows.filter((r) => r.period_end === latestEnd).map((r) => Number(r.value)))],
    growthSince2019: (latest.value / base - 1) * 100,
    cagr: (span) => {
      const level = (year) => (year === 2019 ? base : headline(yearRows(year)).value);
      return ((level(span[1]) / level(span[0])) ** (1 / (span[1] - span[0])) - 1) * 100;
    },
    topDestination: topShare('destination'),
    topFamily: topShare('product_family'),
    artisans: Number(artisans.value),
  };
}
