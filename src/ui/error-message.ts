import { isApiError, type ApiErrorKind } from '../api/api-error.js';
import type { Catalog } from '../i18n/catalog.js';

/** The `code` of the error an element shows when it has no API to ask (a host set-up mistake). */
export const NOT_CONFIGURED = 'not_configured';

const messageKeys: Readonly<Record<ApiErrorKind, keyof Catalog>> = {
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
export function errorMessage(error: unknown, catalog: Catalog): string {
  if (isApiError(error) && error.code === NOT_CONFIGURED) return catalog.errorNotConfigured;
  const key = isApiError(error) ? messageKeys[error.kind] : 'errorUnknown';
  const message = catalog[key];
  return typeof message === 'string' ? message : catalog.errorUnknown;
}
