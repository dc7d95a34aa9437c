// Files dropped or chosen together are sent one after another (the server works on each while
// receiving it), each with its own progress and outcome: one refused file does not stop the rest.
import { useRef, useState } from 'react';
import type { UploadProgress } from './upload-with-progress.js';

export interface UploadItem<Answer> {
  key: number;
  name: string;
  size: number;
  /** waiting: queued behind another file; processing: every byte sent, the answer not yet back. */
  state: 'waiting' | 'sending' | 'processing' | 'done' | 'failed';
  sent: number;
  answer?: Answer;
  error?: unknown;
}

export interface UploadQueue<Answer> {
  items: UploadItem<Answer>[];
  add: (files: readonly File[]) => void;
  clearFinished: () => void;
}

export const isFinished = (item: UploadItem<unknown>): boolean => item.state === 'done' || item.state === 'failed';

export const percentSent = (item: UploadItem<unknown>): number =>
  item.size === 0 ? 100 : Math.min(100, Math.round((item.sent / item.size) * 100));

export function useUploadQueue<Answer>(
  upload: (file: File, onProgress: (p: UploadProgress) => void) => Promise<Answer>,
  /** Refreshes what the stored file changed; if it fails, so does the file's row. */
  afterDone: (answer: Answer) => Promise<unknown>,
): UploadQueue<Answer> {
  const [items, setItems] = useState<UploadItem<Answer>[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(1);

  const update = (key: number, changes: Partial<UploadItem<Answer>>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...changes } : i)));

  const send = async (key: number, file: File) => {
    update(key, { state: 'sending' });
    try {
      const answer = await upload(file, ({ sent, total }) =>
        update(key, { sent, state: sent >= total ? 'processing' : 'sending' }),
      );
      update(key, { state: 'done', sent: file.size, answer });
      await afterDone(answer);
    } catch (error) {
      update(key, { state: 'failed', error });
    }
  };

  const add = (files: readonly File[]) => {
    const added = files.map((file) => ({ file, key: nextKey.current++ }));
    setItems((list) => [
      ...added.map(({ file, key }): UploadItem<Answer> => ({
        key,
        name: file.name,
        size: file.size,
        state: 'waiting',
        sent: 0,
      })),
      ...list,
    ]);
    for (const { file, key } of added) queue.current = queue.current.then(() => send(key, file));
  };

  const clearFinished = () => setItems((list) => list.filter((i) => !isFinished(i)));

  return { items, add, clearFinished };
}
