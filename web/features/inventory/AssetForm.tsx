// Editing one asset: every site-file field except the 4-2 detail, sent as a partial update
// (PATCH) of what changed, with empty fields cleared (null).
import { useState, type FormEvent } from 'react';
import { ASSET_TYPES, COMPONENT_CLASSES, LIFECYCLE_STATES } from '../../../core/schemas/vocabulary.js';
import { ErrorBox } from '../../components/states.js';
import type { AssetView } from './inventory-api.js';
import type { InventorySite } from './inventory-data.js';

type TextField =
  'name' | 'vendor' | 'model' | 'firmware' | 'orderNumber' | 'serial' | 'owner' | 'location' | 'lastSeen' | 'notes';
type ChoiceField = 'zone' | 'type' | 'componentClass' | 'lifecycle' | 'criticality';
type ListField = 'ip' | 'mac';

const TEXT_FIELDS: { key: TextField; label: string; mono?: boolean; hint?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'vendor', label: 'Vendor' },
  { key: 'model', label: 'Model' },
  { key: 'firmware', label: 'Firmware', mono: true },
  { key: 'orderNumber', label: 'Order number', mono: true },
  { key: 'serial', label: 'Serial number', mono: true },
  { key: 'owner', label: 'Owner' },
  { key: 'location', label: 'Location' },
  { key: 'lastSeen', label: 'Last seen', mono: true, hint: 'YYYY-MM-DD or a UTC timestamp' },
];

type Values = Record<TextField | ChoiceField | ListField, string> & { legacy: boolean; safety: boolean };

function initial(a: AssetView): Values {
  return {
    name: a.name,
    vendor: a.vendor ?? '',
    model: a.model ?? '',
    firmware: a.firmware ?? '',
    orderNumber: a.orderNumber ?? '',
    serial: a.serial ?? '',
    owner: a.owner ?? '',
    location: a.location ?? '',
    lastSeen: a.lastSeen ?? '',
    notes: a.notes ?? '',
    zone: a.zone ?? '',
    type: a.type,
    componentClass: a.componentClass ?? '',
    lifecycle: a.lifecycle ?? '',
    criticality: a.criticality === undefined ? '' : String(a.criticality),
    ip: (a.ip ?? []).join(', '),
    mac: (a.mac ?? []).join(', '),
    legacy: a.legacy ?? false,
    safety: a.safety ?? false,
  };
}

const list = (s: string): string[] => s.split(/[\s,;]+/).filter((x) => x !== '');

/** What changed, as a PATCH body: null clears a field. */
export function assetPatch(before: AssetView, v: Values): Record<string, unknown> {
  const was = initial(before);
  const patch: Record<string, unknown> = {};
  for (const { key } of TEXT_FIELDS) if (v[key].trim() !== was[key]) patch[key] = v[key].trim() || null;
  if (v.notes.trim() !== was.notes) patch.notes = v.notes.trim() || null;
  for (const key of ['zone', 'type', 'componentClass', 'lifecycle'] as const)
    if (v[key] !== was[key]) patch[key] = v[key] || null;
  if (v.criticality !== was.criticality) patch.criticality = v.criticality ? Number(v.criticality) : null;
  for (const key of ['ip', 'mac'] as const)
    if (list(v[key]).join(',') !== list(was[key]).join(',')) patch[key] = list(v[key]).length ? list(v[key]) : null;
  if (v.legacy !== was.legacy) patch.legacy = v.legacy;
  if (v.safety !== was.safety) patch.safety = v.safety;
  return patch;
}

export function AssetForm({
  asset,
  site,
  onSave,
  onCancel,
}: {
  asset: AssetView;
  site: InventorySite | undefined;
  onSave: (patch: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>(() => initial(asset));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(assetPatch(asset, values));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const textInput = (f: (typeof TEXT_FIELDS)[number]) => (
    <label key={f.key} className="field">
      <span>{f.label}</span>
      <input
        className={f.mono ? 'mono' : undefined}
        value={values[f.key]}
        required={f.key === 'name'}
        onChange={(e) => set(f.key, e.target.value)}
        autoComplete="off"
      />
      {f.hint && <small>{f.hint}</small>}
    </label>
  );
  const choice = (key: ChoiceField, label: string, options: readonly (readonly [string, string])[], none?: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={values[key]} onChange={(e) => set(key, e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const pairs = (xs: readonly string[]) => xs.map((x) => [x, x] as const);

  return (
    <form className="inv-form" onSubmit={(e) => void submit(e)} aria-label={`Edit ${asset.id}`}>
      {error !== null && <ErrorBox error={error} />}
      <div className="inv-form-grid">
        {textInput(TEXT_FIELDS[0]!)}
        {choice(
          'zone',
          'Zone',
          (site?.zones ?? []).map((z) => [z.id, `${z.name} · ${z.id}`] as const),
          'No zone',
        )}
        {choice('type', 'Type', pairs(ASSET_TYPES))}
        {choice('componentClass', 'Component class', pairs(COMPONENT_CLASSES), 'Not set')}
        {TEXT_FIELDS.slice(1, 6).map(textInput)}
        <label className="field">
          <span>IP addresses</span>
          <input className="mono" value={values.ip} onChange={(e) => set('ip', e.target.value)} autoComplete="off" />
          <small>Separate several with commas</small>
        </label>
        <label className="field">
          <span>MAC addresses</span>
          <input className="mono" value={values.mac} onChange={(e) => set('mac', e.target.value)} autoComplete="off" />
        </label>
        {choice('lifecycle', 'Lifecycle', pairs(LIFECYCLE_STATES), 'Not set')}
        {choice('criticality', 'Criticality', pairs(['1', '2', '3', '4', '5']), 'Not set')}
        {TEXT_FIELDS.slice(6).map(textInput)}
      </div>
      <div className="inv-form-flags">
        <label>
          <input type="checkbox" checked={values.legacy} onChange={(e) => set('legacy', e.target.checked)} /> Legacy
          (cannot meet current requirements by itself)
        </label>
        <label>
          <input type="checkbox" checked={values.safety} onChange={(e) => set('safety', e.target.checked)} /> Part of
          the safety system
        </label>
      </div>
      <label className="field">
        <span>Notes</span>
        <textarea rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      <div className="modal-actions">
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving || values.name.trim() === ''}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
