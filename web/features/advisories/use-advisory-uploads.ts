// The upload queue of the advisories page: files chosen or dropped together are sent one after
// another, each with its own progress and outcome (imported, updated, unchanged, older, refused).
// After each stored advisory the library and every site's vulnerability findings refresh.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useMe } from '../../auth/session.js';
import { advisoriesKey, type ImportAnswer } from './advisories-api.js';
import { uploadAdvisory } from './upload-advisory.js';

export interface AdvisoryUploadItem {
  key: number;
  name: string;
  size: number;
  /** checking: every byte sent, the validation's answer not yet back. */
  state: 'waiting' | 'sending' | 'checking' | 'done' | 'failed';
  sent: number;
  answer?: ImportAnswer;
  error?: unknown;
}

export function useAdvisoryUploads() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<AdvisoryUploadItem[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(1);

  const update = useCallback(
    (key: number, changes: Partial<AdvisoryUploadItem>) =>
      setItems((list) => list.map((i) => (i.key === key ? { ...i, ...changes } : i))),
    [],
  );

  const send = useCallback(
    async (key: number, file: File) => {
      update(key, { state: 'sending' });
      try {
        const answer = await uploadAdvisory(file, me.csrfToken, ({ sent, total }) =>
          update(key, { sent, state: sent >= total ? 'checking' : 'sending' }),
        );
        update(key, { state: 'done', sent: file.size, answer });
        if (answer.status === 'imported' || answer.status === 'updated')
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: advisoriesKey }),
            // New advisories change every site's matches.
            queryClient.invalidateQueries({ queryKey: ['vulnerabilities'] }),
            queryClient.invalidateQueries({
              predicate: (q) => q.queryKey[0] === 'site' && q.queryKey[2] === 'vulnerabilities',
            }),
          ]);
      } catch (error) {
        update(key, { state: 'failed', error });
      }
    },
    [me.csrfToken, queryClient, update],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ file, key: nextKey.current++ }));
      setItems((list) => [
        ...added.map(({ file, key }): AdvisoryUploadItem => ({
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
