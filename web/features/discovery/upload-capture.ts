// Sends one capture file to POST …/discovery/runs?file=NAME as raw bytes. The server analyses the
// stream while it arrives, so the bytes sent are the analysis's progress.
import { sitePath } from '../../api/queries.js';
import { uploadWithProgress, type UploadProgress } from '../../components/upload/upload-with-progress.js';
import type { UploadAnswer } from './discovery-api.js';

export function uploadCapture(
  site: string,
  file: File,
  csrfToken: string | undefined,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<UploadAnswer> {
  return uploadWithProgress<UploadAnswer>(
    `${sitePath(site, 'discovery', 'runs')}?file=${encodeURIComponent(file.name)}`,
    file,
    { contentType: 'application/octet-stream', csrfToken, onProgress, signal },
  );
}
