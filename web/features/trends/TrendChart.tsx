// An ECharts host for the trend charts. Its own module, loaded lazily by the panels, so ECharts
// stays out of the page chunks; only the pieces used are registered, with the SVG renderer
// (small, and works in tests), as the zone page's SL chart does.
import { useEffect, useRef } from 'react';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerECharts, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { TrendChartOption } from './trend-chart-option.js';

registerECharts([LineChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, SVGRenderer]);

export function TrendChart({
  option,
  height,
  label,
  ready,
}: {
  option: TrendChartOption;
  height: number;
  /** What the chart shows, for screen readers. */
  label: string;
  /** data-ready marker for tests and benchmarks. */
  ready: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    // Fall back to a width when the element is not laid out yet (tests, hidden tabs).
    const instance = init(el, undefined, { renderer: 'svg', width: el.clientWidth || 720, height });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (el.clientWidth > 0) instance.resize({ width: el.clientWidth, height });
          });
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    // notMerge: a new scope or window replaces every series, none lingers from the last one.
    chart.current?.setOption(option, { notMerge: true });
  }, [option, height]);

  return <div ref={host} className="trend-chart" data-ready={ready} role="img" aria-label={label} style={{ height }} />;
}
