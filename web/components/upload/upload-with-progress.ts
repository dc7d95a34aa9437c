// XMLHttpRequest rather than fetch: only it reports the bytes sent while a file uploads. The
// request carries the CSRF header every write carries, and a refusal becomes an ApiError with the
// API's own message, like every other request of the app.
import { ApiError, type ApiErrorBody } from '../../api/client.js';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface UploadOptions {
  contentType: string;
  csrfToken: string | undefined;
  onProgress: (p: UploadProgress) => void;
  signal?: AbortSignal;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  let body: ApiErrorBody = { code: 'C981_ERR_HTTP', message: `${xhr.status} ${xhr.statusText}` };
  try {
    const parsed = JSON.parse(xhr.responseText) as { error?: ApiErrorBody };
    if (parsed.error) body = parsed.error;
  } catch {
    // not JSON: keep the status line
  }
  // A 413 without the API's error body (from a proxy, say) still gets a plain explanation.
  if (xhr.status === 413 && body.code === 'C981_ERR_HTTP')
    body = { code: 'C981_ERR_TOO_LARGE', message: 'The file is larger than the server accepts.' };
  return new ApiError(xhr.status, body.code, body.message, body.details);
}

/** POSTs the file's raw bytes to url and resolves with the JSON answer. */
export function uploadWithProgress<Answer>(
  url: string,
  file: File,
  { contentType, csrfToken, onProgress, signal }: UploadOptions,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as Answer);
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
