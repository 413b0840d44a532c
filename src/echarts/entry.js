// Entry of the app's own ECharts build: only the chart types, components and renderer the
// app uses, bundled by esbuild from the npm package into target/js/echarts.min.js and exposed
// as the global `echarts` that src/echarts/bridge.rs binds to.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

globalThis.echarts = echarts;
