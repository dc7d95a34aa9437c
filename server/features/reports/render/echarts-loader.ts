// echarts for server-side SVG, loaded on first use and only the parts the report charts draw:
// the full bundle takes about three times as long to load, which a one-shot `c981 report` pays.
import type * as EChartsCore from 'echarts/core';

/** Each of these modules installs one chart or component when imported (echarts 6 `lib/`). */
const PARTS = [
  'echarts/lib/chart/bar.js',
  'echarts/lib/chart/heatmap.js',
  'echarts/lib/chart/line.js',
  'echarts/lib/component/grid.js',
  'echarts/lib/component/legend.js',
  'echarts/lib/component/visualMap.js',
];
/** The SVG renderer exports its installer instead. */
const SVG_RENDERER: string = 'echarts/lib/renderer/installSVGRenderer.js';

type Installer = Parameters<typeof EChartsCore.use>[0];

let loaded: Promise<typeof EChartsCore> | undefined;

export function echarts(): Promise<typeof EChartsCore> {
  loaded ??= (async () => {
    // Specifiers held in variables: echarts ships no type declarations for its lib/ modules.
    const [core, svg] = await Promise.all([
      import('echarts/core'),
      import(SVG_RENDERER) as Promise<{ install: Installer }>,
      ...PARTS.map((part) => import(part) as Promise<unknown>),
    ]);
    core.use(svg.install);
    return core;
  })();
  return loaded;
}
