// What the ticked assets can do: moving into a zone needs them all in one site, at most 10,000.
import type { Selection } from './useSelection.js';

export const MAX_MOVE = 10_000;

export function SelectionBar({
  selection,
  siteName,
  onMove,
}: {
  selection: Selection;
  siteName: (id: string) => string;
  onMove: (site: string, ids: string[]) => void;
}) {
  const sites = [...selection.bySite.entries()];
  const count = sites.reduce((n, [, ids]) => n + ids.length, 0);
  if (count === 0) return null;
  const only = sites.length === 1 ? sites[0] : undefined;
  const why =
    sites.length > 1
      ? `The ticked assets belong to ${sites.length} sites (${sites.map(([s]) => siteName(s)).join(', ')}): zones belong to one site, so tick assets of one site.`
      : count > MAX_MOVE
        ? `At most ${MAX_MOVE.toLocaleString('en-US')} assets move at once.`
        : null;
  return (
    <div className="inv-selection" role="region" aria-label="Selection">
      <strong>
        {count.toLocaleString('en-US')} {count === 1 ? 'asset' : 'assets'} selected
      </strong>
      {only && <span className="muted">in {siteName(only[0])}</span>}
      <button
        type="button"
        className="primary"
        disabled={!only || why !== null}
        onClick={() => only && onMove(only[0], only[1])}
      >
        Move to zone…
      </button>
      <button type="button" onClick={selection.clear}>
        Clear selection
      </button>
      {why && <span className="inv-why">{why}</span>}
    </div>
  );
}
