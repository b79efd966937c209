// `tsx scripts/mock-server.ts --port 8787 [--scenario near_cap] [--seed 7] [--today 2026-11-24] …`
// Serves the mock billing API and its /__mock control API until interrupted.
import { parseArgs } from 'node:util';
import { isScenarioName, SCENARIOS } from '../src/mock/index.js';
import { startMockServer } from '../src/mock/node.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    hostname: { type: 'string', default: '127.0.0.1' },
    'base-path': { type: 'string', default: '/api/billing' },
    scenario: { type: 'string', default: 'healthy' },
    seed: { type: 'string' },
    today: { type: 'string' },
    currency: { type: 'string' },
    timezone: { type: 'string' },
    transactions: { type: 'string' },
    density: { type: 'string' },
    contacts: { type: 'string' },
    latency: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: tsx scripts/mock-server.ts [--port 8787] [--hostname 127.0.0.1] [--base-path /api/billing]
  [--scenario ${SCENARIOS.join('|')}] [--seed N] [--today YYYY-MM-DD] [--currency USD] [--timezone America/Chicago]
  [--transactions 1200] [--density 1] [--contacts 7] [--latency 0]`);
  process.exit(0);
}

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RangeError(`--${name} must be a number, got ${text}`);
  return value;
}

if (!isScenarioName(values.scenario)) {
  console.error(`Unknown scenario ${values.scenario}; one of ${SCENARIOS.join(', ')}`);
  process.exit(2);
}

const server = await startMockServer({
  port: number('port', values.port) ?? 8787,
  hostname: values.hostname,
  basePath: values['base-path'],
  scenario: values.scenario,
  seed: number('seed', values.seed),
  today: values.today,
  currency: values.currency,
  timezone: values.timezone,
  transactionCount: number('transactions', values.transactions),
  reportDensity: number('density', values.density),
  contactCount: number('contacts', values.contacts),
  latencyMs: number('latency', values.latency),
});

console.log(`Mock billing API: ${server.url}`);
console.log(`Control API: ${server.origin}/__mock (state, reset, scenario, fault, faults, simulate, patch)`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
