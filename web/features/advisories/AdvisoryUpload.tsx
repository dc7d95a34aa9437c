// The advisory upload box (org-admins): choose or drop CSAF 2.0 JSON files; each is sent in turn
// with its own progress bar, then says whether it was imported, replaced an older revision, was
// already known, is older than the stored one, or why it was refused (nothing stored).
import { UploadQueuePanel } from '../../components/upload/UploadQueuePanel.js';
import { UploadRow } from '../../components/upload/UploadRow.js';
import { percentSent } from '../../components/upload/use-upload-queue.js';
import type { ImportStatus } from './advisories-api.js';
import { refusalReasons } from './upload-advisory.js';
import { useAdvisoryUploads, type AdvisoryUploadItem } from './use-advisory-uploads.js';

const ACCEPT = '.json,application/json';

const OUTCOME: Record<ImportStatus, { text: string; badge: string }> = {
  imported: { text: 'imported', badge: 'badge ok' },
  updated: { text: 'updated to a newer revision', badge: 'badge ok' },
  unchanged: { text: 'already in the library (unchanged)', badge: 'badge' },
  older: { text: 'older than the stored revision: kept the stored one', badge: 'badge warn' },
  rejected: { text: 'refused', badge: 'badge danger' },
};

function AdvisoryRow({ item, onOpen }: { item: AdvisoryUploadItem; onOpen: (id: string) => void }) {
  const answer = item.answer;
  const outcome = answer ? OUTCOME[answer.status] : null;
  const reasons = item.state === 'failed' ? refusalReasons(item.error) : answer?.reason ? [answer.reason] : [];
  const status = (
    <>
      {item.state === 'waiting' && 'waiting'}
      {item.state === 'sending' && `${percentSent(item)}%`}
      {item.state === 'processing' && 'validating…'}
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
    </>
  );
  return (
    <UploadRow item={item} status={status}>
      {reasons.length > 0 && (
        <ul className={item.state === 'failed' ? 'upload-reasons state-error' : 'upload-reasons'} role="alert">
          {reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </UploadRow>
  );
}

export function AdvisoryUpload({ onOpen }: { onOpen: (id: string) => void }) {
  const queue = useAdvisoryUploads();
  return (
    <UploadQueuePanel
      title="Import advisories"
      note="CSAF 2.0 JSON from the vendor or CISA; each is validated, and a newer revision replaces the stored one"
      accept={ACCEPT}
      inputLabel="CSAF advisory files"
      prompt={
        <>
          <strong>Choose CSAF files</strong> or drop them here. Several files are imported one after another.
        </>
      }
      listLabel="Advisory uploads"
      queue={queue}
      renderItem={(item) => <AdvisoryRow item={item} onOpen={onOpen} />}
    />
  );
}
