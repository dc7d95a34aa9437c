// Picks asset ids of the site by searching (GET …/assets?q=, name, id, IP, vendor…; docs/api.md):
// sites hold thousands of assets, too many for a list. Picked ids show as removable chips.
import { useEffect, useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, qs, type Page } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

interface AssetHit {
  id: string;
  name: string;
  zone?: string;
}

const HITS = 8;

export function AssetPicker({
  site,
  label,
  values,
  onChange,
}: {
  site: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const inputId = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // One request per pause in typing, not per key.
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  const found = useQuery({
    queryKey: ['site', site, 'assets', 'pick', q],
    queryFn: async () => (await api<Page<AssetHit>>(`${sitePath(site, 'assets')}${qs({ q, limit: HITS })}`)).items,
    enabled: q !== '',
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  const hits = text.trim() === '' ? [] : (found.data ?? []).filter((a) => !values.includes(a.id));
  const add = (id: string) => {
    if (!values.includes(id)) onChange([...values, id]);
    setText('');
  };

  return (
    <div className="field asset-picker">
      <label htmlFor={inputId}>{label}</label>
      <div className="picked">
        {values.map((v) => (
          <span key={v} className="chip mono">
            {v}
            <button
              type="button"
              aria-label={`Remove asset ${v}`}
              onClick={() => onChange(values.filter((x) => x !== v))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={inputId}
          value={text}
          autoComplete="off"
          placeholder="search by name, id or IP"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter picks the first match instead of submitting the dialog.
            if (e.key === 'Enter' && text.trim() !== '') {
              e.preventDefault();
              if (hits[0]) add(hits[0].id);
            }
          }}
        />
      </div>
      {hits.length > 0 && (
        <ul className="pick-hits" aria-label="Asset search results">
          {hits.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => add(a.id)}>
                <span className="mono">{a.id}</span> {a.name}
                {a.zone && <span className="muted small"> in {a.zone}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {text.trim() !== '' && q === text.trim() && found.isSuccess && hits.length === 0 && (
        <small>No other asset matches.</small>
      )}
    </div>
  );
}
