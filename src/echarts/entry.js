// Entry of the app's own ECharts build: only the chart types, components and renderers the
// app uses, bundled by esbuild from the npm package into target/js/echarts.min.js. The global
// `echarts` holds the two functions src/echarts/bridge.rs binds to, so that esbuild leaves out
// the rest of ECharts' API. The maps are the app's own SVG: no map, geo or visualMap here.
import { getInstanceByDom, init, use } from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
// No AriaComponent: the chart frames name and describe their charts themselves.
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// LabelLayout: `labelLayout.hideOverlap`, so values written on crowded points never cover each other.
use([
  BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  LabelLayout, CanvasRenderer, SVGRenderer,
]);

globalThis.echarts = { getInstanceByDom, init };

/** Numbers ECharts prints itself (tooltip values, value-axis labels) in the page's number
 * format, given as a BCP 47 tag (`fr-FR`, `ar-MA`, `en-GB`); ECharts would print `1,230`
 * everywhere. Returns the option. */
function localizeNumbers(option, tag) {
  const format = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const number = (value) => (typeof value === 'number' ? format.format(value) : value);
  const base = option.baseOption ?? option;
  if (base.tooltip) base.tooltip.valueFormatter = number;
  for (const axis of [base.xAxis, base.yAxis].flat()) {
    if (axis?.type === 'value') axis.axisLabel = { ...axis.axisLabel, formatter: number };
  }
  return option;
}

/** The chart drawn on `element`, as an SVG document: its current option drawn again, at the
 * same size and without animation, by ECharts' SVG renderer in server-side mode (no element is
 * added to the page). For the "Download SVG" button. */
function toSvg(element) {
  const chart = getInstanceByDom(element);
  if (!chart) throw new Error('no chart on this element');
  const copy = init(null, null, {
    renderer: 'svg', ssr: true, width: chart.getWidth(), height: chart.getHeight(),
  });
  try {
    copy.setOption({ ...chart.getOption(), animation: false });
    return copy.renderToSVGString();
  } finally {
    copy.dispose();
  }
}

/** The ink the charts are built with (`Palette::INK` in src/charts/theme.rs). */
const INK = '#3b3b3b';

/** The series colours of `Palette` (src/charts/theme.rs), each with the lighter tone that
 * keeps 3:1 against a dark page; the light ones (`Palette::DERIVED`) stay. */
const ON_DARK = {
  '#1d4e89': '#8ab4f8',
  '#b3471d': '#f0a07a',
  '#2e7d32': '#81c995',
  '#6a1b9a': '#d7aefb',
  '#8d6e00': '#fdd663',
  '#00838f': '#78d9ec',
  '#ad1457': '#ff8bcb',
  '#5d4037': '#d7b8a8',
};

/** The text colour of the page around `element` as [r, g, b] when it is light (a dark page,
 * e.g. a dark embed); null on a light page or before the element is on the page. */
function lightInk(element) {
  if (!element.isConnected) return null;
  const [r, g, b] = (getComputedStyle(element).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? [r, g, b] : null;
}

/** On a dark page, text and lines take the page's own text colour: the chart's ink is
 * replaced wherever the option sets it, series colours take their tone for a dark page
 * (`ON_DARK`), and axes, grid lines and legends that keep ECharts' defaults get the ink,
 * fainter for lines. Light pages keep the option as built. */
function inkForPage(option, rgb) {
  if (!rgb) return option;
  const [r, g, b] = rgb;
  const ink = `rgb(${r}, ${g}, ${b})`;
  const faint = (alpha) => `rgba(${r}, ${g}, ${b}, ${alpha})`;
  const recolour = (value) => {
    if (value === INK) return ink;
    if (typeof value === 'string' && ON_DARK[value.toLowerCase()]) return ON_DARK[value.toLowerCase()];
    if (Array.isArray(value)) return value.map(recolour);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, recolour(inner)]));
    }
    return value;
  };
  const inked = recolour(option);
  const base = inked.baseOption ?? inked;
  base.textStyle = { color: ink, ...base.textStyle };
  for (const legend of [base.legend].flat().filter(Boolean)) {
    legend.textStyle = { color: ink, ...legend.textStyle };
    legend.inactiveColor ??= faint(0.35);
  }
  for (const axis of [base.xAxis, base.yAxis].flat().filter(Boolean)) {
    axis.axisLabel = { color: ink, ...axis.axisLabel };
    axis.axisLine = { ...axis.axisLine, lineStyle: { color: faint(0.5), ...axis.axisLine?.lineStyle } };
    axis.splitLine = { ...axis.splitLine, lineStyle: { color: faint(0.15), ...axis.splitLine?.lineStyle } };
    axis.nameTextStyle = { color: ink, ...axis.nameTextStyle };
  }
  return inked;
}

/** The option as built and the ink it was drawn with, per chart, to draw it again when the
 * page's ink turns out different (options are set before the element is on the page). */
const drawn = new WeakMap();

/** The value a tooltip row shows: the number itself, or, for a row of a dataset, the cell
 * of the value axis (the axis the pointer is not on). */
function rowValue(param) {
  if (!Array.isArray(param.value)) return param.value;
  const valueAxis = param.axisDim === 'x' ? 'y' : 'x';
  const dimension = param.encode?.[param.axisDim ? valueAxis : 'y']?.[0] ?? 1;
  return param.value[dimension];
}

/** ECharts' default tooltip writes its colour markers as inline `style` attributes, which a
 * strict Content-Security-Policy (`style-src 'self'`) refuses. Tooltips without a formatter of
 * their own get this one instead: the same lines, built as elements, the marker coloured
 * through the CSS object model. */
function cspSafeTooltips(option) {
  const base = option.baseOption ?? option;
  for (const tooltip of [base.tooltip].flat().filter(Boolean)) {
    if (tooltip.formatter) continue;
    const format = tooltip.valueFormatter ?? ((value) => value);
    tooltip.formatter = (params) => {
      const rows = [params].flat();
      const box = document.createElement('div');
      const heading = rows[0]?.axisValueLabel ?? (rows.length === 1 ? null : rows[0]?.name);
      if (heading) box.append(Object.assign(document.createElement('strong'), { textContent: heading }));
      for (const param of rows) {
        const value = rowValue(param);
        if (value === null || value === undefined || value === '') continue;
        const line = document.createElement('div');
        const marker = document.createElement('span');
        marker.className = 'chart-tooltip-marker';
        marker.style.backgroundColor = typeof param.color === 'string' ? param.color : '';
        const label = rows.length === 1 && !heading ? param.name || param.seriesName : param.seriesName;
        line.append(marker, `${label ?? ''} `, Object.assign(document.createElement('b'), { textContent: format(value) }));
        box.append(line);
      }
      return box;
    };
  }
  return option;
}

/** Every option goes through here before `setOption`: numbers in the page's format, ink that
 * reads on the page's background, tooltips a strict Content-Security-Policy allows. */
function prepareOption(chart, option, tag) {
  const localized = cspSafeTooltips(localizeNumbers(option, tag));
  const ink = lightInk(chart.getDom());
  drawn.set(chart, { option: localized, ink: String(ink) });
  return inkForPage(localized, ink);
}

/** Called when the chart's element changes size (first of all when it is laid out on the
 * page): draws the chart again if the page's ink is not the one it was drawn with. */
function matchPageInk(chart) {
  const last = drawn.get(chart);
  const ink = lightInk(chart.getDom());
  if (!last || last.ink === String(ink)) return;
  last.ink = String(ink);
  chart.setOption(inkForPage(last.option, ink), true);
}

globalThis.atlasCharts = { prepareOption, matchPageInk, toSvg };
