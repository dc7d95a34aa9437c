// The operations of a change request in readable form: what is added, updated (each patched field,
// with its current value when known) or removed. SL vectors show as colour chips with the FRs that
// move outlined. Long proposals show their first operations until asked for all.
import { useState } from 'react';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import type { CurrentLookup } from './current-entities.js';
import {
  fieldText,
  formatValue,
  isSlField,
  KIND_LABEL,
  summarizeOp,
  type FieldLine,
  type OpVerb,
} from './op-summary.js';
import { SlDelta } from './SlDelta.js';

const FIRST = 50;
const VERB_BADGE: Record<OpVerb, string> = { add: 'ok', update: 'info', remove: 'danger' };

function FieldValue({ line, created }: { line: FieldLine; created: boolean }) {
  if (isSlField(line.path) && line.after !== null)
    return (
      <SlDelta label={line.label} before={line.before} after={line.after} hasBefore={line.hasBefore && !created} />
    );
  if (created || !line.hasBefore)
    return <span>{line.after === null ? 'cleared' : formatValue(line.after, line.path)}</span>;
  return (
    <span>
      <span className="before">{formatValue(line.before, line.path)}</span>
      <span className="arrow" aria-hidden>
        {' '}
        →{' '}
      </span>
      <span className="after">{line.after === null ? 'cleared' : formatValue(line.after, line.path)}</span>
    </span>
  );
}

export function OpList({ ops, current }: { ops: readonly ChangeOpDoc[]; current?: CurrentLookup | undefined }) {
  const [all, setAll] = useState(false);
  const shown = all ? ops : ops.slice(0, FIRST);
  return (
    <>
      <ol className="op-list">
        {shown.map((op, i) => {
          const s = summarizeOp(op, op.op === 'create' ? undefined : current?.(op.kind, op.id));
          const created = s.verb === 'add';
          return (
            <li key={i} aria-label={s.headline}>
              <div className="op-head">
                <span className={`badge ${VERB_BADGE[s.verb]}`}>{s.verb}</span>
                <span>{KIND_LABEL[s.kind]}</span>
                <span className="mono">{s.id}</span>
                {s.name && <span className="muted">{s.name}</span>}
              </div>
              {s.fields.length > 0 && (
                <dl className="op-fields">
                  {s.fields.map((f) => (
                    <div key={f.path} title={fieldText(f, created)}>
                      <dt>{f.label}</dt>
                      <dd>
                        <FieldValue line={f} created={created} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          );
        })}
      </ol>
      {ops.length > shown.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {ops.length} operations
        </button>
      )}
    </>
  );
}
