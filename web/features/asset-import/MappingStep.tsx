// The mapping step: each column of the file with its first value and the field it fills, as the
// server guessed it; any select can change it (the change is checked at once by a dry run).
import {
  FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_KEYS,
  KEY_LABELS,
  type ImportField,
  type ImportKey,
} from '../../../core/asset-import/fields.js';
import type { ColumnAnswer } from './asset-import-api.js';

const IGNORE = '';

export function MappingStep({
  columns,
  importKey,
  busy,
  onField,
  onKey,
}: {
  columns: readonly ColumnAnswer[];
  importKey: ImportKey;
  busy: boolean;
  onField: (header: string, field: ImportField | null) => void;
  onKey: (key: ImportKey) => void;
}) {
  const named = columns.filter((c) => c.header !== '');
  return (
    <div className="asset-mapping">
      <label className="key-choice">
        <span>Match existing assets by</span>
        <select value={importKey} disabled={busy} onChange={(e) => onKey(e.target.value as ImportKey)}>
          {IMPORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {KEY_LABELS[k]}
              {k === 'id' ? ' (made from the name when there is no id column)' : ''}
            </option>
          ))}
        </select>
      </label>
      <table className="data mapping-table" aria-label="Column mapping">
        <thead>
          <tr>
            <th>Column in the file</th>
            <th>First value</th>
            <th>Asset field</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {named.map((c) => (
            <tr key={c.header} className={c.field ? undefined : 'ignored'}>
              <td>
                <strong>{c.header}</strong>
              </td>
              <td className="mono sample">{c.sample ?? <span className="muted">(empty)</span>}</td>
              <td>
                <select
                  aria-label={`Field for column ${c.header}`}
                  value={c.field ?? IGNORE}
                  disabled={busy}
                  onChange={(e) =>
                    onField(c.header, e.target.value === IGNORE ? null : (e.target.value as ImportField))
                  }
                >
                  <option value={IGNORE}>— ignore this column —</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="small">
                {c.guessed ? (
                  <span className="badge info" title="Guessed from the header">
                    guessed
                  </span>
                ) : c.field === null ? (
                  <span className="muted">{c.note ?? 'not imported'}</span>
                ) : (
                  <span className="badge ok" title="Mapped by you">
                    your choice
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
