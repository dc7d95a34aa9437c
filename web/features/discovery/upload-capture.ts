// Sends one capture file to POST …/discovery/runs?file=NAME as raw bytes. The server analyses the
// stream while it arrives, so the bytes sent are the analysis's progress: XMLHttpRequest reports
// them (fetch cannot), with the CSRF header every write carries. Errors become ApiErrors with the
// API's own message, like every other request of the app.
import { ApiError, type ApiErrorBody } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { UploadAnswer } from './discovery-api.js';

export interface UploadProgress {
  sent: number;
  total: number;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  let body: ApiErrorBody = { code: 'C981_ERR_HTTP', message: `${xhr.status} ${xhr.statusText}` };
  try {
    const parsed = JSON.parse(xhr.responseText) as { error?: ApiErrorBody };
    if (parsed.error) body = parsed.error;
  } catch {
    // not JSON: keep the status line
  }
  if (xhr.status === 413 && body.code === 'C981_ERR_HTTP')
    body = { code: 'C981_ERR_TOO_LARGE', message: 'The file is larger than the server accepts.' };
  return new ApiError(xhr.status, body.code, body.message, body.details);
}

export function uploadCapture(
  site: string,
  file: File,
  csrfToken: string | undefined,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${sitePath(site, 'discovery', 'runs')}?file=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadAnswer);
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      } else reject(errorOf(xhr));
    };
    xhr.onerror = () => reject(new Error('The upload failed: the connection to the server was lost.'));
    xhr.onabort = () => reject(new Error('Upload cancelled.'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
