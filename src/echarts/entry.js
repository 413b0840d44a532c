// Entry of the app's own ECharts build: only the chart types, components and renderers the
// app uses, bundled by esbuild from the npm package into target/js/echarts.min.js and exposed
// as the global `echarts` that src/echarts/bridge.rs binds to.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, LinesChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, GeoComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, LinesChart, MapChart, ScatterChart, AriaComponent, GeoComponent, GridComponent,
  LegendComponent, TitleComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer,
  SVGRenderer,
]);

globalThis.echarts = echarts;

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
  const chart = echarts.getInstanceByDom(element);
  if (!chart) throw new Error('no chart on this element');
  const copy = echarts.init(null, null, {
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

/** The text colour of the page around `element` as [r, g, b] when it is light (a dark page,
 * e.g. a dark embed); null on a light page or before the element is on the page. */
function lightInk(element) {
  if (!element.isConnected) return null;
  const [r, g, b] = (getComputedStyle(element).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? [r, g, b] : null;
}

/** On a dark page, text and lines take the page's own text colour: the chart's ink is
 * replaced wherever the option sets it, and axes, grid lines and legends that keep ECharts'
 * defaults get that colour, fainter for lines. Light pages keep the option as built. */
function inkForPage(option, rgb) {
  if (!rgb) return option;
  const [r, g, b] = rgb;
  const ink = `rgb(${r}, ${g}, ${b})`;
  const faint = (alpha) => `rgba(${r}, ${g}, ${b}, ${alpha})`;
  const recolour = (value) => {
    if (value === INK) return ink;
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

/** Every option goes through here before `setOption`: numbers in the page's format, ink that
 * reads on the page's background. */
function prepareOption(chart, option, tag) {
  const localized = localizeNumbers(option, tag);
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
