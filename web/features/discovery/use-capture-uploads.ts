// The upload queue of the discovery page: files dropped or chosen together are sent one after
// another (the server analyses each while receiving it), each with its own progress and outcome.
// After each stored run the page's runs and drift queue refresh.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useMe } from '../../auth/session.js';
import { discoveryKey, type UploadAnswer } from './discovery-api.js';
import { uploadCapture } from './upload-capture.js';

export interface UploadItem {
  key: number;
  name: string;
  size: number;
  /** waiting: queued behind another file; analysing: every byte sent, the answer not yet back. */
  state: 'waiting' | 'sending' | 'analysing' | 'done' | 'failed';
  sent: number;
  answer?: UploadAnswer;
  error?: unknown;
}

export function useCaptureUploads(site: string) {
  const me = useMe();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(1);

  const update = useCallback(
    (key: number, changes: Partial<UploadItem>) =>
      setItems((list) => list.map((i) => (i.key === key ? { ...i, ...changes } : i))),
    [],
  );

  const send = useCallback(
    async (key: number, file: File) => {
      update(key, { state: 'sending' });
      try {
        const answer = await uploadCapture(site, file, me.csrfToken, ({ sent, total }) =>
          update(key, { sent, state: sent >= total ? 'analysing' : 'sending' }),
        );
        update(key, { state: 'done', sent: file.size, answer });
        await queryClient.invalidateQueries({ queryKey: discoveryKey(site) });
      } catch (error) {
        update(key, { state: 'failed', error });
      }
    },
    [me.csrfToken, queryClient, site, update],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ file, key: nextKey.current++ }));
      setItems((list) => [
        ...added.map(({ file, key }): UploadItem => ({
          key,
          name: file.name,
          size: file.size,
          state: 'waiting',
          sent: 0,
        })),
        ...list,
      ]);
      for (const { file, key } of added) queue.current = queue.current.then(() => send(key, file));
    },
    [send],
  );

  const clearFinished = useCallback(
    () => setItems((list) => list.filter((i) => i.state !== 'done' && i.state !== 'failed')),
    [],
  );

  return { items, add, clearFinished };
}
