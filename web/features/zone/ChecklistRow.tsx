// One requirement of the checklist: a focusable row (the checklist moves focus between rows and
// turns single keys into statuses) with a select for mouse users and an expandable detail.
import { memo } from 'react';
import { RESULT_STATUSES, type ResultStatus } from '../../../core/schemas/vocabulary.js';
import { SlChip } from '../../components/Sl.js';
import { ResultDetail } from './ResultDetail.js';
import { keyOf, STATUS_LABELS, statusTone } from './checklist-model.js';
import type { RowSave } from './useRowSaves.js';
import type { ChecklistItem, ResultDoc, ResultInputDoc } from './zone-api.js';

export const COLUMNS = 5;

interface Props {
  item: ChecklistItem;
  /** The result shown: the one being saved, else the server's. */
  result: ResultDoc | null;
  save: RowSave | undefined;
  blocking: boolean;
  active: boolean;
  open: boolean;
  canEdit: boolean;
  who: { by: string; at: string };
  rowRef: (id: string, el: HTMLTableRowElement | null) => void;
  onStatus: (item: ChecklistItem, status: ResultStatus | null, shown: ResultDoc | null) => void;
  onSaveValue: (id: string, value: ResultInputDoc | null) => void;
  onToggle: (id: string) => void;
  onDismiss: (id: string) => void;
}

export const ChecklistRow = memo(function ChecklistRow(props: Props) {
  const { item, result, save, blocking, active, open, canEdit } = props;
  const status = result?.status ?? null;
  const classes = ['req-row', blocking && 'blocking', !item.applies && 'not-required', active && 'active']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <tr
        ref={(el) => props.rowRef(item.id, el)}
        className={classes}
        data-id={item.id}
        tabIndex={active ? 0 : -1}
        aria-label={`${item.id} ${item.title}`}
        aria-expanded={open}
      >
        <td>
          <div className="req-id">
            <code>{item.id}</code>
            {blocking && <span className="badge danger">blocking</span>}
          </div>
        </td>
        <td className="req-title">
          <div>
            {item.title}
            {!item.applies && <span className="muted small"> · not required at this SL-T</span>}
          </div>
          {item.description && <div className="req-desc">{item.description}</div>}
          <RowMarks item={item} result={result} />
        </td>
        <td className="num">
          <SlChip value={item.minSl} title={`required from SL ${item.minSl}`} />
        </td>
        <td>
          <div className="req-status">
            {canEdit ? (
              <select
                aria-label={`Status of ${item.id}`}
                className={`status-select ${statusTone(status)}`}
                value={status ?? ''}
                tabIndex={active ? 0 : -1}
                onChange={(e) => props.onStatus(item, (e.target.value || null) as ResultStatus | null, result)}
              >
                <option value="">Unassessed</option>
                {RESULT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]} ({keyOf(s)})
                  </option>
                ))}
              </select>
            ) : (
              <span className={`badge ${statusTone(status)}`}>{status ? STATUS_LABELS[status] : 'Unassessed'}</span>
            )}
            {item.satisfied && status !== 'implemented' && status !== 'not-applicable' && (
              <span className="badge ok" title="satisfied by a valid compensating control">
                compensated
              </span>
            )}
          </div>
        </td>
        <td className="req-state">
          <SaveState save={save} onRetry={() => save?.state === 'error' && props.onSaveValue(item.id, save.value)} />
          {save?.state === 'error' && (
            <button type="button" className="link" onClick={() => props.onDismiss(item.id)}>
              Dismiss
            </button>
          )}
          <button
            type="button"
            className="link details-toggle"
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} details of ${item.id}`}
            tabIndex={active ? 0 : -1}
            onClick={() => props.onToggle(item.id)}
          >
            {open ? 'Hide' : 'Details'}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="req-detail-row">
          <td colSpan={COLUMNS}>
            <ResultDetail
              key={item.id}
              item={item}
              result={result}
              canEdit={canEdit}
              busy={save?.state === 'saving'}
              who={props.who}
              onSave={(value) => props.onSaveValue(item.id, value)}
              onClose={() => props.onToggle(item.id)}
            />
          </td>
        </tr>
      )}
    </>
  );
});

function RowMarks({ item, result }: { item: ChecklistItem; result: ResultDoc | null }) {
  const evidence = result?.evidence?.length ?? 0;
  if (!item.controls.length && !result?.note && !evidence) return null;
  return (
    <div className="req-marks">
      {item.controls.map((c) => (
        <span
          key={c.id}
          className={`badge ${c.validity === 'valid' ? 'ok' : 'warn'}`}
          title={`compensating control ${c.id}: ${c.validity}`}
        >
          control {c.id}
          {c.validity === 'valid' ? '' : ` (${c.validity})`}
        </span>
      ))}
      {result?.note && (
        <span className="req-note" title={result.note}>
          “{result.note}”
        </span>
      )}
      {evidence > 0 && <span className="badge">{evidence} evidence</span>}
    </div>
  );
}

function SaveState({ save, onRetry }: { save: RowSave | undefined; onRetry: () => void }) {
  if (!save) return null;
  if (save.state === 'saving')
    return (
      <span className="save-state" role="status">
        <span className="spinner" aria-hidden /> Saving…
      </span>
    );
  if (save.state === 'saved')
    return (
      <span className="save-state saved" role="status">
        ✓ Saved
      </span>
    );
  return (
    <span className="save-state error" role="alert">
      Not saved: {save.message}{' '}
      <button type="button" className="link" onClick={onRetry}>
        Retry
      </button>
    </span>
  );
}
