// ZCR 7: the asset owner approves the assessment (IEC 62443-3-2 ZCR 7.1) with an e-signature.
// Offered only to approvers, and only while the current version is not approved yet.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import type { Assessment } from './assessment-api.js';
import { ApproveAssessmentDialog } from './ApproveAssessmentDialog.js';
import { LastApproval } from './LastApproval.js';
import { StepForm } from './StepForm.js';

export function ApprovalPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  const canApprove = useCan('riskAssessment.approve', site) && answer.abilities.includes('approve');
  const info = useQuery(siteQuery(site));
  const [open, setOpen] = useState(false);
  const pending = answer.version > 0 && answer.lastApproval?.version !== answer.version;
  return (
    <>
      <StepForm
        site={site}
        answer={answer}
        step="zcr7"
        canEdit={canEdit}
        after={
          canApprove && (
            <div className="toolbar">
              {pending ? (
                <button type="button" className="primary" onClick={() => setOpen(true)}>
                  Approve
                </button>
              ) : (
                <span className="muted small">
                  {answer.version === 0
                    ? 'Nothing to approve yet.'
                    : answer.status === 'needs-reassessment'
                      ? 'Re-assess the changes listed above; the new version can then be signed.'
                      : `Version ${answer.version} is approved.`}
                </span>
              )}
            </div>
          )
        }
      >
        <LastApproval approval={answer.lastApproval} />
      </StepForm>
      {open && (
        <ApproveAssessmentDialog
          site={site}
          regulated={info.data?.regulated ?? false}
          answer={answer}
          onDone={() => setOpen(false)}
        />
      )}
    </>
  );
}
