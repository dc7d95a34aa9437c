// The site's risk page (issue #6): the risk matrix the site's risks are rated on — its own, the
// organization's or the built-in default — with the tolerable-risk line. Site-admins adjust a
// cell's level or the line; the server checks the matrix stays coherent and audits the change.
import { useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import { siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { usePrompt, useReason } from '../../components/Dialogs.js';
import { useSubmit } from '../../components/useSubmit.js';
import { SiteNav } from '../../components/SiteNav.js';
import { ErrorBox, QueryState } from '../../components/states.js';
import { ScaleTables } from './ConsequenceTable.js';
import { MatrixGrid, type Cell } from './MatrixGrid.js';
import { levelStyles } from './risk-colors.js';
import { resetSiteMatrix, saveSiteMatrix, siteMatrixQuery, type MatrixAnswer } from './risk-api.js';
import { RiskRegisterPanel } from './RiskRegisterPanel.js';
import { scenarioMarkers, type MarkerView } from './markers.js';
import { risksQuery } from './risks-api.js';
import './risk.css';

const route = getRouteApi('/app/sites/$site/risk');

const SOURCE_LABEL: Record<MatrixAnswer['source'], string> = {
  default: 'built-in default',
  organization: "the organization's matrix",
  site: "this site's own matrix",
};

export function RiskPage() {
  const { site } = route.useParams();
  const matrix = useQuery(siteMatrixQuery(site));
  return (
    <div className="risk-page">
      <SiteNav site={site} title="Risk" />
      <QueryState query={matrix} what="the risk matrix">
        {(answer) => <MatrixEditor site={site} answer={answer} />}
      </QueryState>
    </div>
  );
}

function MatrixEditor({ site, answer }: { site: string; answer: MatrixAnswer }) {
  const canEdit = useCan('riskMatrix.update', site);
  const queryClient = useQueryClient();
  const info = useQuery(siteQuery(site));
  const askReason = useReason();
  const prompt = usePrompt();
  const [draft, setDraft] = useState<RiskMatrix>(answer.matrix);
  const [view, setView] = useState<MarkerView>('before');
  const risks = useQuery(risksQuery(site));
  const markers = useMemo(() => scenarioMarkers(risks.data ?? [], view), [risks.data, view]);
  const [selected, setSelected] = useState<Cell | null>(null);
  const submit = useSubmit();
  const { busy, error } = submit;
  useEffect(() => setDraft(answer.matrix), [answer.matrix]);
  const styles = useMemo(() => levelStyles(draft), [draft]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(answer.matrix);

  const run = (what: string, write: (reason: string | undefined) => Promise<MatrixAnswer>) =>
    submit.run(async () => {
      const reason = await askReason(info.data, what);
      queryClient.setQueryData(siteMatrixQuery(site).queryKey, await write(reason));
      setSelected(null);
    });
  const setCell = (level: string) => {
    if (!selected) return;
    const cells = draft.cells.map((row) => [...row]);
    const row = cells[selected.likelihood - 1];
    if (row) row[selected.consequence - 1] = level;
    setDraft({ ...draft, cells });
  };
  const reset = async () => {
    const ok = await prompt({
      title: 'Use the organization matrix?',
      message: "This site's own matrix is removed; its risks are rated on the organization's matrix again.",
      submitLabel: 'Remove own matrix',
      danger: true,
    });
    if (ok) await run("remove this site's own risk matrix", (reason) => resetSiteMatrix(site, reason));
  };
  const selectedLevel = selected ? draft.cells[selected.likelihood - 1]?.[selected.consequence - 1] : undefined;

  return (
    <div className="risk-layout">
      <section className="panel" aria-labelledby="matrix-title">
        <div className="panel-head">
          <h2 id="matrix-title">Risk matrix</h2>
          <span className={`badge ${answer.source === 'site' ? 'info' : ''}`}>{SOURCE_LABEL[answer.source]}</span>
          {answer.updatedAt && <span className="muted small">changed {answer.updatedAt.slice(0, 10)}</span>}
          <span className="spacer" />
          {(risks.data?.length ?? 0) > 0 && (
            <span className="risk-view-toggle" role="group" aria-label="Scenarios on the matrix">
              {(['before', 'after'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                  {v === 'before' ? 'Before treatment' : 'After countermeasures'}
                </button>
              ))}
            </span>
          )}
        </div>
        <p className="muted small">
          Risks above the line ({styles.get(draft.tolerableRisk)?.name ?? draft.tolerableRisk} and below is tolerable)
          need treatment; the SL-T recommendation counts only scenarios above it.
        </p>
        <MatrixGrid
          matrix={draft}
          styles={styles}
          selected={selected}
          markers={markers}
          {...(canEdit ? { onSelect: setSelected } : {})}
        />
        <div className="risk-legend">
          {draft.riskLevels.map((r) => (
            <span key={r.id} title={r.description}>
              <span className="swatch" style={{ background: styles.get(r.id)?.background }} /> {r.name}
              {r.id === draft.tolerableRisk && <strong> ← tolerable line</strong>}
            </span>
          ))}
        </div>
      </section>
      {canEdit && (
        <aside className="panel risk-edit" aria-labelledby="edit-title">
          <h2 id="edit-title">Adjust for this site</h2>
          <label className="field">
            <span>Highest tolerable risk</span>
            <select value={draft.tolerableRisk} onChange={(e) => setDraft({ ...draft, tolerableRisk: e.target.value })}>
              {draft.riskLevels.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          {selected ? (
            <label className="field">
              <span>
                Risk of {draft.likelihood[selected.likelihood - 1]?.name} ×{' '}
                {draft.consequence[selected.consequence - 1]?.name}
              </span>
              <select value={selectedLevel} onChange={(e) => setCell(e.target.value)}>
                {draft.riskLevels.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="muted small">Select a cell to change its risk level.</p>
          )}
          {error !== null && <ErrorBox error={error} />}
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={!dirty || busy}
              onClick={() =>
                void run("change this site's risk matrix", (reason) => saveSiteMatrix(site, draft, reason))
              }
            >
              Save as this site&apos;s matrix
            </button>
            <button type="button" disabled={!dirty || busy} onClick={() => setDraft(answer.matrix)}>
              Discard
            </button>
            {answer.source === 'site' && answer.abilities.includes('delete') && (
              <button type="button" disabled={busy} onClick={() => void reset()}>
                Use organization matrix
              </button>
            )}
          </div>
        </aside>
      )}
      <RiskRegisterPanel site={site} matrix={answer.matrix} styles={styles} risks={risks} />
      <section className="panel risk-scales" aria-label="Scales">
        <ScaleTables matrix={draft} />
      </section>
    </div>
  );
}
