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
 * everywhere. Called by the bridge on every option; returns the option. */
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

globalThis.atlasCharts = { localizeNumbers, toSvg };
