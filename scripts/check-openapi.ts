import { existsSync, readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { runChecks } from './lib/checks.js';

// The contract's resource table and error statuses (../shared/api-contract.md). When the
// contract file is beside the repository, the first check proves this copy still matches it.
const contractOperations = [
  'GET /access',
  'GET /usage/current',
  'GET /preferences',
  'PUT /preferences',
  'GET /contacts',
  'GET /spending-cap',
  'PUT /spending-cap',
  'GET /alerts',
  'PUT /alerts',
  'GET /scheduled-emails',
  'PUT /scheduled-emails',
  'GET /wallet',
  'PUT /wallet/settings',
  'GET /wallet/transactions',
  'GET /agents',
  'GET /reports/usage',
];
const everyOperationStatuses = ['200', '401', '429', '500', '503'];
const sectionStatuses = ['403'];
const putStatuses = ['409', '422'];
const featureGatedPrefix = '/wallet';
const queryValidatedPaths = ['/wallet/transactions', '/reports/usage'];

type Json = Record<string, unknown>;
const document = JSON.parse(readFileSync('openapi.json', 'utf8')) as Json;
const paths = document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;

function operationsIn(contract: string): string[] {
  return [...contract.matchAll(/^\| `(GET|PUT) ([^`?]+)/gm)].map((match) => `${match[1]} ${match[2]}`);
}

function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
}

function expectedStatuses(method: string, path: string): string[] {
  const statuses = [...everyOperationStatuses];
  if (path !== '/access') statuses.push(...sectionStatuses);
  if (method === 'PUT') statuses.push(...putStatuses);
  if (path.startsWith(featureGatedPrefix)) statuses.push('404');
  if (queryValidatedPaths.includes(path)) statuses.push('422');
  return statuses;
}

await runChecks('openapi', [
  {
    name: 'the contract operations listed here match ../shared/api-contract.md',
    run: () => {
      const contractFile = '../shared/api-contract.md';
      if (!existsSync(contractFile)) return;
      const fromContract = operationsIn(readFileSync(contractFile, 'utf8'));
      const missing = fromContract.filter((operation) => !contractOperations.includes(operation));
      const extra = contractOperations.filter((operation) => !fromContract.includes(operation));
      if (missing.length || extra.length) throw new Error(`missing here: ${missing.join(', ') || '-'}; not in the contract: ${extra.join(', ') || '-'}`);
    },
  },
  {
    name: 'openapi.json is a valid OpenAPI 3.1 document',
    run: async () => {
      const validator = new Validator();
      const result = await validator.validate(document);
      if (!result.valid) throw new Error(JSON.stringify(result.errors, null, 2).slice(0, 2000));
      if (validator.version !== '3.1') throw new Error(`expected OpenAPI 3.1, found ${validator.version}`);
    },
  },
  {
    name: 'every $ref resolves',
    run: () => {
      const broken = collectRefs(document).filter((ref) => resolvePointer(ref) === undefined);
      if (broken.length) throw new Error(`unresolved: ${[...new Set(broken)].join(', ')}`);
    },
  },
  {
    name: 'every contract path and method is present, and no other',
    run: () => {
      const documented = Object.entries(paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
      const missing = contractOperations.filter((operation) => !documented.includes(operation));
      const extra = documented.filter((operation) => !contractOperations.includes(operation));
      if (missing.length || extra.length) throw new Error(`missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'}`);
    },
  },
  {
    name: 'every operation documents the contract statuses',
    run: () => {
      const gaps: string[] = [];
      for (const operation of contractOperations) {
        const [method, path] = operation.split(' ') as [string, string];
        const responses = paths[path]?.[method.toLowerCase()]?.responses ?? {};
        for (const status of expectedStatuses(method, path)) if (!(status in responses)) gaps.push(`${operation} ${status}`);
      }
      if (gaps.length) throw new Error(`missing statuses: ${gaps.join(', ')}`);
    },
  },
]);
