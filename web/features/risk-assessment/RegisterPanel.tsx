// ZCR 5: the detailed risk assessment is the site's risk register (threat scenarios with their
// likelihood, consequence and countermeasures, IEC 62443-3-2 ZCR 5.x); this step links to it.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { risksQuery } from '../risk/risks-api.js';
import type { Assessment } from './assessment-api.js';
import { StepForm } from './StepForm.js';

export function RegisterPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  const risks = useQuery(risksQuery(site));
  const intolerable = answer.computed.zcr4.filter((r) => r.tolerable === false).map((r) => r.zone);
  return (
    <StepForm site={site} answer={answer} step="zcr5" canEdit={canEdit}>
      <p>
        {risks.error ? (
          <span className="muted">The scenarios could not be counted.</span>
        ) : (
          <strong>{risks.data === undefined ? '…' : risks.data.length}</strong>
        )}{' '}
        threat scenarios in the{' '}
        <Link to="/sites/$site/risk" params={{ site }}>
          risk register
        </Link>
        .
      </p>
      {intolerable.length > 0 && (
        <p className="small">
          Zones above the tolerable risk (ZCR 4): <span className="mono">{intolerable.join(', ')}</span>
        </p>
      )}
    </StepForm>
  );
}
