// The site's risk assessment (issue #6, IEC 62443-3-2 ZCR 1–7): its status and approval on top,
// the seven steps down the side, and the open step's panel. Assessors (risk.update) fill in the
// steps; approvers sign ZCR 7. When the model changed materially since the approval, the changes
// are listed first: they are why a re-assessment is due.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ZcrStep } from '../../../core/iec62443/risk/assessment.js';
import { useCan, useMe } from '../../auth/session.js';
import { SiteNav } from '../../components/SiteNav.js';
import { QueryState } from '../../components/states.js';
import { assessmentQuery, type Assessment, type AssessmentStatus } from './assessment-api.js';
import { ApprovalPanel } from './ApprovalPanel.js';
import { ChangesList } from './ChangesList.js';
import { ComparisonPanel } from './ComparisonPanel.js';
import { CrsPanel } from './CrsPanel.js';
import { FindingsPanel } from './FindingsPanel.js';
import { InitialRiskPanel } from './InitialRiskPanel.js';
import { LastApproval } from './LastApproval.js';
import { RegisterPanel } from './RegisterPanel.js';
import { StepList } from './StepList.js';
import { SucPanel } from './SucPanel.js';
import './risk-assessment.css';

const route = getRouteApi('/app/sites/$site/risk-assessment');

const STATUS_BADGE: Record<AssessmentStatus, string> = {
  draft: 'info',
  approved: 'ok',
  'needs-reassessment': 'danger',
};

const PANELS: Record<ZcrStep, typeof SucPanel> = {
  zcr1: SucPanel,
  zcr2: InitialRiskPanel,
  zcr3: FindingsPanel,
  zcr4: ComparisonPanel,
  zcr5: RegisterPanel,
  zcr6: CrsPanel,
  zcr7: ApprovalPanel,
};

export function RiskAssessmentPage() {
  const { site } = route.useParams();
  const { step = 'zcr1' } = route.useSearch();
  const assessment = useQuery(assessmentQuery(site));
  return (
    <div className="ra-page">
      <SiteNav site={site} title="Risk assessment" />
      <QueryState query={assessment} what="the risk assessment">
        {(answer) => <AssessmentView site={site} answer={answer} step={step} />}
      </QueryState>
    </div>
  );
}

function AssessmentView({ site, answer, step }: { site: string; answer: Assessment; step: ZcrStep }) {
  const canEdit = useCan('risk.update', site) && answer.abilities.includes('update');
  const me = useMe();
  const Panel = PANELS[step];
  return (
    <>
      <div className="panel ra-header">
        <span className={`badge ${STATUS_BADGE[answer.status]}`} aria-label={`Status ${answer.status}`}>
          {answer.status}
        </span>
        <span>
          Version <strong>{answer.version}</strong>
        </span>
        {answer.updatedAt && (
          <span className="muted small">
            changed {answer.updatedAt.slice(0, 16).replace('T', ' ')} UTC by{' '}
            {answer.updatedBy === me.id ? 'you' : <span className="mono">{answer.updatedBy}</span>}
          </span>
        )}
        <span className="spacer" />
        <LastApproval approval={answer.lastApproval} />
      </div>
      {answer.status === 'needs-reassessment' && <ChangesList changes={answer.changes} />}
      <div className="ra-layout">
        <StepList site={site} answer={answer} open={step} />
        {/* Keyed by version: a saved change (here or elsewhere) resets the panel's draft to what is stored. */}
        <Panel key={`${step}:${answer.version}`} site={site} answer={answer} canEdit={canEdit} />
      </div>
    </>
  );
}
