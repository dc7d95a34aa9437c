// The asset owner's sign-off of the assessment (IEC 62443-3-2 ZCR 7): always an electronic
// signature — password entered again and a stated meaning, recorded with the printed name, the time
// and the hash of the signed version (21 CFR Part 11 §11.50, §11.200(a)). The server refuses the
// last editor (separation of duties) and wrong passwords; both show here, the dialog stays open.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateSite } from '../../api/queries.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { SignatureFields } from '../../components/SignatureFields.js';
import { approveAssessment, assessmentQuery, type Assessment } from './assessment-api.js';

const MEANINGS = [
  { value: 'approved', hint: 'I accept this risk assessment as the asset owner.' },
  { value: 'reviewed', hint: 'I have reviewed this risk assessment.' },
] as const;

export function ApproveAssessmentDialog({
  site,
  regulated,
  answer,
  onDone,
}: {
  site: string;
  regulated: boolean;
  answer: Assessment;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [meaning, setMeaning] = useState<string>('approved');
  const [reason, setReason] = useState('');
  const approve = useMutation({
    mutationFn: () => approveAssessment(site, { password, meaning }, regulated ? reason.trim() : undefined),
    onSuccess: async (next) => {
      queryClient.setQueryData(assessmentQuery(site).queryKey, next);
      await invalidateSite(queryClient, site);
      onDone();
    },
    // A wrong password must be typed again, never resent.
    onError: () => setPassword(''),
  });
  return (
    <Modal
      title={`Sign risk assessment version ${answer.version}`}
      submitLabel="Sign and approve"
      onCancel={onDone}
      onSubmit={() => approve.mutate()}
      busy={approve.isPending}
      invalid={password === '' || (regulated && reason.trim() === '')}
      error={approve.error}
    >
      <div className="modal-summary">
        <dl>
          <dt>Site</dt>
          <dd className="mono">{site}</dd>
          <dt>Version</dt>
          <dd>{answer.version}</dd>
          <dt>Last change</dt>
          <dd>
            {answer.updatedBy ?? '–'} {answer.updatedAt?.slice(0, 16).replace('T', ' ')}
          </dd>
        </dl>
      </div>
      {regulated && (
        <Field label="Reason" required hint="This site is regulated: the reason is kept in the audit trail.">
          <textarea rows={2} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      <SignatureFields
        meanings={MEANINGS}
        meaning={meaning}
        onMeaning={setMeaning}
        password={password}
        onPassword={setPassword}
      />
    </Modal>
  );
}
