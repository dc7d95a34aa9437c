// The baselines view: every frozen snapshot of the site (taken on demand or at each approval),
// taking one now, and comparing two of them or one with the site as it is. Without a choice in
// the URL the newest baseline is compared with now: "what changed since the last baseline".
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { usePrompt, useReason } from '../../components/Dialogs.js';
import { Empty, ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import { baselinesQuery, takeBaseline, type Baseline, type DiffTarget } from './changes-api.js';
import { DiffView } from './DiffView.js';
import { usePersonName, when } from './people.js';

const route = getRouteApi('/app/sites/$site/changes');

const TRIGGER_LABEL: Record<string, string> = {
  manual: 'on demand',
  'change-request': 'change request applied',
  'risk-assessment': 'risk assessment approved',
  'control-approval': 'control approved',
};

export function BaselinesTab({ site }: { site: string }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const baselines = useQuery(baselinesQuery(site));
  const compare = (next: { from: number; to: DiffTarget }) =>
    void navigate({ search: (prev) => ({ ...prev, base: next.from, against: next.to }), replace: true });

  return (
    <QueryState query={baselines} what="baselines">
      {(list) => {
        const from = search.base ?? list[0]?.id;
        return (
          <>
            <BaselineList site={site} baselines={list} from={from} to={search.against ?? 'now'} onCompare={compare} />
            {from !== undefined && (
              <DiffView site={site} baselines={list} from={from} to={search.against ?? 'now'} onChange={compare} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function BaselineList({
  site,
  baselines,
  from,
  to,
  onCompare,
}: {
  site: string;
  baselines: Baseline[];
  from: number | undefined;
  to: DiffTarget;
  onCompare: (next: { from: number; to: DiffTarget }) => void;
}) {
  const canTake = useCan('baseline.create', site);
  const name = usePersonName(site);
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const askReason = useReason();
  const info = useQuery(siteQuery(site));
  const { busy, error, run } = useSubmit();
  const take = () =>
    run(async () => {
      const values = await prompt({
        title: 'Take a baseline',
        message: 'A frozen copy of the whole site model as it is now, to compare later changes against.',
        fields: [
          {
            name: 'name',
            label: 'Name',
            required: true,
            defaultValue: `Baseline ${new Date().toISOString().slice(0, 10)}`,
          },
          { name: 'description', label: 'Description', type: 'textarea' },
        ],
        submitLabel: 'Take baseline',
      });
      if (!values) return;
      const description = values.description?.trim();
      const made = await takeBaseline(
        site,
        { name: values.name?.trim() ?? '', ...(description ? { description } : {}) },
        await askReason(info.data, 'take a baseline'),
      );
      await invalidateSite(queryClient, site);
      onCompare({ from: made.id, to: 'now' });
    });

  return (
    <section className="panel" aria-labelledby="baselines-title">
      <div className="panel-head">
        <h2 id="baselines-title">Baselines</h2>
        <span className="muted small">frozen snapshots of the site model, newest first</span>
        <span className="spacer" />
        {canTake && (
          <button type="button" className="primary" disabled={busy} onClick={() => void take()}>
            Take baseline
          </button>
        )}
      </div>
      {error !== null && <ErrorBox error={error} />}
      {baselines.length === 0 ? (
        <Empty>No baselines yet: one is taken when a change request is applied, or take one now.</Empty>
      ) : (
        <div className="baseline-scroll">
          <table className="data baseline-list" aria-label="Baselines">
            <thead>
              <tr>
                <th className="num">#</th>
                <th>Name</th>
                <th>Taken</th>
                <th>By</th>
                <th>Why</th>
                <th className="num">Revision</th>
                <th>Content hash</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {baselines.map((b) => (
                <tr key={b.id} className={b.id === from ? 'selected' : undefined}>
                  <td className="num muted">{b.id}</td>
                  <td>
                    {b.name}
                    {b.description && <div className="muted small">{b.description}</div>}
                  </td>
                  <td className="nowrap">{when(b.takenAt)}</td>
                  <td>{name(b.takenBy)}</td>
                  <td>
                    {b.trigger === 'change-request' && b.ref ? (
                      <Link
                        to="/sites/$site/changes"
                        params={{ site }}
                        search={{ cr: Number(b.ref) }}
                        title={`Open change request ${b.ref}`}
                      >
                        change request {b.ref} applied
                      </Link>
                    ) : (
                      (TRIGGER_LABEL[b.trigger] ?? b.trigger)
                    )}
                  </td>
                  <td className="num">{b.revision}</td>
                  <td className="mono" title={b.contentHash}>
                    {b.contentHash.slice(0, 12)}
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="link"
                      aria-label={`Compare baseline ${b.id} with now`}
                      disabled={b.id === from && to === 'now'}
                      onClick={() => onCompare({ from: b.id, to: 'now' })}
                    >
                      compare with now
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
