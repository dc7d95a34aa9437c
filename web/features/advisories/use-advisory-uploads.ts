// The upload queue of the advisories page: after each stored advisory the library and every
// site's vulnerability findings refresh.
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../auth/session.js';
import { useUploadQueue, type UploadItem } from '../../components/upload/use-upload-queue.js';
import { advisoriesKey, type ImportAnswer } from './advisories-api.js';
import { uploadAdvisory } from './upload-advisory.js';

export type AdvisoryUploadItem = UploadItem<ImportAnswer>;

export function useAdvisoryUploads() {
  const me = useMe();
  const queryClient = useQueryClient();
  return useUploadQueue(
    (file, onProgress) => uploadAdvisory(file, me.csrfToken, onProgress),
    async (answer) => {
      if (answer.status === 'imported' || answer.status === 'updated')
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: advisoriesKey }),
          // New advisories change every site's matches.
          queryClient.invalidateQueries({ queryKey: ['vulnerabilities'] }),
          queryClient.invalidateQueries({
            predicate: (q) => q.queryKey[0] === 'site' && q.queryKey[2] === 'vulnerabilities',
          }),
        ]);
    },
  );
}
