// Sends one CSAF file to POST /api/v1/advisories?file=NAME as its raw bytes (application/json):
// the server hashes exactly what was sent. XMLHttpRequest reports the bytes sent (fetch cannot),
// with the CSRF header every write carries. A refused document (422 C981_ERR_CSAF_INVALID) becomes
// an ApiError whose details list the validation reasons.
import { ApiError, type ApiErrorBody } from '../../api/client.js';
import type { ImportAnswer } from './advisories-api.js';

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

/** The reasons of a refusal: the details' messages, else the error's own message. */
export function refusalReasons(error: unknown): string[] {
  if (error instanceof ApiError) {
    const details = Array.isArray(error.details) ? (error.details as { message?: unknown }[]) : [];
    const messages = details.map((d) => d.message).filter((m): m is string => typeof m === 'string' && m !== '');
    return messages.length > 0 ? messages : [error.message];
  }
  return [error instanceof Error ? error.message : String(error)];
}

export function uploadAdvisory(
  file: File,
  csrfToken: string | undefined,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/advisories?file=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportAnswer);
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
