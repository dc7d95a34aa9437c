// The capture upload box: choose or drop pcap / pcapng files (gzip too); each is sent and analysed
// in turn with its own progress bar, then says what it found or why the server refused it.
import { useState, type DragEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../components/states.js';
import { useCaptureUploads, type UploadItem } from './use-capture-uploads.js';

const ACCEPT = '.pcap,.pcapng,.cap,.gz,application/vnd.tcpdump.pcap,application/octet-stream';

export const formatBytes = (n: number): string =>
  n < 1024
    ? `${n} B`
    : n < 1024 ** 2
      ? `${(n / 1024).toFixed(1)} KB`
      : n < 1024 ** 3
        ? `${(n / 1024 ** 2).toFixed(1)} MB`
        : `${(n / 1024 ** 3).toFixed(2)} GB`;

/** The API's message as a sentence, so an explanation can follow it. */
const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function refusal(error: unknown): string {
  if (error instanceof ApiError && error.code === 'C981_ERR_CAPTURE_FORMAT')
    return `${sentence(error.message)} Only pcap and pcapng captures (optionally gzip-compressed) can be analysed; nothing was stored.`;
  if (error instanceof ApiError && error.code === 'C981_ERR_TOO_LARGE')
    return `${sentence(error.message)} Split the capture (e.g. editcap -c) and upload the parts.`;
  return errorMessage(error);
}

function UploadRow({ item, onOpenRun }: { item: UploadItem; onOpenRun: (run: string) => void }) {
  const percent = item.size === 0 ? 100 : Math.min(100, Math.round((item.sent / item.size) * 100));
  const found = item.answer?.findings;
  return (
    <li className={`upload-item upload-${item.state}`}>
      <div className="upload-line">
        <span className="mono upload-name">{item.name}</span>
        <span className="muted small">{formatBytes(item.size)}</span>
        <span className="spacer" />
        <span className="small" role="status">
          {item.state === 'waiting' && 'waiting'}
          {item.state === 'sending' && `${percent}% · ${formatBytes(item.sent)} of ${formatBytes(item.size)}`}
          {item.state === 'analysing' && 'finishing the analysis…'}
          {item.state === 'done' && item.answer && (
            <>
              Analysed: {item.answer.run.summary.hosts} hosts, {item.answer.run.summary.flows} flows · {found?.new ?? 0}{' '}
              new, {found?.seen ?? 0} seen again, {found?.open ?? 0} open findings ·{' '}
              <button type="button" className="link" onClick={() => item.answer && onOpenRun(item.answer.run.id)}>
                Open the run
              </button>
            </>
          )}
          {item.state === 'failed' && 'refused'}
        </span>
      </div>
      <progress
        max={100}
        value={item.state === 'waiting' ? 0 : item.state === 'sending' ? percent : 100}
        aria-label={`Upload of ${item.name}`}
      />
      {item.state === 'failed' && (
        <div className="state state-error" role="alert">
          {refusal(item.error)}
        </div>
      )}
    </li>
  );
}

export function UploadPanel({ site, onOpenRun }: { site: string; onOpenRun: (run: string) => void }) {
  const { items, add, clearFinished } = useCaptureUploads(site);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    add([...e.dataTransfer.files]);
  };
  const finished = items.some((i) => i.state === 'done' || i.state === 'failed');
  return (
    <section className="panel" aria-labelledby="upload-title">
      <div className="panel-head">
        <h2 id="upload-title">Analyse captures</h2>
        <span className="muted small">
          passive only: hosts, devices and flows are read from the capture, nothing is sent to the plant network
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
          aria-label="Capture files to analyse"
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            // Cleared so choosing the same file again still fires.
            e.target.value = '';
            if (chosen.length > 0) add(chosen);
          }}
        />
        <span>
          <strong>Choose capture files</strong> or drop them here — pcap or pcapng from a SPAN port or TAP, gzip
          allowed. Several files are analysed one after another.
        </span>
      </label>
      {items.length > 0 && (
        <ul className="upload-list" aria-label="Uploads">
          {items.map((i) => (
            <UploadRow key={i.key} item={i} onOpenRun={onOpenRun} />
          ))}
        </ul>
      )}
    </section>
  );
}
