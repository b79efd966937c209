import type { ErrorBody } from '../api/schemas.js';

/** The contract's error code for each status it names. */
export const ERROR_CODE_BY_STATUS = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'version_conflict',
  422: 'validation_failed',
  429: 'rate_limited',
  500: 'internal',
  503: 'unavailable',
} as const;

export type ErrorStatus = keyof typeof ERROR_CODE_BY_STATUS;

/** Where a field is at fault, by path (`recipients.2`), with a sentence for each. */
export type FieldErrors = Record<string, string>;

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } as const;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** An answer with the contract's error body. */
export function errorResponse(
  status: ErrorStatus,
  message: string,
  extra: { fields?: FieldErrors; current?: unknown; headers?: Record<string, string> } = {},
): Response {
  const body: ErrorBody = { error: { code: ERROR_CODE_BY_STATUS[status], message } };
  if (extra.fields !== undefined) body.error.fields = extra.fields;
  if (extra.current !== undefined) body.error.current = extra.current;
  return jsonResponse(body, status, extra.headers);
}

/** A 422 for input at fault, with the fields when any are known. */
export function validationFailed(message: string, fields?: FieldErrors): Response {
  return errorResponse(422, message, fields !== undefined && Object.keys(fields).length > 0 ? { fields } : {});
}
