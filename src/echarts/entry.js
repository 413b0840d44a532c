// Entry of the app's own ECharts build: only the chart types, components and renderer the
// app uses, bundled by esbuild from the npm package into target/js/echarts.min.js and exposed
// as the global `echarts` that src/echarts/bridge.rs binds to.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, LinesChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, GeoComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, LinesChart, MapChart, ScatterChart, AriaComponent, GeoComponent, GridComponent,
  LegendComponent, TitleComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer,
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

globalThis.atlasCharts = { localizeNumbers };
