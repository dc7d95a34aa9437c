// "Add zone": id, name, kind and an optional SL-T; the zone appears where the user is looking.
import { useState } from 'react';
import { ID_PATTERN, ZONE_KINDS, type ZoneKind } from '../../../core/schemas/vocabulary.js';
import { Modal } from '../../components/Modal.js';
import { useSubmit } from '../../components/useSubmit.js';
import { SubnetsField } from '../discovery/SubnetsField.js';
import { parseSubnets, subnetErrors } from '../discovery/zone-subnets.js';
import { draftOf, SlTargetSelects, targetOf } from './SlTargetSelects.js';
import type { Position } from './types.js';
import type { useSiteWrites } from './writes.js';

const ID_RE = new RegExp(ID_PATTERN);

export function AddZoneDialog({
  writes,
  position,
  onDone,
  onClose,
}: {
  writes: ReturnType<typeof useSiteWrites>;
  position: Position;
  onDone: (id: string) => void;
  onClose: () => void;
}) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ZoneKind>('control');
  const [target, setTarget] = useState(draftOf(null));
  const [subnets, setSubnets] = useState('');
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    const slt = targetOf(target);
    if (!ID_RE.test(id)) return setError(new Error('Id: lowercase letters, digits, ".", "_" or "-", up to 64.'));
    if (!name.trim()) return setError(new Error('Give the zone a name.'));
    if ('error' in slt) return setError(new Error(slt.error));
    await run(async () => {
      await writes.create(
        'zones',
        {
          id,
          name: name.trim(),
          kind,
          ...(slt.value ? { slTarget: slt.value } : {}),
          ...(parseSubnets(subnets).length > 0 ? { subnets: parseSubnets(subnets) } : {}),
          position: { x: Math.round(position.x), y: Math.round(position.y) },
        },
        `add zone ${id}`,
      );
      onDone(id);
    });
  };

  const fieldErrors = subnetErrors(error);
  return (
    <Modal
      title="Add zone"
      error={fieldErrors.length > 0 ? null : error}
      busy={busy}
      submitLabel="Add zone"
      className="site-modal"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <label className="field">
        <span>Id *</span>
        <input
          value={id}
          onChange={(e) => setId(e.target.value)}
          required
          placeholder="e.g. bsl-ctl-new"
          autoComplete="off"
        />
        <small>lowercase slug, unique among the site&apos;s zones and conduits; never changes</small>
      </label>
      <label className="field">
        <span>Name *</span>
        <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" />
      </label>
      <label className="field">
        <span>Kind *</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ZoneKind)}>
          {ZONE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <span>SL-T per FR (optional)</span>
        <SlTargetSelects value={target} onChange={setTarget} />
      </div>
      <SubnetsField value={subnets} onChange={setSubnets} errors={fieldErrors} />
    </Modal>
  );
}
