// One file of an upload queue: name, size, what is happening to it and its progress bar; the
// feature says what the status reads and what follows the bar (the outcome or the refusal).
import type { ReactNode } from 'react';
import { formatBytes } from './format-bytes.js';
import { percentSent, type UploadItem } from './use-upload-queue.js';

export function UploadRow({
  item,
  status,
  children,
}: {
  item: UploadItem<unknown>;
  status: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li className={`upload-item upload-${item.state}`} aria-label={item.name}>
      <div className="upload-line">
        <span className="mono upload-name">{item.name}</span>
        <span className="muted small">{formatBytes(item.size)}</span>
        <span className="spacer" />
        <span className="small" role="status">
          {status}
        </span>
      </div>
      <progress
        max={100}
        value={item.state === 'waiting' ? 0 : item.state === 'sending' ? percentSent(item) : 100}
        aria-label={`Upload of ${item.name}`}
      />
      {children}
    </li>
  );
}
