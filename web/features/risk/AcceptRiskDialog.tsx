// Accepting a scenario's remaining intolerable risk (IEC 62443-3-2 ZCR 5/6): an approver states
// why and until when. On a regulated site it is an electronic signature (password and meaning)
// with a reason; the server refuses the scenario's last editor and tolerable risks, and its
// message is shown here.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateSite } from '../../api/queries.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { SignatureFields } from '../../components/SignatureFields.js';
import { acceptRisk, type RiskView } from './risks-api.js';

const MEANINGS = [
  { value: 'approved', hint: 'I accept this remaining risk until the date given.' },
  { value: 'reviewed', hint: 'I have reviewed this risk and accept it until the date given.' },
] as const;

const addDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export function AcceptRiskDialog({
  site,
  regulated,
  risk,
  onDone,
}: {
  site: string;
  regulated: boolean;
  risk: RiskView;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [expires, setExpires] = useState(addDays(180));
  const [rationale, setRationale] = useState('');
  const [password, setPassword] = useState('');
  const [meaning, setMeaning] = useState<string>('approved');
  const [reason, setReason] = useState('');
  const accept = useMutation({
    mutationFn: () =>
      acceptRisk(site, risk.id, {
        expires,
        rationale: rationale.trim(),
        ...(regulated ? { signature: { password, meaning }, reason: reason.trim() } : {}),
      }),
    onSuccess: async () => {
      await invalidateSite(queryClient, site);
      onDone();
    },
    // A wrong password must be typed again, never resent.
    onError: () => setPassword(''),
  });
  const remaining = risk.residualRisk ?? risk.unmitigatedRisk;
  const invalid = expires === '' || rationale.trim() === '' || (regulated && (password === '' || reason.trim() === ''));

  return (
    <Modal
      title={regulated ? `Sign acceptance of ${risk.id}` : `Accept the risk of ${risk.id}`}
      submitLabel={regulated ? 'Sign and accept' : 'Accept risk'}
      onCancel={onDone}
      onSubmit={() => accept.mutate()}
      busy={accept.isPending}
      invalid={invalid}
      error={accept.error}
    >
      <div className="modal-summary">
        <dl>
          <dt>Scenario</dt>
          <dd>
            <span className="mono">{risk.id}</span> {risk.title}
          </dd>
          <dt>{risk.residualRisk ? 'Residual risk' : 'Unmitigated risk'}</dt>
          <dd>{remaining?.name ?? 'not rated'}</dd>
        </dl>
      </div>
      <Field label="Accepted until" required hint="Last UTC day the acceptance holds; at most 3 years ahead.">
        <input
          type="date"
          value={expires}
          min={addDays(1)}
          max={addDays(3 * 365)}
          required
          onChange={(e) => setExpires(e.target.value)}
        />
      </Field>
      <Field label="Rationale" required hint="Why the risk is accepted rather than treated further.">
        <textarea rows={3} value={rationale} required onChange={(e) => setRationale(e.target.value)} />
      </Field>
      {regulated && (
        <Field label="Reason" required hint="This site is regulated: the reason is kept in the audit trail.">
          <textarea rows={2} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
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
