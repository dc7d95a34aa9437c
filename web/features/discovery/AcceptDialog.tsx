// Accepting a drift finding: says what the model change is, lets the user edit the asset a
// HOST-UNKNOWN finding creates (name, type, zone, prefilled from the proposal), and asks for the
// reason when the site is regulated or the finding is only acknowledged. On sites under change
// control the server files a change request instead of changing the model.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ASSET_TYPES } from '../../../core/schemas/vocabulary.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { zonesQuery } from '../site/queries.js';
import type { AcceptBody, FindingView } from './discovery-api.js';
import { ACKNOWLEDGE_ONLY, acceptEffect, RULE_LABEL } from './finding-text.js';

export function AcceptDialog({
  site,
  regulated,
  finding,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  site: string;
  regulated: boolean;
  finding: FindingView;
  busy: boolean;
  error: unknown;
  onSubmit: (body: AcceptBody) => void;
  onCancel: () => void;
}) {
  const zones = useQuery(zonesQuery(site));
  const proposed = finding.details.kind === 'host' ? finding.details.proposedAsset : undefined;
  const createsAsset = finding.rule === 'HOST-UNKNOWN';
  const [name, setName] = useState(proposed?.name ?? '');
  const [type, setType] = useState(proposed?.type ?? 'other');
  const [zone, setZone] = useState(proposed?.zone ?? '');
  const [reason, setReason] = useState('');
  const reasonRequired = regulated || ACKNOWLEDGE_ONLY.has(finding.rule);
  const invalid = (reasonRequired && reason.trim() === '') || (createsAsset && name.trim() === '');

  const submit = () =>
    onSubmit({
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(createsAsset ? { asset: { name: name.trim(), type, ...(zone ? { zone } : {}) } } : {}),
    });

  return (
    <Modal
      title={`Accept: ${RULE_LABEL[finding.rule]}`}
      submitLabel={ACKNOWLEDGE_ONLY.has(finding.rule) ? 'Acknowledge' : 'Accept'}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
      invalid={invalid}
      className="discovery-dialog"
      wide
    >
      <p className="small">{finding.message}</p>
      <p className="accept-effect">{acceptEffect(finding)}</p>
      {!ACKNOWLEDGE_ONLY.has(finding.rule) && (
        <p className="muted small">
          If the site is under change control, a change request is filed instead and the model changes when it is
          approved and applied.
        </p>
      )}
      {createsAsset && (
        <>
          <Field label="Asset name" required>
            <input value={name} maxLength={200} autoComplete="off" onChange={(e) => setName(e.target.value)} />
          </Field>
          <div className="grid-2">
            <Field label="Asset type">
              <select value={type} onChange={(e) => setType(e.target.value)}>
                {ASSET_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </Field>
            <Field label="Zone" hint={proposed?.zone ? `its address is in ${proposed.zone}` : 'no zone subnet matched'}>
              <select value={zone} onChange={(e) => setZone(e.target.value)}>
                <option value="">No zone</option>
                {zones.data?.map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.name} ({z.id})
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </>
      )}
      <Field
        label="Reason"
        required={reasonRequired}
        hint={regulated ? 'This site is regulated: the reason is kept in the audit trail.' : 'kept with the decision'}
      >
        <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </Modal>
  );
}
