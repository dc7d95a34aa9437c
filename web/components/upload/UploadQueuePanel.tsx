// A panel for uploading several files in turn: title and note, the drop zone, and one row per file
// (rendered by the feature, which knows what its answers mean).
import { Fragment, useId, type ReactNode } from 'react';
import { FileDropZone } from './FileDropZone.js';
import { isFinished, type UploadItem, type UploadQueue } from './use-upload-queue.js';
import './upload.css';

export function UploadQueuePanel<Answer>({
  title,
  note,
  accept,
  inputLabel,
  prompt,
  listLabel,
  queue,
  renderItem,
}: {
  title: string;
  note: ReactNode;
  accept: string;
  inputLabel: string;
  /** The drop zone's text. */
  prompt: ReactNode;
  listLabel: string;
  queue: UploadQueue<Answer>;
  renderItem: (item: UploadItem<Answer>) => ReactNode;
}) {
  const titleId = useId();
  const { items, add, clearFinished } = queue;
  return (
    <section className="panel upload-panel" aria-labelledby={titleId}>
      <div className="panel-head">
        <h2 id={titleId}>{title}</h2>
        <span className="muted small">{note}</span>
        <span className="spacer" />
        {items.some(isFinished) && (
          <button type="button" className="link" onClick={clearFinished}>
            Clear finished
          </button>
        )}
      </div>
      <FileDropZone accept={accept} label={inputLabel} multiple onFiles={add}>
        {prompt}
      </FileDropZone>
      {items.length > 0 && (
        <ul className="upload-list" aria-label={listLabel}>
          {items.map((item) => (
            <Fragment key={item.key}>{renderItem(item)}</Fragment>
          ))}
        </ul>
      )}
    </section>
  );
}
