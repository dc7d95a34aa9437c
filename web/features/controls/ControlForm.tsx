// Create or edit a compensating control: the site file's fields (DESIGN §4), with the site's zones
// and conduits as scopes, 3-3 requirement ids suggested from the catalog and the scope's assets.
// Approval is never typed here: it is given only by approving (with an e-signature when regulated).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CONTROL_KINDS, type ControlKind } from '../../../core/schemas/vocabulary.js';
import { invalidateSite } from '../../api/queries.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import {
  catalog33Query,
  saveControl,
  scopesQuery,
  zoneAssetsQuery,
  type Control,
  type ControlInput,
} from './controls-api.js';
import { TagInput } from './TagInput.js';

const KIND_HINTS: Record<ControlKind, string> = {
  segmentation: 'segmentation (firewall, ACL, VLAN)',
  'jump-host': 'jump host (brokered remote access)',
  procedural: 'procedural (people and logs)',
  monitoring: 'monitoring (detect and respond)',
  physical: 'physical (locks, key switches)',
  other: 'other',
};

/** Requirement ids as the catalog writes them: "sr 1.1  re 1" → "SR 1.1 RE 1". */
export const normalizeRequirement = (v: string): string => v.trim().replace(/\s+/g, ' ').toUpperCase();

const emptyInput = (): ControlInput => ({
  id: '',
  scope: '',
  requirements: [],
  assets: [],
  kind: 'segmentation',
  description: '',
  rationale: '',
  expires: '',
});

const inputOf = (c: Control): ControlInput => ({
  id: c.id,
  scope: c.scope,
  requirements: c.requirements,
  assets: c.assets ?? [],
  kind: c.kind,
  description: c.description ?? '',
  rationale: c.rationale ?? '',
  expires: c.expires?.slice(0, 10) ?? '',
});

export function ControlForm({
  site,
  regulated,
  existing,
  onDone,
}: {
  site: string;
  regulated: boolean;
  /** null: a new control. */
  existing: Control | null;
  onDone: (saved: Control | null) => void;
}) {
  const queryClient = useQueryClient();
  const [input, setInput] = useState<ControlInput>(() => (existing ? inputOf(existing) : emptyInput()));
  const [reason, setReason] = useState('');
  const scopes = useQuery(scopesQuery(site));
  const catalog = useQuery(catalog33Query);
  const scopeKind = scopes.data?.find((s) => s.id === input.scope)?.kind;
  const assets = useQuery({ ...zoneAssetsQuery(site, input.scope), enabled: scopeKind === 'zone' });
  const save = useMutation({
    mutationFn: () => saveControl(site, input, existing, regulated ? reason.trim() : undefined),
    onSuccess: async (saved) => {
      await invalidateSite(queryClient, site);
      onDone(saved);
    },
  });
  const set = <K extends keyof ControlInput>(key: K, value: ControlInput[K]) => setInput({ ...input, [key]: value });
  const invalid =
    (!existing && input.id.trim() === '') ||
    input.scope === '' ||
    input.requirements.length === 0 ||
    (regulated && reason.trim() === '');
  const zones = scopes.data?.filter((s) => s.kind === 'zone') ?? [];
  const conduits = scopes.data?.filter((s) => s.kind === 'conduit') ?? [];

  return (
    <Modal
      title={existing ? `Edit control ${existing.id}` : 'New compensating control'}
      submitLabel={existing ? 'Save control' : 'Create control'}
      onCancel={() => onDone(null)}
      onSubmit={() => save.mutate()}
      busy={save.isPending}
      invalid={invalid}
      error={save.error}
      wide
    >
      {existing?.approvedAt && (
        <p className="notice warn">
          This control is approved ({existing.approvedAt.slice(0, 10)}). The approval stays after an edit: ask for a new
          approval when the change alters what was accepted.
        </p>
      )}
      <div className="field-row">
        {!existing && (
          <Field label="Id" required hint="lowercase letters, digits, . _ -">
            <input
              className="mono"
              value={input.id}
              required
              pattern="[a-z0-9][a-z0-9._\-]{0,63}"
              placeholder="cc-legacy-hmi"
              onChange={(e) => set('id', e.target.value.toLowerCase())}
            />
          </Field>
        )}
        <Field label="Scope (zone or conduit)" required>
          <select value={input.scope} required onChange={(e) => setInput({ ...input, scope: e.target.value })}>
            <option value="">{scopes.isPending ? 'Loading…' : 'Choose…'}</option>
            {zones.length > 0 && (
              <optgroup label="Zones">
                {zones.map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.id}
                    {z.name ? ` — ${z.name}` : ''}
                  </option>
                ))}
              </optgroup>
            )}
            {conduits.length > 0 && (
              <optgroup label="Conduits">
                {conduits.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.id}
                    {c.name ? ` — ${c.name}` : ''}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
        <Field label="Kind" required>
          <select value={input.kind} onChange={(e) => set('kind', e.target.value as ControlKind)}>
            {CONTROL_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_HINTS[k]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <TagInput
        label="Requirements"
        required
        values={input.requirements}
        onChange={(v) => set('requirements', v)}
        normalize={normalizeRequirement}
        options={catalog.data?.map((r) => ({ value: r.id, label: r.title })) ?? []}
        placeholder="SR 1.1 RE 1"
        hint="The IEC 62443-3-3 SRs or REs this control stands in for; each counts on its own (an SR says nothing about its REs)."
      />
      <TagInput
        label="Assets"
        values={input.assets}
        onChange={(v) => set('assets', v)}
        normalize={(v) => v.trim().toLowerCase()}
        options={assets.data?.map((a) => ({ value: a.id, label: a.name })) ?? []}
        placeholder="hmi-07"
        hint="Optional: the legacy assets the control protects."
      />
      <Field label="Description">
        <textarea
          rows={3}
          value={input.description}
          onChange={(e) => set('description', e.target.value)}
          placeholder="What is in place, and how it limits the exposure"
        />
      </Field>
      <Field label="Rationale">
        <textarea
          rows={2}
          value={input.rationale}
          onChange={(e) => set('rationale', e.target.value)}
          placeholder="Why the requirement itself cannot be met (yet)"
        />
      </Field>
      <div className="field-row">
        <Field label="Expires" hint="Valid through this UTC day; leave empty for no expiry.">
          <input type="date" value={input.expires} onChange={(e) => set('expires', e.target.value)} />
        </Field>
      </div>
      {regulated && (
        <Field label="Reason for change" required hint="This site is regulated: the reason is kept in the audit trail.">
          <textarea rows={2} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
    </Modal>
  );
}
