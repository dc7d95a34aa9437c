// Saving checklist results: PUT …/results one change at a time, in the order the assessor made
// them, then one refresh of the site's views once the queue is empty (a fast keyboard pass makes
// many changes; the chart and SL-A follow when it settles). Every save resolves only after that
// refresh, so a row never flickers back to its old status.
import { useCallback, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.js';
import { invalidateSite, sitePath } from '../../api/queries.js';
import type { Site } from '../../api/types.js';
import { useReason } from '../../components/Dialogs.js';
import type { ResultsPut } from './zone-api.js';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
const deferred = (): Deferred => {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

export function useResultSaver(site: string, siteInfo: Site | undefined): (body: ResultsPut) => Promise<void> {
  const queryClient = useQueryClient();
  const askReason = useReason();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);
  const settled = useRef<Deferred | null>(null);
  // Regulated sites do not require a reason for results today; should the server ask, the reason
  // given once covers the rest of the same burst of changes.
  const reason = useRef<string | undefined>(undefined);

  const put = useCallback(
    async (body: ResultsPut): Promise<void> => {
      const send = () => api(sitePath(site, 'results'), { method: 'PUT', body, reason: reason.current });
      try {
        await send();
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'C981_ERR_REASON_REQUIRED')) throw error;
        reason.current = await askReason(siteInfo ?? { regulated: true }, 'change this assessment result');
        await send();
      }
    },
    [site, siteInfo, askReason],
  );

  return useCallback(
    async (body: ResultsPut) => {
      inFlight.current += 1;
      const done = (settled.current ??= deferred());
      const run = queue.current.then(() => put(body));
      queue.current = run.catch(() => undefined);
      try {
        await run;
      } finally {
        inFlight.current -= 1;
        if (inFlight.current === 0) {
          settled.current = null;
          reason.current = undefined;
          void invalidateSite(queryClient, site).finally(done.resolve);
        }
      }
      await done.promise;
    },
    [put, queryClient, site],
  );
}
