// The SL-T a zone's threat scenarios call for (IEC 62443-3-2 ZCR 5), beside its current SL-T, with
// the reason for every FR; a user who may change the zone adopts it with a rationale.
import { useState } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api } from '../../api/client.js';
import { invalidateSite, siteQuery, sitePath } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { Cancelled, usePrompt, useReason } from '../../components/Dialogs.js';
import { SlChip } from '../../components/Sl.js';
import { ErrorBox, QueryState } from '../../components/states.js';

interface Recommendation {
  current: (number | null)[] | null;
  recommendation: {
    vector: (number | null)[];
    frs: { fr: number; sl: number | null; scenarios: string[]; reason: string }[];
    warnings?: string[];
  };
  comparison: { fr: number; current: number | null; recommended: number | null; delta: number | null }[];
  matrix: { source: string };
}

const recommendationQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'slt-recommendation', zone],
    queryFn: ({ signal }) => api<Recommendation>(sitePath(site, 'zones', zone, 'slt-recommendation'), { signal }),
  });

export function SltRecommendation({ site, zone }: { site: string; zone: string }) {
  const query = useQuery(recommendationQuery(site, zone));
  const canAdopt = useCan('zone.update', site);
  const info = useQuery(siteQuery(site));
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const askReason = useReason();
  const [error, setError] = useState<unknown>(null);

  const adopt = async () => {
    const values = await prompt({
      title: 'Adopt the recommended SL-T',
      message: 'The zone takes the recommended SL-T; the rationale replaces the zone’s current one.',
      fields: [{ name: 'rationale', label: 'Rationale', type: 'textarea', required: true }],
      submitLabel: 'Adopt',
    });
    if (!values) return;
    setError(null);
    try {
      const reason = await askReason(info.data, 'adopt the recommended SL-T');
      await api(sitePath(site, 'zones', zone, 'slt-recommendation', 'adopt'), {
        method: 'POST',
        body: { rationale: values.rationale },
        reason,
      });
      await invalidateSite(queryClient, site);
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
    }
  };

  return (
    <QueryState query={query} what="the SL-T recommendation">
      {(r) => {
        const assessed = r.recommendation.vector.some((v) => v !== null);
        const differs = r.comparison.some((c) => c.recommended !== null && c.delta !== 0);
        return (
          <div className="slt-recommendation">
            {!assessed ? (
              <p className="muted">
                No threat scenario targets this zone yet: add them in the{' '}
                <Link to="/sites/$site/risk" params={{ site }}>
                  risk register
                </Link>
                .
              </p>
            ) : (
              <>
                <table className="data" aria-label="SL-T recommendation">
                  <thead>
                    <tr>
                      <th>FR</th>
                      <th>Current</th>
                      <th>Recommended</th>
                      <th>Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.recommendation.frs.map((f) => (
                      <tr key={f.fr}>
                        <td>FR {f.fr}</td>
                        <td>
                          <SlChip value={r.comparison[f.fr - 1]?.current ?? null} />
                        </td>
                        <td>
                          <SlChip value={f.sl} />
                        </td>
                        <td className="small">{f.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {error !== null && <ErrorBox error={error} />}
                {canAdopt && differs && (
                  <button type="button" className="primary" onClick={() => void adopt()}>
                    Adopt recommended SL-T…
                  </button>
                )}
              </>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
