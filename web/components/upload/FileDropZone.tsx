// A label that is both the file chooser and a drop target. It has no style of its own: its
// container styles .dropzone (upload.css in upload panels, site-files.css for site files and
// spreadsheets).
import { useState, type ReactNode } from 'react';
import { FileInput, takeFiles, type OnFiles } from './FileInput.js';

export function FileDropZone({
  accept,
  label,
  multiple = false,
  disabled,
  onFiles,
  children,
}: {
  accept: string;
  /** The file input's accessible name. */
  label: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: OnFiles;
  children: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <label
      className={dragging ? 'dropzone dragging' : 'dropzone'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        takeFiles([...e.dataTransfer.files], multiple, onFiles);
      }}
    >
      <FileInput accept={accept} label={label} multiple={multiple} disabled={disabled} onFiles={onFiles} />
      <span>{children}</span>
    </label>
  );
}
