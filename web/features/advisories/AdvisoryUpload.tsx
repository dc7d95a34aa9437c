// The advisory upload box (org-admins): choose or drop CSAF 2.0 JSON files; each is sent in turn
// with its own progress bar, then says whether it was imported, replaced an older revision, was
// already known, is older than the stored one, or why it was refused (nothing stored).
import { useState, type DragEvent } from 'react';
import type { ImportStatus } from './advisories-api.js';
import { refusalReasons } from './upload-advisory.js';
import { useAdvisoryUploads, type AdvisoryUploadItem } from './use-advisory-uploads.js';

const ACCEPT = '.json,application/json';

const formatBytes = (n: number): string =>
  n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`;

const OUTCOME: Record<ImportStatus, { text: string; badge: string }> = {
  imported: { text: 'imported', badge: 'badge ok' },
  updated: { text: 'updated to a newer revision', badge: 'badge ok' },
  unchanged: { text: 'already in the library (unchanged)', badge: 'badge' },
  older: { text: 'older than the stored revision: kept the stored one', badge: 'badge warn' },
  rejected: { text: 'refused', badge: 'badge danger' },
};

function UploadRow({ item, onOpen }: { item: AdvisoryUploadItem; onOpen: (id: string) => void }) {
  const percent = item.size === 0 ? 100 : Math.min(100, Math.round((item.sent / item.size) * 100));
  const answer = item.answer;
  const outcome = answer ? OUTCOME[answer.status] : null;
  const reasons = item.state === 'failed' ? refusalReasons(item.error) : answer?.reason ? [answer.reason] : [];
  return (
    <li className={`upload-item upload-${item.state}`} aria-label={item.name}>
      <div className="upload-line">
        <span className="mono upload-name">{item.name}</span>
        <span className="muted small">{formatBytes(item.size)}</span>
        <span className="spacer" />
        <span className="small" role="status">
          {item.state === 'waiting' && 'waiting'}
          {item.state === 'sending' && `${percent}%`}
          {item.state === 'checking' && 'validating…'}
          {item.state === 'done' && answer && outcome && (
            <>
              <span className={outcome.badge}>{outcome.text}</span>
              {answer.trackingId && <span className="mono"> {answer.trackingId}</span>}
              {answer.advisoryId && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={() => answer.advisoryId && onOpen(answer.advisoryId)}>
                    Open
                  </button>
                </>
              )}
            </>
          )}
          {item.state === 'failed' && <span className="badge danger">refused — nothing stored</span>}
        </span>
      </div>
      <progress
        max={100}
        value={item.state === 'waiting' ? 0 : item.state === 'sending' ? percent : 100}
        aria-label={`Upload of ${item.name}`}
      />
      {reasons.length > 0 && (
        <ul className={item.state === 'failed' ? 'upload-reasons state-error' : 'upload-reasons'} role="alert">
          {reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function AdvisoryUpload({ onOpen }: { onOpen: (id: string) => void }) {
  const { items, add, clearFinished } = useAdvisoryUploads();
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    add([...e.dataTransfer.files]);
  };
  const finished = items.some((i) => i.state === 'done' || i.state === 'failed');
  return (
    <section className="panel" aria-labelledby="advisory-upload-title">
      <div className="panel-head">
        <h2 id="advisory-upload-title">Import advisories</h2>
        <span className="muted small">
          CSAF 2.0 JSON from the vendor or CISA; each is validated, and a newer revision replaces the stored one
        </span>
        <span className="spacer" />
        {finished && (
          <button type="button" className="link" onClick={clearFinished}>
            Clear finished
          </button>
        )}
      </div>
      <label
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          multiple
          accept={ACCEPT}
          aria-label="CSAF advisory files"
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            // Cleared so choosing the same file again still fires.
            e.target.value = '';
            if (chosen.length > 0) add(chosen);
          }}
        />
        <span>
          <strong>Choose CSAF files</strong> or drop them here. Several files are imported one after another.
        </span>
      </label>
      {items.length > 0 && (
        <ul className="upload-list" aria-label="Advisory uploads">
          {items.map((i) => (
            <UploadRow key={i.key} item={i} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
