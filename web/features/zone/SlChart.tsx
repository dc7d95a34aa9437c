// The zone's SL chart. Its own module (loaded lazily by the page) so ECharts stays out of the page
// chunk; only the pieces used are registered, with the SVG renderer (small, and works in tests).
import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerECharts, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { FRS } from '../../components/sl-scale.js';
import { buildSlChartOption, type SlChartInput } from './sl-chart-option.js';

registerECharts([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

const HEIGHT = 260;

const vectorText = (v: readonly (number | null)[] | null): string =>
  v ? FRS.map((fr) => v[fr - 1] ?? '–').join(', ') : 'not set';

export function SlChart({ evaluation }: { evaluation: SlChartInput }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    // Fall back to a width when the element is not laid out yet (tests, hidden tabs).
    const instance = init(el, undefined, { renderer: 'svg', width: el.clientWidth || 560, height: HEIGHT });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (el.clientWidth > 0) instance.resize({ width: el.clientWidth, height: HEIGHT });
          });
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(buildSlChartOption(evaluation));
  }, [evaluation]);

  const summary =
    `Security levels per FR 1 to 7. SL-T: ${vectorText(evaluation.slTarget)}. ` +
    `SL-C: ${vectorText(evaluation.slCapability)}. SL-A: ${vectorText(evaluation.slAchieved)}.`;
  return (
    <div
      ref={host}
      className="zone-chart"
      data-ready="zone-chart"
      role="img"
      aria-label={summary}
      style={{ height: HEIGHT }}
    />
  );
}
