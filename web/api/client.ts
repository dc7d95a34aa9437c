// The one way the web app talks to the C-981 API: same origin, session cookie, the CSRF token on
// writes, the regulated-site reason header, and the API's own error message on failure.

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
/** Remembered from sign-in or /auth/me; sent on every write (the server refuses writes without it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();
/** Called when any request answers 401, so the app can send the user to the sign-in page. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Regulated sites: why this change is made (lands in the audit trail). */
  reason?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Extra headers, e.g. content-type for uploads. */
  headers?: Record<string, string>;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string' || options.body instanceof Blob || options.body instanceof ArrayBuffer) {
      body = options.body as BodyInit;
    } else {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  // Header values are Latin-1 only: the reason goes percent-encoded as UTF-8 (RFC 8187 form).
  if (options.reason) headers['x-c981-reason'] = `utf-8''${encodeURIComponent(options.reason)}`;
  const response = await fetch(path, {
    method,
    headers,
    body: body ?? null,
    credentials: 'same-origin',
    signal: options.signal ?? null,
  });
  if (!response.ok) {
    let error: ApiErrorBody = { code: 'C981_ERR_HTTP', message: `${response.status} ${response.statusText}` };
    try {
      const parsed = (await response.json()) as { error?: ApiErrorBody };
      if (parsed.error) error = parsed.error;
    } catch {
      // not JSON: keep the status line
    }
    if (response.status === 401 && !path.endsWith('/auth/login')) for (const l of unauthenticatedListeners) l();
    throw new ApiError(response.status, error.code, error.message, error.details);
  }
  return response;
}

/** JSON request; resolves to the parsed body (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A request whose answer is not JSON (CSV, YAML downloads). */
export async function apiText(path: string, options: RequestOptions = {}): Promise<string> {
  return (await send(path, options)).text();
}

/** Query string from an object, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Lists answer { items, nextCursor } (DESIGN §6). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every page of a list, following cursors (for lists the UI shows whole, such as zones). */
export async function apiAll<T>(path: string, limit = 500): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: Page<T> = await api<Page<T>>(
      `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
