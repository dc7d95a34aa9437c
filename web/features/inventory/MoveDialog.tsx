// "Move to zone…": picks the zone that the ticked assets of one site go to (or none).
import { useEffect, useRef, useState } from 'react';
import type { InventorySite } from './inventory-data.js';

const NONE = '';

export function MoveDialog({
  site,
  count,
  onMove,
  onCancel,
}: {
  site: InventorySite;
  count: number;
  onMove: (zone: string | null) => void;
  onCancel: () => void;
}) {
  const [zone, setZone] = useState<string>(site.zones[0]?.id ?? NONE);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Move to zone"
        onSubmit={(e) => {
          e.preventDefault();
          onMove(zone === NONE ? null : zone);
        }}
      >
        <h2>Move to zone</h2>
        <div className="modal-message">
          Move {count.toLocaleString('en-US')} {count === 1 ? 'asset' : 'assets'} of {site.name} into one zone. The
          zones&apos; capability (SL-C) and evaluations follow at once; the move is one entry in the audit trail.
        </div>
        <label className="field">
          <span>Zone</span>
          <select ref={first} aria-label="Zone" value={zone} onChange={(e) => setZone(e.target.value)}>
            {site.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name} · {z.id} ({z.kind})
              </option>
            ))}
            <option value={NONE}>No zone (take them out of their zone)</option>
          </select>
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Move {count.toLocaleString('en-US')}
          </button>
        </div>
      </form>
    </div>
  );
}
