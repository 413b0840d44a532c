// The dashboard's aggregations written with arquero, for the comparison with the Rust engine
// compiled to WebAssembly (see run.mjs). Same input bytes, same rules: a level or share is the
// value printed by the most reliable sources (ties: the value printed first), a growth rate
// printed with a level implies the level of its comparison period, full-year and year-to-date
// national series, CAGR since 2019, and each breakdown's latest period ranked by share (a share
// not printed is computed from the level and the national total; only the codes the code table
// calls a family, a regional family, a country or a city are ranked: not a world region, not
// "other", as `CodeKind::is_ranked` decides).
import * as aq from 'arquero';

const { op } = aq;
const BASE_YEAR = 2019;
const SUBJECT = ['dimension', 'key', 'unit'];
const PERIOD = ['start', 'end'];
const BREAKDOWNS = { families: 'product_family', destinations: 'destination', exit_points: 'exit_point' };
const RANKED_KINDS = new Set(['family', 'regional_family', 'country', 'city']);

/** The bundled JSON's observations as an arquero table, one column per field, and the codes
 * that take a place in a ranking. */
export function parse(bytes) {
  const doc = JSON.parse(new TextDecoder().decode(bytes));
  const rows = doc.observations;
  const columns = {};
  doc.observation_fields.forEach((field, index) => {
    columns[field] = rows.map((row) => row[index] ?? null);
  });
  columns.row = rows.map((_, index) => index);
  columns.reliable = columns.flags.map((flags) => !(flags ?? []).includes('low_reliability'));
  delete columns.flags;
  const ranked = new Set(doc.codes.filter((code) => RANKED_KINDS.has(code.kind)).map((code) => code.code));
  return { table: aq.table(columns), ranked };
}

/** Every indicator the comparison checks, in the shape the Rust side returns. */
export function compute({ table, ranked }) {
  const levels = headlines(table.filter((d) => d.metric === 'exports_value'));
  const national = nationalLevels(table, levels);
  const annual = seriesValues(national, 12);
  const summary = {
    annual,
    year_to_date: yearToDate(national),
    cagr_since_base: cagrSinceBase(annual),
  };
  for (const [name, dimension] of Object.entries(BREAKDOWNS)) {
    summary[name] = latestRanking(table, levels, national, dimension, ranked);
  }
  return summary;
}

/** Per subject and period, the value printed by the most distinct reliable sources. */
function headlines(table) {
  return table
    .filter((d) => d.reliable)
    .groupby(...SUBJECT, ...PERIOD, 'value')
    .rollup({ sources: op.distinct('source'), first: op.min('row') })
    .groupby(...SUBJECT, ...PERIOD)
    .orderby(aq.desc('sources'), 'first')
    .filter(() => op.row_number() === 1)
    .ungroup()
    .select(...SUBJECT, ...PERIOD, 'value');
}

/** National levels by period with their kind (`year`, `through` month): printed ones, else the
 * level implied by a growth rate printed for the same months of the next year. */
function nationalLevels(table, levels) {
  const isNational = (d) => d.dimension === 'total' && d.key === 'all' && d.unit === 'MAD_million';
  const printed = levels.filter(isNational).select(...PERIOD, 'value');
  const implied = table
    .filter((d) => d.metric === 'exports_value' && d.reliable && d.change_pct != null && d.change_pct > -100
      && d.dimension === 'total' && d.key === 'all' && d.unit === 'MAD_million')
    .derive({
      basis_year: (d) => op.parse_int(op.match(d.change_basis, /(\d{4})$/, 1)),
      implied: (d) => d.value / (1 + d.change_pct / 100),
    })
    .filter((d) => d.basis_year != null)
    .derive({
      start: (d) => d.basis_year + op.substring(d.start, 4),
      end: (d) => d.basis_year + op.substring(d.end, 4),
    })
    .groupby(...PERIOD)
    .rollup({ value: op.any('implied') });
  return printed
    .concat(implied.antijoin(printed, [PERIOD, PERIOD]))
    .derive({
      year: (d) => op.parse_int(op.substring(d.start, 0, 4)),
      through: (d) => op.parse_int(op.substring(d.end, 5, 7)),
    })
    .filter((d) => op.substring(d.start, 5) === '01-01' && op.substring(d.end, 0, 4) === op.substring(d.start, 0, 4));
}

/** `[year, value]` of the national series ending with month `through`, by year. */
function seriesValues(national, through) {
  return national
    .params({ through })
    .filter((d, $) => d.through === $.through)
    .orderby('year')
    .objects()
    .map((d) => [d.year, d.value]);
}

function yearToDate(national) {
  const months = national.filter((d) => d.through < 12).rollup({ months: op.array_agg_distinct('through') }).get('months', 0) ?? [];
  return months.sort((a, b) => a - b).map((through) => ({ through_month: through, values: seriesValues(national, through) }));
}

function cagrSinceBase(annual) {
  const [latestYear, latest] = annual.at(-1) ?? [];
  const base = annual.find(([year]) => year === BASE_YEAR)?.[1];
  if (base === undefined || latestYear <= BASE_YEAR || base <= 0 || latest <= 0) return null;
  return ((latest / base) ** (1 / (latestYear - BASE_YEAR)) - 1) * 100;
}

/** The breakdown's latest period: the keys that rank, by share, with their shares. */
function latestRanking(table, levels, national, dimension, rankedCodes) {
  const single = (d) => !op.includes(d.key, '+') && !op.includes(d.key, '>');
  const entries = table
    .params({ dimension })
    .filter((d, $) => d.dimension === $.dimension && d.start != null && d.end != null
      && (d.metric === 'exports_share' || (d.metric === 'exports_value' && d.unit === 'MAD_million')))
    .filter(single);
  if (entries.numRows() === 0) return null;
  const latest = entries.orderby(aq.desc('start'), aq.desc('end')).object(0);
  const inLatest = (t) => t.params(latest).filter((d, $) => d.start === $.start && d.end === $.end);
  const keys = inLatest(entries).select('key').dedupe();
  const shares = headlines(inLatest(entries).filter((d) => d.metric === 'exports_share')).select('key', { value: 'share' });
  const values = inLatest(levels.params({ dimension }).filter((d, $) => d.dimension === $.dimension && d.unit === 'MAD_million'))
    .filter(single).select('key', { value: 'level' });
  const total = inLatest(national).object(0)?.value ?? null;
  const ranked = keys
    .join_left(shares, 'key')
    .join_left(values, 'key')
    .params({ total })
    .derive({ share: (d, $) => (d.share != null ? d.share : d.level != null && $.total > 0 ? (d.level / $.total) * 100 : null) })
    .filter((d) => d.share != null)
    .filter(aq.escape((d) => rankedCodes.has(d.key)))
    .orderby(aq.desc('share'), 'key')
    .objects()
    .map((d) => [d.key, d.share]);
  return { period: `${latest.start}..${latest.end}`, ranked };
}
