// Every element story runs on the mock backend, in the browser, through a real provider and
// REST client: what a story shows is what a host gets from an API in that state.
import { html, type TemplateResult } from 'lit';
import '../../src/elements/billing-provider/define.js';
import { createMockBackend, createMockFetch, type MockBackendOptions, type MockFault } from '../../src/mock/index.js';

export interface MockStoryOptions extends MockBackendOptions {
  readonly faults?: readonly MockFault[];
}

/** Today, pinned, so stories look the same every day. */
export const STORY_TODAY = '2026-11-24';

export function onMock(options: MockStoryOptions, content: TemplateResult): TemplateResult {
  const { faults = [], ...backendOptions } = options;
  const backend = createMockBackend({ today: STORY_TODAY, ...backendOptions });
  for (const fault of faults) backend.addFault(fault);
  return html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>${content}</kayse-billing-provider>`;
}
