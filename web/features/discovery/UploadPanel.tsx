// The capture upload box: choose or drop pcap / pcapng files (gzip too); each is sent and analysed
// in turn with its own progress bar, then says what it found or why the server refused it.
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../components/states.js';
import { formatBytes } from '../../components/upload/format-bytes.js';
import { UploadQueuePanel } from '../../components/upload/UploadQueuePanel.js';
import { UploadRow } from '../../components/upload/UploadRow.js';
import { percentSent } from '../../components/upload/use-upload-queue.js';
import { useCaptureUploads, type CaptureUpload } from './use-capture-uploads.js';

const ACCEPT = '.pcap,.pcapng,.cap,.gz,application/vnd.tcpdump.pcap,application/octet-stream';

/** The API's message as a sentence, so an explanation can follow it. */
const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function refusal(error: unknown): string {
  if (error instanceof ApiError && error.code === 'C981_ERR_CAPTURE_FORMAT')
    return `${sentence(error.message)} Only pcap and pcapng captures (optionally gzip-compressed) can be analysed; nothing was stored.`;
  if (error instanceof ApiError && error.code === 'C981_ERR_TOO_LARGE')
    return `${sentence(error.message)} Split the capture (e.g. editcap -c) and upload the parts.`;
  return errorMessage(error);
}

function CaptureRow({ item, onOpenRun }: { item: CaptureUpload; onOpenRun: (run: string) => void }) {
  const found = item.answer?.findings;
  const status = (
    <>
      {item.state === 'waiting' && 'waiting'}
      {item.state === 'sending' && `${percentSent(item)}% · ${formatBytes(item.sent)} of ${formatBytes(item.size)}`}
      {item.state === 'processing' && 'finishing the analysis…'}
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
    </>
  );
  return (
    <UploadRow item={item} status={status}>
      {item.state === 'failed' && (
        <div className="state state-error" role="alert">
          {refusal(item.error)}
        </div>
      )}
    </UploadRow>
  );
}

export function UploadPanel({ site, onOpenRun }: { site: string; onOpenRun: (run: string) => void }) {
  const queue = useCaptureUploads(site);
  return (
    <UploadQueuePanel
      title="Analyse captures"
      note="passive only: hosts, devices and flows are read from the capture, nothing is sent to the plant network"
      accept={ACCEPT}
      inputLabel="Capture files to analyse"
      prompt={
        <>
          <strong>Choose capture files</strong> or drop them here — pcap or pcapng from a SPAN port or TAP, gzip
          allowed. Several files are analysed one after another.
        </>
      }
      listLabel="Uploads"
      queue={queue}
      renderItem={(item) => <CaptureRow item={item} onOpenRun={onOpenRun} />}
    />
  );
}
