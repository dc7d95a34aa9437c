// The asset and compensating-control forms of the proposal dialog: add an asset to a zone, remove an
// asset (found by name, id or address, as in the inventory) or remove a compensating control.
// The server checks the result with the site-file rules when the proposal is sent.
import { useEffect, useId, useState } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { ASSET_TYPES, ID_PATTERN, type AssetType } from '../../../core/schemas/vocabulary.js';
import { api, qs, type Page } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import { Field } from '../../components/Field.js';
import { controlsQuery } from '../controls/controls-api.js';
import { zonesQuery } from '../site/queries.js';

const ID = new RegExp(ID_PATTERN);

interface AssetHit {
  id: string;
  name: string;
  zone?: string;
}

const assetSearchQuery = (site: string, q: string) =>
  queryOptions({
    queryKey: ['site', site, 'assets', 'search', q],
    queryFn: ({ signal }) =>
      api<Page<AssetHit>>(`${sitePath(site, 'assets')}${qs({ q: q || undefined, limit: 20 })}`, { signal }),
    placeholderData: keepPreviousData,
  });

function AddButton({ disabled, onClick, hint }: { disabled: boolean; onClick: () => void; hint?: string }) {
  return (
    <div className="op-form-actions">
      <button type="button" disabled={disabled} onClick={onClick}>
        Add to proposal
      </button>
      {hint && <span className="muted small">{hint}</span>}
    </div>
  );
}

export function AddAssetForm({ site, onAdd }: { site: string; onAdd: (op: ChangeOpDoc) => void }) {
  const zones = useQuery(zonesQuery(site));
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<AssetType>('plc');
  const [zone, setZone] = useState('');
  const idOk = ID.test(id);
  const add = () => {
    onAdd({ op: 'create', kind: 'asset', entity: { id, name: name.trim(), type, ...(zone ? { zone } : {}) } });
    setId('');
    setName('');
  };
  return (
    <div className="op-form field-row">
      <Field label="Asset id" required hint="Lowercase letters, digits, . _ -">
        <input value={id} onChange={(e) => setId(e.target.value.trim())} />
      </Field>
      <Field label="Asset name" required>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Type" required>
        <select value={type} onChange={(e) => setType(e.target.value as AssetType)}>
          {ASSET_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </Field>
      <Field label="Zone">
        <select value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">none</option>
          {zones.data?.map((z) => (
            <option key={z.id} value={z.id}>
              {z.id} · {z.name}
            </option>
          ))}
        </select>
      </Field>
      <AddButton
        disabled={!idOk || name.trim() === ''}
        onClick={add}
        {...(id !== '' && !idOk ? { hint: 'Not a valid id.' } : {})}
      />
    </div>
  );
}

export function RemoveAssetForm({ site, onAdd }: { site: string; onAdd: (op: ChangeOpDoc) => void }) {
  const listId = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // Search a moment after typing stops, not on every key.
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  const hits = useQuery(assetSearchQuery(site, q));
  const chosen = hits.data?.items.find((a) => a.id === text.trim());
  return (
    <div className="op-form">
      <Field label="Asset to remove" hint="Type to search by name, id or address; pick the id.">
        <input list={listId} value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
      </Field>
      <datalist id={listId}>
        {hits.data?.items.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
            {a.zone ? ` (${a.zone})` : ''}
          </option>
        ))}
      </datalist>
      <AddButton
        disabled={!chosen}
        onClick={() => {
          if (chosen) onAdd({ op: 'delete', kind: 'asset', id: chosen.id });
          setText('');
        }}
        {...(chosen ? { hint: `${chosen.name}${chosen.zone ? ` in ${chosen.zone}` : ''}` } : {})}
      />
    </div>
  );
}

export function RemoveControlForm({ site, onAdd }: { site: string; onAdd: (op: ChangeOpDoc) => void }) {
  const controls = useQuery(controlsQuery(site));
  const [id, setId] = useState('');
  return (
    <div className="op-form">
      <Field label="Compensating control to remove">
        <select value={id} onChange={(e) => setId(e.target.value)}>
          <option value="">Choose…</option>
          {controls.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id} · {c.scope} · {c.requirements.join(', ')}
            </option>
          ))}
        </select>
      </Field>
      <AddButton
        disabled={id === ''}
        onClick={() => {
          onAdd({ op: 'delete', kind: 'compensatingControl', id });
          setId('');
        }}
      />
    </div>
  );
}
