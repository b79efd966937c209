export * from './schemas.js';
export { ENDPOINTS, type EndpointName, type EndpointSpec } from './endpoints.js';
export { parseWith, describeIssues, type ParseFailure } from './parse.js';
