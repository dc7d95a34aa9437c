// The dry run's verdict: how many rows create, update, stay unchanged or are skipped, every row
// error with its row and column as the spreadsheet shows them, and the first rows as planned.
import type { AssetImportAnswer, PreviewRow, RowError } from './asset-import-api.js';

const ACTION_LABELS: Record<PreviewRow['action'], string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  skip: 'blank, skipped',
  error: 'error',
};
const ACTION_BADGE: Record<PreviewRow['action'], string> = {
  create: 'ok',
  update: 'warn',
  unchanged: '',
  skip: '',
  error: 'danger',
};

export function ImportCounts({ answer }: { answer: AssetImportAnswer }) {
  const r = answer.rows;
  const items: [string, number, string][] = [
    ['to create', r.create, 'ok'],
    ['to update', r.update, 'warn'],
    ['unchanged', r.unchanged, ''],
    ['blank rows skipped', r.skipped, ''],
    ['with errors', r.errors, 'danger'],
  ];
  return (
    <ul className="import-counts" aria-label="Rows">
      <li>
        <strong>{r.total}</strong> rows
      </li>
      {items.map(([label, n, tone]) => (
        <li key={label} className={n > 0 && tone ? `count-${tone}` : 'muted'}>
          <strong>{n}</strong> {label}
        </li>
      ))}
    </ul>
  );
}

const SHOWN_ERRORS = 200;

export function RowErrorsTable({ errors, total }: { errors: readonly RowError[]; total: number }) {
  return (
    <div className="row-errors" role="alert">
      <p className="notice danger">
        <strong>
          {total} row{total === 1 ? ' has' : 's have'} errors: nothing can be imported until the file is fixed.
        </strong>{' '}
        Row numbers are those of the spreadsheet (the header is row 1).
      </p>
      <table className="data issues-table" aria-label="Row errors">
        <thead>
          <tr>
            <th className="num">Row</th>
            <th>Column</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
            <tr key={`${e.row}-${i}`}>
              <td className="num">{e.row}</td>
              <td className="nowrap">{e.column ?? <span className="muted">—</span>}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > SHOWN_ERRORS && (
        <p className="muted small">… and {errors.length - SHOWN_ERRORS} more (the CLI lists them all with --json).</p>
      )}
    </div>
  );
}

export function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <table className="data preview-table" aria-label="Planned rows">
      <thead>
        <tr>
          <th className="num">Row</th>
          <th>Action</th>
          <th>Id</th>
          <th>Name</th>
          <th>Type</th>
          <th>Zone</th>
          <th>IP</th>
          <th>Vendor</th>
          <th>Changes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.row} className={`action-${p.action}`}>
            <td className="num">{p.row}</td>
            <td>
              <span className={`badge ${ACTION_BADGE[p.action]}`}>{ACTION_LABELS[p.action]}</span>
            </td>
            <td className="mono">{p.id ?? ''}</td>
            <td>{p.asset?.name ?? ''}</td>
            <td>{p.asset?.type ?? ''}</td>
            <td className="mono">{p.asset?.zone ?? ''}</td>
            <td className="mono">{p.asset?.ip?.join(', ') ?? ''}</td>
            <td>{p.asset?.vendor ?? ''}</td>
            <td className="small">{p.changed?.join(', ') ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
