// What the client checks answers with: the endpoints' schemas and zod. Loaded by the client on
// its first request, beside that request, so a page pays for the validator only once it asks
// the server something.
export { ENDPOINTS } from './endpoints.js';
export { parseWith } from './parse.js';
export { ErrorBody } from './schemas.js';
