// The register panel of the risk page: the list, adding a scenario, deleting one (with a reason on
// regulated sites). Writes refresh every view of the site (invalidateSite).
import { useState } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { Cancelled, usePrompt, useReason } from '../../components/Dialogs.js';
import { ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import type { LevelStyle } from './risk-colors.js';
import { RiskRegister } from './RiskRegister.js';
import { createRisk, deleteRisk, withdrawAcceptance, type RiskView } from './risks-api.js';
import { ScenarioDialog } from './ScenarioDialog.js';
import { AcceptRiskDialog } from './AcceptRiskDialog.js';

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
  const [adding, setAdding] = useState(false);
  const { busy, error, setError, run } = useSubmit();

  const add = (doc: ThreatScenarioDoc) =>
    run(async () => {
      const reason = await askReason(info.data, `add threat scenario ${doc.id}`);
      await createRisk(site, doc, reason);
      setAdding(false);
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
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add scenario
          </button>
        )}
      </div>
      {!adding && error !== null && <ErrorBox error={error} />}
      <QueryState query={risks} what="the risk register">
        {(list) => (
          <RiskRegister
            site={site}
            risks={list}
            styles={styles}
            canEdit={canEdit}
            canAccept={canAccept}
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
      {adding && (
        <ScenarioDialog
          site={site}
          matrix={matrix}
          busy={busy}
          error={error}
          onSubmit={(doc) => void add(doc)}
          onCancel={() => {
            setAdding(false);
            setError(null);
          }}
        />
      )}
    </section>
  );
}
