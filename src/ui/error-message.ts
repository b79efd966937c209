import { isApiError, type ApiErrorKind } from '../api/api-error.js';
import type { CommonStrings } from '../i18n/parts/common.js';
import { NOT_CONFIGURED } from '../state/section-connection.js';

export { NOT_CONFIGURED };

const messageKeys: Readonly<Record<ApiErrorKind, keyof CommonStrings>> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  aborted: 'errorAborted',
  unauthenticated: 'errorUnauthenticated',
  forbidden: 'errorForbidden',
  not_found: 'errorNotFound',
  conflict: 'errorConflict',
  validation: 'errorValidation',
  rate_limited: 'errorRateLimited',
  server: 'errorServer',
  invalid_response: 'errorInvalidResponse',
};

/** The sentence a user reads for a failure: chosen by its kind, never the raw error text. */
export function errorMessage(error: unknown, catalog: CommonStrings): string {
  if (isApiError(error) && error.code === NOT_CONFIGURED) return catalog.errorNotConfigured;
  const key = isApiError(error) ? messageKeys[error.kind] : 'errorUnknown';
  const message = catalog[key];
  return typeof message === 'string' ? message : catalog.errorUnknown;
}
