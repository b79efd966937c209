export * from './schemas.js';
export { ENDPOINTS, type EndpointName, type EndpointSpec } from './endpoints.js';
export { parseWith, describeIssues, type ParseFailure } from './parse.js';
export { ApiError, isApiError, type ApiErrorInit, type ApiErrorKind } from './api-error.js';
export type { BillingApi, ReportQuery, RequestOptions, SaveOptions, TransactionQuery } from './billing-api.js';
export { RestBillingApi, type FetchLike, type RestBillingApiOptions, type RetryOptions } from './rest-billing-api.js';
