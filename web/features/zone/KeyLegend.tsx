// The checklist's keyboard keys, always visible: assessors learn them from the screen, not a manual.
import { RESULT_STATUSES } from '../../../core/schemas/vocabulary.js';
import { keyOf, STATUS_LABELS } from './checklist-model.js';

export function KeyLegend({ canEdit }: { canEdit: boolean }) {
  return (
    <p id="checklist-keys" className="key-legend small">
      <span>
        <kbd>↑</kbd>
        <kbd>↓</kbd> or <kbd>j</kbd>
        <kbd>k</kbd> move
      </span>
      {canEdit &&
        RESULT_STATUSES.map((s) => (
          <span key={s}>
            <kbd>{keyOf(s)}</kbd> {STATUS_LABELS[s].toLowerCase()}
          </span>
        ))}
      {canEdit && (
        <span>
          <kbd>{keyOf(null)}</kbd> clear
        </span>
      )}
      <span>
        <kbd>Enter</kbd> details
      </span>
      {!canEdit && <span className="muted">Read-only: you may not change results in this site.</span>}
    </p>
  );
}
