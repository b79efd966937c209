// The mock backend for browsers and Node alike: nothing here (or below) may import a Node
// module, since this entry is bundled for stories, tests and host developers' pages.
import { createMockBackend, type MockBackend } from './backend.js';
import type { MockBackendOptions } from './options.js';
import { routeFetch } from './route-fetch.js';

export { createMockBackend } from './backend.js';
export type { MockBackend, MockPeek, MockRequestRecord, MockStateInfo } from './backend.js';
export { SCENARIOS, SCENARIO_DESCRIPTIONS, isScenarioName, type ScenarioName } from './scenarios.js';
export {
  FAULT_STATUSES,
  MOCK_RESOURCES,
  MockFault,
  PATCH_SCHEMAS,
  type AccessPatch,
  type AlertsPatch,
  type MockBackendOptions,
  type MockPatch,
  type MockResource,
  type PreferencesPatch,
  type ScheduledEmailsPatch,
  type SpendingCapPatch,
  type UsagePatch,
  type WalletPatch,
} from './options.js';
export { MAX_TRANSACTIONS } from './ledger.js';
export { MAX_SIMULATED_DAYS } from './simulator.js';
export { MOCK_ORIGIN } from './route-fetch.js';
export { createControlApp, type ControlAppOptions } from './control-api.js';

/** Options of `createMockFetch`: a backend's options, or an existing backend to route into. */
export interface MockFetchOptions extends MockBackendOptions {
  /** Route into this backend (its state and controls) instead of creating one. */
  readonly backend?: MockBackend;
}

/**
 * A `fetch` for stories and tests: requests under `basePath` (default `/api/billing`, on any
 * origin, or relative URLs resolved against http://mock.local) are answered by a mock backend.
 */
export function createMockFetch(options: MockFetchOptions = {}): typeof fetch {
  const { backend, ...backendOptions } = options;
  if (backend === undefined) return createMockBackend(backendOptions).fetch;
  return routeFetch(backend.app, options.basePath ?? '/api/billing');
}
