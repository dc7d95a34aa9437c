// What importing a filled checklist would do, as the dry run answered it: invalid cells (which
// block the import), the rows it changes, and the conflicts — requirements changed both in the
// file and in C-981 since the export — each with the choice of which side wins.
import { requirement33 } from '../../../core/iec62443/catalog.js';
import type { Change, ChecklistImportAnswer, Conflict, Resolution, ResultValue, RowError } from './offline-api.js';

export function ResultText({ value }: { value: ResultValue | null }) {
  if (value === null) return <span className="muted">no result</span>;
  return (
    <span className="offline-result">
      <span className={`offline-status status-${value.status}`}>{value.status}</span>
      {value.note && <span className="offline-note">{value.note}</span>}
      {value.evidence && (
        <span className="muted small">
          {value.evidence.length} evidence{value.assessedBy ? ` · ${value.assessedBy}` : ''}
        </span>
      )}
      {!value.evidence && value.assessedBy && <span className="muted small">{value.assessedBy}</span>}
    </span>
  );
}

const Requirement = ({ id }: { id: string }) => (
  <th scope="row">
    <code>{id}</code>
    <span className="muted small offline-title">{requirement33(id)?.title}</span>
  </th>
);

export function ErrorsTable({ errors }: { errors: RowError[] }) {
  return (
    <table className="offline-table" aria-label="Problems in the file">
      <caption>
        {errors.length} problem{errors.length === 1 ? '' : 's'} in the file
      </caption>
      <thead>
        <tr>
          <th>Where</th>
          <th>Requirement</th>
          <th>Problem</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={i}>
            <td className="nowrap">
              {e.sheet}, row {e.row}
              {e.column && <span className="muted small"> · {e.column}</span>}
            </td>
            <td>{e.requirement && <code>{e.requirement}</code>}</td>
            <td>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChangesTable({ changes }: { changes: Change[] }) {
  return (
    <table className="offline-table" aria-label="Changes from the file">
      <caption>
        {changes.length} change{changes.length === 1 ? '' : 's'} from the file
      </caption>
      <thead>
        <tr>
          <th>Requirement</th>
          <th>In C-981 now</th>
          <th>After the import</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.requirement} aria-label={`Change of ${c.requirement}`}>
            <Requirement id={c.requirement} />
            <td>
              <ResultText value={c.before} />
            </td>
            <td>
              <ResultText value={c.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ConflictsTable({
  conflicts,
  choices,
  onChoose,
}: {
  conflicts: Conflict[];
  choices: Record<string, Resolution>;
  onChoose: (requirement: string, choice: Resolution) => void;
}) {
  return (
    <table className="offline-table" aria-label="Conflicts">
      <caption>
        {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'}
      </caption>
      <thead>
        <tr>
          <th>Requirement</th>
          <th>At export</th>
          <th>In C-981 now</th>
          <th>In the file</th>
          <th>Keep</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => (
          <tr key={c.requirement} aria-label={`Conflict on ${c.requirement}`}>
            <Requirement id={c.requirement} />
            <td>
              <ResultText value={c.exported} />
            </td>
            <td>
              <ResultText value={c.database} />
            </td>
            <td>
              <ResultText value={c.file} />
            </td>
            <td className="nowrap">
              <fieldset className="offline-choice">
                <legend className="visually-hidden">Which value of {c.requirement} to keep</legend>
                <label>
                  <input
                    type="radio"
                    name={`keep-${c.requirement}`}
                    checked={choices[c.requirement] === 'database'}
                    onChange={() => onChoose(c.requirement, 'database')}
                  />{' '}
                  C-981
                </label>
                <label>
                  <input
                    type="radio"
                    name={`keep-${c.requirement}`}
                    checked={choices[c.requirement] === 'file'}
                    onChange={() => onChoose(c.requirement, 'file')}
                  />{' '}
                  File
                </label>
              </fieldset>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "3 changes, 1 conflict, 0 problems" and what the answer says about the file's age. */
export function PreviewSummary({ answer }: { answer: ChecklistImportAnswer }) {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return (
    <p className="offline-summary">
      Exported {answer.exportedAt.slice(0, 16).replace('T', ' ')} UTC by {answer.exportedBy}:{' '}
      <strong>{n(answer.changed.length, 'change', 'changes')}</strong>,{' '}
      {n(answer.conflicts.length, 'conflict', 'conflicts')}, {n(answer.errors.length, 'problem', 'problems')};{' '}
      {answer.unchanged} rows unchanged.
      {answer.newerInDatabase.length > 0 && (
        <>
          {' '}
          Kept as they are in C-981 (changed there since the export, untouched in the file):{' '}
          {answer.newerInDatabase.join(', ')}.
        </>
      )}
    </p>
  );
}
