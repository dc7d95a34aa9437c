// Choosing the spreadsheet: a drop zone before the first file, a one-line "change file" after.
import { useState, type DragEvent } from 'react';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FilePicker({ file, busy, onFile }: { file: File | null; busy: boolean; onFile: (f: File) => void }) {
  const [dragging, setDragging] = useState(false);
  const input = (
    <input
      type="file"
      accept={ACCEPT}
      aria-label="Spreadsheet to import"
      disabled={busy}
      onChange={(e) => {
        const chosen = e.target.files?.[0];
        // Cleared so choosing the same (fixed) file again still fires.
        e.target.value = '';
        if (chosen) onFile(chosen);
      }}
    />
  );
  if (file)
    return (
      <div className="chosen-file">
        <span>
          File: <strong className="mono">{file.name}</strong>{' '}
          <span className="muted small">({(file.size / 1024).toFixed(1)} KB)</span>
        </span>
        <label className="button">
          Choose another file
          {input}
        </label>
      </div>
    );
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <label
      className={dragging ? 'dropzone dragging' : 'dropzone'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {input}
      <span>
        <strong>Choose a spreadsheet</strong> or drop it here — CSV (comma, semicolon or tab separated, any Excel
        encoding) or XLSX (the first worksheet). The first row names the columns.
      </span>
    </label>
  );
}
