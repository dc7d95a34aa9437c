// The upload queue of the discovery page: after each stored run the page's runs and drift queue
// refresh.
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../auth/session.js';
import { useUploadQueue, type UploadItem } from '../../components/upload/use-upload-queue.js';
import { discoveryKey, type UploadAnswer } from './discovery-api.js';
import { uploadCapture } from './upload-capture.js';

export type CaptureUpload = UploadItem<UploadAnswer>;

export function useCaptureUploads(site: string) {
  const me = useMe();
  const queryClient = useQueryClient();
  return useUploadQueue(
    (file, onProgress) => uploadCapture(site, file, me.csrfToken, onProgress),
    () => queryClient.invalidateQueries({ queryKey: discoveryKey(site) }),
  );
}
