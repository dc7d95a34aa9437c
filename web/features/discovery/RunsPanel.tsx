// The analysis runs of the site, newest first: when, who (or the CLI), which files and what they
// held. Opening a run (?run= in the URL) shows its hosts and flows below the table.
import { useQuery } from '@tanstack/react-query';
import { Empty, QueryState } from '../../components/states.js';
import { runsQuery, type RunView } from './discovery-api.js';
import { when } from './finding-text.js';
import { RunDetailView } from './RunDetail.js';

const n = (v: number) => v.toLocaleString('en-US');
const packets = (r: RunView) => r.captures.reduce((sum, c) => sum + c.packets, 0);

function RunRow({ run, open, onOpen }: { run: RunView; open: boolean; onOpen: (id: string | undefined) => void }) {
  const s = run.summary;
  return (
    <tr className={open ? 'selected' : undefined}>
      <td className="nowrap">{when(run.createdAt)}</td>
      <td>{run.source === 'cli' ? <span className="badge">CLI</span> : (run.createdByName ?? run.createdBy ?? '—')}</td>
      <td className="mono small">{run.captures.map((c) => c.file).join(', ')}</td>
      <td className="num">{n(packets(run))}</td>
      <td className="num">
        {n(s.hosts)}
        {s.unknownHosts > 0 && <span className="muted small"> ({n(s.unknownHosts)} unknown)</span>}
      </td>
      <td className="num">
        {n(s.flows)}
        <span className="muted small"> ({n(s.identifiedFlows)} identified)</span>
      </td>
      <td className="num">
        {n(s.findings)}
        {s.newFindings > 0 && <span className="badge info">{n(s.newFindings)} new</span>}
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="link"
          aria-expanded={open}
          aria-label={`${open ? 'Close' : 'Open'} run of ${when(run.createdAt)}`}
          onClick={() => onOpen(open ? undefined : run.id)}
        >
          {open ? 'Close' : 'Open'}
        </button>
      </td>
    </tr>
  );
}

export function RunsPanel({
  site,
  openRun,
  onOpen,
}: {
  site: string;
  openRun: string | undefined;
  onOpen: (id: string | undefined) => void;
}) {
  const runs = useQuery(runsQuery(site));
  return (
    <section className="panel" aria-labelledby="runs-title">
      <div className="panel-head">
        <h2 id="runs-title">Analysis runs</h2>
        <span className="muted small">uploads here and `c981 discover --site` runs from the command line</span>
      </div>
      <QueryState query={runs} what="the runs">
        {(list) =>
          list.length === 0 ? (
            <Empty>No captures analysed yet for this site.</Empty>
          ) : (
            <table className="data discovery-runs" aria-label="Analysis runs">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>By</th>
                  <th>Files</th>
                  <th className="num">Packets</th>
                  <th className="num">Hosts</th>
                  <th className="num">Flows</th>
                  <th className="num">Findings</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <RunRow key={r.id} run={r} open={r.id === openRun} onOpen={onOpen} />
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      {openRun && <RunDetailView site={site} run={openRun} onClose={() => onOpen(undefined)} />}
    </section>
  );
}
