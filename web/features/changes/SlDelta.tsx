// An SL vector before → after with the FRs that moved outlined, so a reviewer sees "FR 3 went
// from 2 to 3" at a glance in the SL colour scale every other page uses.
import { slChanges } from '../../../core/change-control/diff.js';
import { SlChip } from '../../components/Sl.js';
import { FR_SHORT, FRS } from '../../components/sl-scale.js';
import { frText, slVectorOf } from './op-summary.js';

function Vector({ vector, moved, side }: { vector: number[] | null; moved: ReadonlySet<number>; side: string }) {
  return (
    <span className="sl-vector">
      {FRS.map((fr) => (
        <span key={fr} className={moved.has(fr) ? 'fr-moved' : undefined}>
          <SlChip
            value={vector?.[fr - 1] ?? null}
            title={`FR ${fr} ${FR_SHORT[fr]} ${side}: ${vector?.[fr - 1] ?? 'not set'}`}
          />
        </span>
      ))}
    </span>
  );
}

/**
 * `hasBefore` false: only the new vector (a proposal whose current value is not known, or a new
 * entity). Either side may be absent (no vector), shown as grey chips.
 */
export function SlDelta({
  label,
  before,
  after,
  hasBefore = true,
}: {
  label: string;
  before?: unknown;
  after: unknown;
  hasBefore?: boolean;
}) {
  const b = slVectorOf(before);
  const a = slVectorOf(after);
  const changes = hasBefore ? slChanges('slTarget', b, a) : [];
  const moved = new Set(changes.map((c) => c.fr));
  const summary = hasBefore
    ? changes.length > 0
      ? `${label}: ${frText(changes)}`
      : `${label}: unchanged`
    : `${label}: ${a ? a.join(',') : 'not set'}`;
  return (
    <span className="sl-delta" role="group" aria-label={summary}>
      {hasBefore && (
        <>
          <Vector vector={b} moved={moved} side="before" />
          <span className="arrow" aria-hidden>
            →
          </span>
        </>
      )}
      <Vector vector={a} moved={moved} side={hasBefore ? 'after' : ''} />
      {changes.length > 0 && <span className="fr-moves">{frText(changes)}</span>}
    </span>
  );
}
