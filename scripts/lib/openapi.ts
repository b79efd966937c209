import { ENDPOINTS, type EndpointName, type EndpointSpec } from '../../src/api/endpoints.js';
import * as schemas from '../../src/api/schemas.js';
import { z } from '../../src/api/zod.js';
import packageJson from '../../package.json' with { type: 'json' };

type JsonObject = Record<string, unknown>;

const summaries: Record<EndpointName, string> = {
  getAccess: 'Which billing sections this user may see or change',
  getCurrentUsage: 'Usage of the current billing period against the spending cap',
  getPreferences: 'Primary billing contact and billing mode',
  putPreferences: 'Change the primary billing contact or the billing mode',
  getContacts: 'The company contacts a primary billing contact is chosen from',
  getSpendingCap: 'The monthly spending cap',
  putSpendingCap: 'Enable, disable or change the monthly spending cap',
  getAlerts: 'Spending-cap alerts and their extra recipients',
  putAlerts: 'Change the threshold alert and the extra alert recipients',
  getScheduledEmails: 'Scheduled billing emails',
  putScheduledEmails: 'Change scheduled billing emails',
  getWallet: 'The refillable wallet: balance and refill settings',
  putWalletSettings: 'Change the refill amount and threshold',
  getWalletTransactions: 'Wallet transactions, newest first, paged by cursor',
  getAgents: 'The AI agents a usage report may be filtered by',
  getUsageReport: 'Usage report for a month or a date range, optionally for one AI agent',
};

const errorResponses: Record<number, { name: string; description: string }> = {
  401: { name: 'Unauthenticated', description: 'Not signed in, or the access token expired (`unauthenticated`).' },
  403: { name: 'Forbidden', description: "The section is hidden for this user's role, or a change without `edit` (`forbidden`)." },
  404: { name: 'NotFound', description: 'The feature is not enabled for this company, or an unknown path (`not_found`).' },
  409: { name: 'VersionConflict', description: 'The `version` sent is stale; `error.current` holds the current resource (`version_conflict`).' },
  422: { name: 'ValidationFailed', description: 'Bad input, malformed JSON included; `error.fields` maps paths to problems (`validation_failed`).' },
  429: { name: 'RateLimited', description: 'Too many requests; retry after `Retry-After` (`rate_limited`).' },
  500: { name: 'Internal', description: 'An unexpected server error (`internal`).' },
  503: { name: 'Unavailable', description: 'The service is unavailable for a while (`unavailable`).' },
};

/** Every exported contract schema, named as the OpenAPI components call it. */
function namedSchemas(): [string, z.core.$ZodType][] {
  const named: [string, z.core.$ZodType][] = [];
  for (const [name, value] of Object.entries(schemas as Record<string, unknown>)) {
    if (/^[A-Z][a-z]/.test(name) && value instanceof z.core.$ZodType) named.push([name, value]);
  }
  return named.sort(([a], [b]) => a.localeCompare(b));
}

function nameOf(schema: unknown, names: Map<unknown, string>): string {
  const name = names.get(schema);
  if (!name) throw new Error('An endpoint uses a schema that is not exported from src/api/schemas.ts');
  return name;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const parameterDescriptions: Record<string, string> = {
  month: 'A calendar month. Give either `month` or `from` and `to`, not both and not neither.',
  from: 'First day of the range, inclusive. A range is at most 366 days and may not start after it ends.',
  to: 'Last day of the range, inclusive; days in the future are simply empty.',
  agentId: 'Only this AI agent; empty means all agents, an unknown id is 422.',
  limit: 'Page size, 50 by default, clamped to 100.',
  cursor: 'The `nextCursor` of the previous page; an unknown cursor is 422.',
  type: 'Only these transaction types, comma-separated (`refill,adjustment`).',
};

// Input view: zod objects strip unknown keys rather than refuse them, so the document must
// not say `additionalProperties: false` (clients and servers ignore unknown fields).
const jsonSchemaOptions = { target: 'draft-2020-12', io: 'input' } as const;

function queryParameters(query: z.core.$ZodType): JsonObject[] {
  const json = z.toJSONSchema(query, jsonSchemaOptions) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(parameterDescriptions[name] ? { description: parameterDescriptions[name] } : {}),
    schema,
  }));
}

function operation(name: EndpointName, spec: EndpointSpec, names: Map<unknown, string>): JsonObject {
  const parameters: JsonObject[] = [];
  if (spec.query) parameters.push(...queryParameters(spec.query as z.core.$ZodType));
  if (spec.method === 'PUT') {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'One key per user save, reused by its retries; a repeated key gets the first answer.',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  const responses: JsonObject = {
    200: { description: 'OK', content: { 'application/json': { schema: ref(nameOf(spec.response, names)) } } },
  };
  for (const status of spec.errors) {
    const error = errorResponses[status];
    if (!error) throw new Error(`No description for status ${status}`);
    responses[status] = { $ref: `#/components/responses/${error.name}` };
  }
  return {
    operationId: name,
    summary: summaries[name],
    ...(spec.section ? { tags: [spec.section] } : { tags: ['access'] }),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(nameOf(spec.body, names)) } } } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the billing API, generated from the contract schemas. */
export function buildOpenApiDocument(): JsonObject {
  const registry = z.registry<{ id: string }>();
  const names = new Map<unknown, string>();
  for (const [name, schema] of namedSchemas()) {
    registry.add(schema, { id: name });
    names.set(schema, name);
  }
  const components = z.toJSONSchema(registry, {
    ...jsonSchemaOptions,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonObject> };
  for (const schema of Object.values(components.schemas)) {
    delete schema.$id;
    delete schema.$schema;
  }

  const paths: Record<string, JsonObject> = {};
  for (const [name, spec] of Object.entries(ENDPOINTS) as [EndpointName, EndpointSpec][]) {
    const item = (paths[spec.path] ??= {});
    item[spec.method.toLowerCase()] = operation(name, spec, names);
  }

  const responses: Record<string, JsonObject> = {};
  for (const [status, { name, description }] of Object.entries(errorResponses)) {
    responses[name] = {
      description,
      ...(status === '429'
        ? { headers: { 'Retry-After': { description: 'Seconds to wait, or an HTTP date.', schema: { type: 'string' } } } }
        : {}),
      content: { 'application/json': { schema: ref('ErrorBody') } },
    };
  }

  return {
    openapi: '3.1.1',
    info: {
      title: 'Kayse billing API',
      version: packageJson.version,
      summary: 'The API a host implements for Kayse billing elements.',
      description:
        'Money is an integer count of minor units of `currency` (ISO 4217). Calendar days are `YYYY-MM-DD` in the company time zone; instants are ISO 8601 with `Z` or an offset. ' +
        'Every editable resource carries a `version`: a PUT sends the version it was edited from, a stale one gets 409. Clients ignore unknown fields and keep unknown enum values. ' +
        'The host authenticates: cookies by default, or `Authorization: Bearer` when the host gives the client a token.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/billing', description: 'Any base URL the host chooses' }],
    security: [{}, { bearerAuth: [] }],
    tags: [{ name: 'access' }, ...schemas.SECTIONS.map((section) => ({ name: section }))],
    paths,
    components: {
      schemas: components.schemas,
      responses,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
  };
}

export function serializeOpenApiDocument(document: JsonObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
