// @vitest-environment happy-dom
// The upload queue panel: files chosen together go one after another, each row shows its own
// state, a refusal marks only its file, and "Clear finished" keeps what is still going.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FileDropZone } from './FileDropZone.js';
import type { UploadProgress } from './upload-with-progress.js';
import { UploadQueuePanel } from './UploadQueuePanel.js';
import { UploadRow } from './UploadRow.js';
import { useUploadQueue } from './use-upload-queue.js';

afterEach(cleanup);

interface Pending {
  file: File;
  onProgress: (p: UploadProgress) => void;
  resolve: (answer: string) => void;
  reject: (error: Error) => void;
}

function Panel({ pending, done }: { pending: Pending[]; done: string[] }) {
  const queue = useUploadQueue(
    (file: File, onProgress: (p: UploadProgress) => void) =>
      new Promise<string>((resolve, reject) => pending.push({ file, onProgress, resolve, reject })),
    async (answer) => void done.push(answer),
  );
  return (
    <UploadQueuePanel
      title="Send files"
      note="one after another"
      accept=".txt"
      inputLabel="Files to send"
      prompt="Choose files"
      listLabel="Uploads"
      queue={queue}
      renderItem={(item) => <UploadRow item={item} status={item.answer ?? item.state} />}
    />
  );
}

const file = (name: string) => new File(['x'.repeat(10)], name, { type: 'text/plain' });
const flush = () => act(async () => undefined);
const statusOf = (name: string) => within(screen.getByRole('listitem', { name })).getByRole('status').textContent;

describe('UploadQueuePanel', () => {
  it('sends files one after another and shows each outcome', async () => {
    const pending: Pending[] = [];
    const done: string[] = [];
    render(<Panel pending={pending} done={done} />);
    fireEvent.change(screen.getByLabelText('Files to send'), { target: { files: [file('a.txt'), file('b.txt')] } });
    await flush();
    expect(pending.map((p) => p.file.name)).toEqual(['a.txt']);
    expect(statusOf('a.txt')).toBe('sending');
    expect(statusOf('b.txt')).toBe('waiting');
    expect(screen.queryByRole('button', { name: 'Clear finished' })).toBeNull();

    act(() => pending[0]?.onProgress({ sent: 10, total: 10 }));
    expect(statusOf('a.txt')).toBe('processing');
    await act(async () => pending[0]?.reject(new Error('refused')));
    expect(statusOf('a.txt')).toBe('failed');
    expect(pending.map((p) => p.file.name)).toEqual(['a.txt', 'b.txt']);

    await act(async () => pending[1]?.resolve('stored b'));
    expect(statusOf('b.txt')).toBe('stored b');
    expect(done).toEqual(['stored b']);
    const bar = within(screen.getByRole('listitem', { name: 'b.txt' })).getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('100');

    fireEvent.click(screen.getByRole('button', { name: 'Clear finished' }));
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
  });
});

describe('FileDropZone', () => {
  it('hands on one dropped file unless multiple', () => {
    const got: string[][] = [];
    render(
      <FileDropZone accept=".txt" label="One file" onFiles={(files) => got.push(files.map((f) => f.name))}>
        drop here
      </FileDropZone>,
    );
    const zone = screen.getByText('drop here').closest('label');
    if (!zone) throw new Error('no drop zone');
    fireEvent.drop(zone, { dataTransfer: { files: [file('a.txt'), file('b.txt')] } });
    fireEvent.drop(zone, { dataTransfer: { files: [] } });
    expect(got).toEqual([['a.txt']]);
  });
});
