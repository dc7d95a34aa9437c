// Approving a compensating control. On a regulated (GxP) site the approval is an electronic
// signature: the signer re-enters their password and states its meaning; the server records the
// printed name, date and time and meaning with the hash of what was signed (21 CFR Part 11 §11.50,
// §11.200(a)) and refuses anyone approving their own control (separation of duties).
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateSite } from '../../api/queries.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { SignatureFields } from '../../components/SignatureFields.js';
import { approveControl, type Control } from './controls-api.js';

/** The meanings the server accepts (control-approval.service.ts SIGNATURE_MEANINGS). */
const MEANINGS = [
  { value: 'approved', hint: 'I accept this control in place of the listed requirements.' },
  { value: 'reviewed', hint: 'I have reviewed this control and approve it.' },
] as const;

export function ApproveDialog({
  site,
  regulated,
  control,
  onDone,
}: {
  site: string;
  regulated: boolean;
  control: Control;
  onDone: (approved: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [meaning, setMeaning] = useState<string>('approved');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState(control.expires?.slice(0, 10) ?? '');
  const approve = useMutation({
    mutationFn: () =>
      approveControl(site, control.id, {
        ...(expires && expires !== control.expires?.slice(0, 10) ? { expires } : {}),
        ...(regulated ? { signature: { password, meaning }, reason: reason.trim() } : {}),
      }),
    onSuccess: async () => {
      await invalidateSite(queryClient, site);
      onDone(true);
    },
    // A wrong password must be typed again, never resent.
    onError: () => setPassword(''),
  });
  const invalid = regulated && (password === '' || reason.trim() === '');

  return (
    <Modal
      title={regulated ? `Sign approval of ${control.id}` : `Approve ${control.id}`}
      submitLabel={regulated ? 'Sign and approve' : 'Approve'}
      onCancel={() => onDone(false)}
      onSubmit={() => approve.mutate()}
      busy={approve.isPending}
      invalid={invalid}
      error={approve.error}
    >
      <div className="modal-summary">
        <dl>
          <dt>Control</dt>
          <dd className="mono">{control.id}</dd>
          <dt>Scope</dt>
          <dd className="mono">{control.scope}</dd>
          <dt>Requirements</dt>
          <dd className="mono">{control.requirements.join(', ')}</dd>
          <dt>Kind</dt>
          <dd>{control.kind}</dd>
          {control.description && (
            <>
              <dt>Description</dt>
              <dd>{control.description}</dd>
            </>
          )}
        </dl>
      </div>
      {regulated && (
        <Field label="Reason" required hint="This site is regulated: the reason is kept in the audit trail.">
          <textarea rows={2} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      <Field
        label="Expires"
        hint={
          expires
            ? 'Valid through this UTC day.'
            : control.expires
              ? 'Keeps the current expiry (edit the control to remove it).'
              : 'No expiry: the control counts until withdrawn.'
        }
      >
        <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      </Field>
      {regulated && (
        <SignatureFields
          meanings={MEANINGS}
          meaning={meaning}
          onMeaning={setMeaning}
          password={password}
          onPassword={setPassword}
        />
      )}
    </Modal>
  );
}
