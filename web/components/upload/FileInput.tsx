import type { InputHTMLAttributes } from 'react';

/** Gets one file, or with multiple every file chosen or dropped; never none. */
export type OnFiles = (files: [File, ...File[]]) => void;

export function takeFiles(files: readonly File[], multiple: boolean, onFiles: OnFiles): void {
  const [first, ...rest] = files;
  if (first) onFiles(multiple ? [first, ...rest] : [first]);
}

export function FileInput({
  label,
  multiple = false,
  onFiles,
  ...rest
}: Pick<InputHTMLAttributes<HTMLInputElement>, 'accept' | 'disabled'> & {
  /** The input's accessible name. */
  label: string;
  multiple?: boolean;
  onFiles: OnFiles;
}) {
  return (
    <input
      type="file"
      multiple={multiple}
      aria-label={label}
      {...rest}
      onChange={(e) => {
        const chosen = [...(e.target.files ?? [])];
        // Cleared so choosing the same (perhaps fixed) file again still fires.
        e.target.value = '';
        takeFiles(chosen, multiple, onFiles);
      }}
    />
  );
}
