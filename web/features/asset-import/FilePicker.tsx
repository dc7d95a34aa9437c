// Choosing the spreadsheet: a drop zone before the first file, a one-line "change file" after.
import { FileDropZone } from '../../components/upload/FileDropZone.js';
import { FileInput } from '../../components/upload/FileInput.js';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LABEL = 'Spreadsheet to import';

export function FilePicker({ file, busy, onFile }: { file: File | null; busy: boolean; onFile: (f: File) => void }) {
  const take = ([chosen]: [File, ...File[]]) => onFile(chosen);
  if (file)
    return (
      <div className="chosen-file">
        <span>
          File: <strong className="mono">{file.name}</strong>{' '}
          <span className="muted small">({(file.size / 1024).toFixed(1)} KB)</span>
        </span>
        <label className="button">
          Choose another file
          <FileInput accept={ACCEPT} label={LABEL} disabled={busy} onFiles={take} />
        </label>
      </div>
    );
  return (
    <FileDropZone accept={ACCEPT} label={LABEL} disabled={busy} onFiles={take}>
      <strong>Choose a spreadsheet</strong> or drop it here — CSV (comma, semicolon or tab separated, any Excel
      encoding) or XLSX (the first worksheet). The first row names the columns.
    </FileDropZone>
  );
}
