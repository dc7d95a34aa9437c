// Comparing a baseline with another one or with the site as it is now: the two sides (kept in the
// URL), what each holds, the counts per kind, every change, and the diff as HTML or CSV to keep.
import { useQuery } from '@tanstack/react-query';
import { Field } from '../../components/Field.js';
import { Empty, QueryState } from '../../components/states.js';
import {
  baselineDiffQuery,
  baselineQuery,
  diffDownloadHref,
  type Baseline,
  type BaselineCounts,
  type DiffTarget,
} from './changes-api.js';
import { DiffChanges, DiffCounts } from './DiffChanges.js';
import { when } from './people.js';

const countsText = (c: BaselineCounts | undefined): string =>
  c
    ? `${c.zones} zones, ${c.conduits} conduits, ${c.assets} assets, ${c.compensatingControls} controls, ${c.risks} scenarios`
    : '…';

const label = (b: Baseline): string => `#${b.id} ${b.name} (${when(b.takenAt)})`;

export function DiffView({
  site,
  baselines,
  from,
  to,
  onChange,
}: {
  site: string;
  baselines: Baseline[];
  from: number;
  to: DiffTarget;
  onChange: (next: { from: number; to: DiffTarget }) => void;
}) {
  const diff = useQuery(baselineDiffQuery(site, from, to));
  const fromInfo = useQuery(baselineQuery(site, from));
  const toInfo = useQuery({ ...baselineQuery(site, typeof to === 'number' ? to : 0), enabled: to !== 'now' });

  return (
    <section className="panel diff-view" aria-labelledby="diff-title">
      <div className="panel-head">
        <h2 id="diff-title">Compare</h2>
        <span className="spacer" />
        <a className="button" href={diffDownloadHref(site, from, to, 'html')} download>
          Download HTML
        </a>
        <a className="button" href={diffDownloadHref(site, from, to, 'csv')} download>
          Download CSV
        </a>
      </div>
      <div className="diff-sides">
        <Field label="From baseline" hint={countsText(fromInfo.data?.counts)}>
          <select value={from} onChange={(e) => onChange({ from: Number(e.target.value), to })}>
            {baselines.map((b) => (
              <option key={b.id} value={b.id}>
                {label(b)}
              </option>
            ))}
          </select>
        </Field>
        <span className="arrow" aria-hidden>
          →
        </span>
        <Field label="To" hint={to === 'now' ? 'as it is at this moment' : countsText(toInfo.data?.counts)}>
          <select
            value={String(to)}
            onChange={(e) => onChange({ from, to: e.target.value === 'now' ? 'now' : Number(e.target.value) })}
          >
            <option value="now">the site now</option>
            {baselines.map((b) => (
              <option key={b.id} value={b.id}>
                {label(b)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <QueryState query={diff} what="the differences">
        {(d) =>
          d.changes.length === 0 ? (
            <Empty>No differences.</Empty>
          ) : (
            <>
              <DiffCounts diff={d} />
              <DiffChanges diff={d} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
