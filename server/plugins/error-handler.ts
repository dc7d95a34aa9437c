// Maps every failure to `{ error: { code, message, details? } }` with a stable code (DESIGN §6).
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'C981_ERR_TOO_LARGE',
        'request body is too large (JSON bodies up to 1 MB; upload site files to /api/v1/site-files)',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('C981_ERR_UNSUPPORTED_MEDIA_TYPE', 'send JSON (content-type: application/json)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('C981_ERR_VALIDATION', 'the request body is empty; send a JSON document');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('C981_ERR_VALIDATION', 'content-length does not match the body');
    default:
      break;
  }
  if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message)))
    return new AppError('C981_ERR_VALIDATION', `malformed JSON: ${err.message}`);
  if (err.statusCode === 413) return new AppError('C981_ERR_TOO_LARGE', err.message);
  if (err.statusCode === 415) return new AppError('C981_ERR_UNSUPPORTED_MEDIA_TYPE', err.message);
  if (err.statusCode === 429) return new AppError('C981_ERR_RATE_LIMITED', err.message);
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
    return new AppError('C981_ERR_VALIDATION', err.message);
  return new AppError('C981_ERR_INTERNAL', 'internal error; see the server log');
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) req.log.error({ err }, 'request failed');
    return reply.code(appError.status).send(appError.toJSON());
  });
}
