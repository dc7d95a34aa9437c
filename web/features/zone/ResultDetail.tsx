// A requirement's detail under its row: what it asks (in our own words), the controls that list it,
// and the assessor's notes and evidence (links or document references), saved as the site file's
// object form { status, note, evidence, assessedBy, assessedAt }.
import { useState } from 'react';
import { isWebLink } from './checklist-model.js';
import type { ChecklistItem, ResultDoc, ResultInputDoc } from './zone-api.js';

interface Props {
  item: ChecklistItem;
  result: ResultDoc | null;
  canEdit: boolean;
  busy: boolean;
  who: { by: string; at: string };
  onSave: (value: ResultInputDoc) => void;
  onClose: () => void;
}

const VALIDITY_TONE = { valid: 'ok', unapproved: 'warn', 'not-yet-approved': 'warn', expired: 'danger' } as const;

export function ResultDetail({ item, result, canEdit, busy, who, onSave, onClose }: Props) {
  // The status is the row's (one control for it); the detail adds notes and evidence to it.
  const status = result?.status;
  const [note, setNote] = useState(result?.note ?? '');
  const [evidence, setEvidence] = useState<string[]>(result?.evidence ?? []);
  const [draft, setDraft] = useState('');
  const addEvidence = () => {
    const value = draft.trim();
    if (value && !evidence.includes(value)) setEvidence([...evidence, value]);
    setDraft('');
  };
  const submit = () => {
    if (!status) return;
    const value: ResultDoc = { status, assessedBy: who.by, assessedAt: who.at };
    if (note.trim()) value.note = note.trim();
    if (evidence.length) value.evidence = evidence;
    onSave(value);
  };

  return (
    <div
      className="result-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="result-detail-about">
        <p>{item.description ?? item.title}</p>
        <p className="muted small">
          Required from SL {item.minSl} of FR {item.fr}
          {result?.assessedBy || result?.assessedAt
            ? ` · assessed${result.assessedBy ? ` by ${result.assessedBy}` : ''}${result.assessedAt ? ` on ${result.assessedAt}` : ''}`
            : ''}
        </p>
        {item.controls.length > 0 && (
          <p className="small">
            Listed by compensating control{item.controls.length > 1 ? 's' : ''}:{' '}
            {item.controls.map((c) => (
              <span key={c.id} className={`badge ${VALIDITY_TONE[c.validity]}`} title={`control ${c.validity}`}>
                {c.id} · {c.validity}
              </span>
            ))}
          </p>
        )}
      </div>
      {canEdit ? (
        <form
          className="result-detail-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label className="field">
            <span>Notes</span>
            <textarea
              aria-label={`Notes on ${item.id}`}
              rows={3}
              maxLength={4000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <div className="field">
            <span>Evidence</span>
            <EvidenceList items={evidence} onRemove={(i) => setEvidence(evidence.filter((_, j) => j !== i))} />
            <div className="evidence-add">
              <input
                aria-label={`New evidence for ${item.id}`}
                placeholder="https://… or a document reference"
                maxLength={2000}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addEvidence();
                  }
                }}
              />
              <button type="button" onClick={addEvidence} disabled={!draft.trim() || evidence.length >= 50}>
                Add evidence
              </button>
            </div>
          </div>
          <div className="result-detail-actions">
            {!status && <span className="muted small">Set the status first (in the row above).</span>}
            <button type="button" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="primary" disabled={!status || busy}>
              Save details
            </button>
          </div>
        </form>
      ) : (
        <div className="result-detail-form">
          <h3>Notes</h3>
          <p className="result-note">{result?.note ?? <span className="muted">No notes.</span>}</p>
          <h3>Evidence</h3>
          <EvidenceList items={result?.evidence ?? []} />
        </div>
      )}
    </div>
  );
}

function EvidenceList({ items, onRemove }: { items: readonly string[]; onRemove?: (index: number) => void }) {
  if (!items.length) return <p className="muted small">No evidence recorded.</p>;
  return (
    <ul className="evidence-list">
      {items.map((e, i) => (
        <li key={e}>
          {isWebLink(e) ? (
            <a href={e} target="_blank" rel="noreferrer noopener">
              {e}
            </a>
          ) : (
            <span>{e}</span>
          )}
          {onRemove && (
            <button type="button" className="link" aria-label={`Remove evidence ${e}`} onClick={() => onRemove(i)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
