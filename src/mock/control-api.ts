import { Hono, type Context } from 'hono';
import { z } from '../api/zod.js';
import type { MockBackend } from './backend.js';
import { errorResponse, jsonResponse } from './http.js';
import { MOCK_RESOURCES, MockFault, MockPatch, type MockResource } from './options.js';
import { routeFetch } from './route-fetch.js';
import { SCENARIOS } from './scenarios.js';
import { MAX_SIMULATED_DAYS } from './simulator.js';
import { checkInput, readJsonBody } from './validate.js';

const ScenarioRequest = z.object({
  name: z.enum(SCENARIOS),
  seed: z.optional(z.int().check(z.minimum(0), z.maximum(0xffff_ffff))),
});
const SimulateRequest = z.object({ days: z.int().check(z.minimum(1), z.maximum(MAX_SIMULATED_DAYS)) });
const PatchRequest = z.object({ resource: z.enum(MOCK_RESOURCES), values: z.record(z.string(), z.unknown()) });

export interface ControlAppOptions {
  readonly backend: MockBackend;
  /** Where the billing API is served (default `/api/billing`). */
  readonly basePath?: string;
}

function patchOne<R extends MockResource>(backend: MockBackend, resource: R, patch: MockPatch): void {
  const values = patch[resource];
  if (values !== undefined) backend.patch(resource, values);
}

/**
 * The billing API under its base path plus a control API under `/__mock` for demos and e2e
 * tests: reset, scenario, faults, simulated days, patches, the state and a fault-free peek at
 * the answers. Browser-safe, so a dev-server plugin can serve it as well as the Node server.
 */
export function createControlApp(options: ControlAppOptions): Hono {
  const { backend } = options;
  const api = routeFetch(backend.app, options.basePath ?? '/api/billing');
  const app = new Hono();

  const stateAnswer = (): Response => jsonResponse({ ...backend.state, scenarios: SCENARIOS, requests: backend.requests.length });

  /** Runs a control action with a checked body; a wrong body or value is a 422 like the API's. */
  const action = async <S extends z.core.$ZodType>(c: Context, schema: S, run: (input: z.output<S>) => void): Promise<Response> => {
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return errorResponse(422, body.error.message);
    const checked = checkInput(schema, body.value);
    if (!checked.ok) return errorResponse(422, checked.error.message, { fields: checked.error.fields });
    try {
      run(checked.value);
    } catch (error) {
      if (error instanceof RangeError) return errorResponse(422, error.message);
      throw error;
    }
    return stateAnswer();
  };

  app.get('/__mock/state', () => stateAnswer());
  app.get('/__mock/requests', () => jsonResponse({ items: backend.requests }));
  app.get('/__mock/peek', () => jsonResponse(backend.peek()));
  app.post('/__mock/reset', () => {
    backend.reset();
    return stateAnswer();
  });
  app.post('/__mock/scenario', (c) => action(c, ScenarioRequest, ({ name, seed }) => backend.setScenario(name, seed)));
  app.post('/__mock/fault', (c) => action(c, MockFault, (fault) => backend.addFault(fault)));
  app.delete('/__mock/faults', () => {
    backend.clearFaults();
    return stateAnswer();
  });
  app.post('/__mock/simulate', (c) => action(c, SimulateRequest, ({ days }) => backend.simulateDays(days)));
  app.post('/__mock/patch', async (c) => {
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return errorResponse(422, body.error.message);
    const request = checkInput(PatchRequest, body.value);
    if (!request.ok) return errorResponse(422, request.error.message, { fields: request.error.fields });
    const { resource, values } = request.value;
    const patch = checkInput(MockPatch, { [resource]: values });
    if (!patch.ok) return errorResponse(422, patch.error.message, { fields: patch.error.fields });
    try {
      patchOne(backend, resource, patch.value);
    } catch (error) {
      if (error instanceof RangeError) return errorResponse(422, error.message);
      throw error;
    }
    return stateAnswer();
  });
  app.all('/__mock/*', (c) => errorResponse(404, `No such control: ${c.req.method} ${c.req.path}`));
  app.all('*', (c) => api(c.req.raw));
  return app;
}
