// Sends one CSAF file to POST /api/v1/advisories?file=NAME as its raw bytes (application/json):
// the server hashes exactly what was sent. A refused document (422 C981_ERR_CSAF_INVALID) becomes
// an ApiError whose details list the validation reasons.
import { ApiError } from '../../api/client.js';
import { uploadWithProgress, type UploadProgress } from '../../components/upload/upload-with-progress.js';
import type { ImportAnswer } from './advisories-api.js';

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
  return uploadWithProgress<ImportAnswer>(`/api/v1/advisories?file=${encodeURIComponent(file.name)}`, file, {
    contentType: 'application/json',
    csrfToken,
    onProgress,
    signal,
  });
}
