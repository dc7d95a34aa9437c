// The register panel of the risk page: the list with its filters from the URL, adding, editing and
// deleting a scenario (with a reason on regulated sites, since scenarios are the basis of SL-T).
// Writes refresh every view of the site (invalidateSite).
import { useCallback, useState } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { Cancelled, usePrompt, useReason } from '../../components/Dialogs.js';
import { ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import type { LevelStyle } from './risk-colors.js';
import { RiskRegister } from './RiskRegister.js';
import { createRisk, deleteRisk, updateRisk, withdrawAcceptance, type RiskView } from './risks-api.js';
import { ScenarioDialog, type ScenarioSubmission } from './ScenarioDialog.js';
import { AcceptRiskDialog } from './AcceptRiskDialog.js';
import type { RiskSearch } from './search.js';

const route = getRouteApi('/app/sites/$site/risk');

export function RiskRegisterPanel({
  site,
  matrix,
  styles,
  risks,
}: {
  site: string;
  matrix: RiskMatrix;
  styles: Map<string, LevelStyle>;
  risks: UseQueryResult<RiskView[]>;
}) {
  const canEdit = useCan('risk.update', site);
  const canAccept = useCan('riskAssessment.approve', site);
  const [accepting, setAccepting] = useState<RiskView | null>(null);
  const info = useQuery(siteQuery(site));
  const queryClient = useQueryClient();
  const askReason = useReason();
  const prompt = usePrompt();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearch = useCallback(
    (next: Partial<RiskSearch>) =>
      // Replace, not push: filtering is not a step the back button should replay.
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  /** The scenario being edited, 'new' while adding, null when the dialog is closed. */
  const [editing, setEditing] = useState<RiskView | 'new' | null>(null);
  const { busy, error, setError, run } = useSubmit();

  const save = (s: ScenarioSubmission) =>
    run(async () => {
      if (s.kind === 'add') {
        await createRisk(site, s.doc, await askReason(info.data, `add threat scenario ${s.doc.id}`));
      } else {
        await updateRisk(site, s.id, s.patch, await askReason(info.data, `change threat scenario ${s.id}`));
      }
      setEditing(null);
      await invalidateSite(queryClient, site);
    });
  const remove = async (r: RiskView) => {
    const ok = await prompt({ title: `Delete scenario ${r.id}?`, submitLabel: 'Delete', danger: true });
    if (!ok) return;
    try {
      await deleteRisk(site, r.id, await askReason(info.data, `delete threat scenario ${r.id}`));
      await invalidateSite(queryClient, site);
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
    }
  };
  const withdraw = async (r: RiskView) => {
    const ok = await prompt({ title: `Withdraw the acceptance of ${r.id}?`, submitLabel: 'Withdraw', danger: true });
    if (!ok) return;
    try {
      await withdrawAcceptance(site, r.id, await askReason(info.data, `withdraw risk acceptance of ${r.id}`));
      await invalidateSite(queryClient, site);
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
    }
  };

  return (
    <section className="panel risk-register" aria-labelledby="register-title">
      <div className="panel-head">
        <h2 id="register-title">Risk register</h2>
        <span className="muted small">threat scenarios (IEC 62443-3-2 ZCR 5), worst first</span>
        <span className="spacer" />
        {canEdit && (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add scenario
          </button>
        )}
      </div>
      {!editing && error !== null && <ErrorBox error={error} />}
      <QueryState query={risks} what="the risk register">
        {(list) => (
          <RiskRegister
            site={site}
            risks={list}
            styles={styles}
            canEdit={canEdit}
            canAccept={canAccept}
            search={search}
            onSearch={onSearch}
            onEdit={setEditing}
            onDelete={(r) => void remove(r)}
            onAccept={setAccepting}
            onWithdraw={(r) => void withdraw(r)}
          />
        )}
      </QueryState>
      {accepting && (
        <AcceptRiskDialog
          site={site}
          regulated={info.data?.regulated ?? false}
          risk={accepting}
          onDone={() => setAccepting(null)}
        />
      )}
      {editing && (
        <ScenarioDialog
          // A fresh form for each scenario opened.
          key={editing === 'new' ? '' : editing.id}
          site={site}
          matrix={matrix}
          existing={editing === 'new' ? null : editing}
          busy={busy}
          error={error}
          onSubmit={(s) => void save(s)}
          onCancel={() => {
            setEditing(null);
            setError(null);
          }}
        />
      )}
    </section>
  );
}
