import '../src/define.js';
import { formatMoney } from '../src/core/money.js';
import type { KayseBillingProvider } from '../src/index.js';
import { mountControls } from './controls.js';
import { mockControl } from './mock-control.js';

mountControls(document.querySelector<HTMLElement>('#demo-controls')!);

let provider = document.querySelector<KayseBillingProvider>('#billing')!;
const status = document.querySelector<HTMLElement>('#demo-status')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const scenarioSelect = document.querySelector<HTMLSelectElement>('#scenario')!;
const answers = document.querySelector<HTMLElement>('#answers')!;

function say(message: string): void {
  status.textContent = message;
}

function row(term: string, value: string): [HTMLElement, HTMLElement] {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  return [dt, dd];
}

/**
 * A host-side look at a few answers, so a scenario switch visibly changes something. Read
 * through the mock's peek, which takes no injected fault: the fault is for the elements.
 */
async function showAnswers(): Promise<void> {
  const rows: [HTMLElement, HTMLElement][] = [];
  try {
    const { access, usage, wallet } = await mockControl.peek();
    rows.push(row('Role', access.role));
    rows.push(row('Sections', Object.entries(access.sections).map(([section, level]) => `${section}: ${level}`).join(', ')));
    if (usage) {
      const money = (amount: number) => formatMoney(amount, usage.currency, navigator.language);
      rows.push(row('Usage status', usage.status));
      rows.push(row('Spent this month', money(usage.spent)));
      rows.push(row('Projected', money(usage.projected)));
      rows.push(row('Cap', usage.cap.amount === null ? 'No cap' : money(usage.cap.amount)));
    }
    if (wallet) {
      rows.push(row('Wallet balance', formatMoney(wallet.balance, wallet.currency, navigator.language)));
      rows.push(row('Refill pending', wallet.refillPending ? 'yes' : 'no'));
    }
  } catch (error) {
    rows.push(row('Error', error instanceof Error ? error.message : String(error)));
  }
  answers.replaceChildren(...rows.flat());
}

/**
 * The elements as a fresh page load meets them: a new provider (and store) with new elements,
 * so an injected fault shows as it would to a user arriving now (skeletons through latency,
 * the error and its retry for a failure) instead of behind figures already shown.
 */
function remountElements(): void {
  const fresh = provider.cloneNode(true) as KayseBillingProvider;
  provider.replaceWith(fresh);
  provider = fresh;
}

async function afterChange(message: string): Promise<void> {
  provider.refresh();
  await showAnswers();
  say(message);
}

async function init(): Promise<void> {
  const state = await mockControl.state();
  scenarioSelect.replaceChildren(
    ...state.scenarios.map((name) => {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = name.replaceAll('_', ' ');
      option.selected = name === state.scenario;
      return option;
    }),
  );
  await showAnswers();
  say(`Scenario “${state.scenario}”, today is ${state.today} in the company time zone.`);
}

scenarioSelect.addEventListener('change', async () => {
  await mockControl.scenario(scenarioSelect.value);
  await afterChange(`Switched to the “${scenarioSelect.value}” scenario.`);
});

document.querySelector('#inject-fault')!.addEventListener('click', async () => {
  const data = new FormData(form);
  const route = String(data.get('faultRoute') ?? '') || undefined;
  const fault = String(data.get('fault'));
  await mockControl.fault(route, fault);
  remountElements();
  say(`The elements load again; the first request${route ? ` to ${route}` : ''} gets: ${fault}.`);
});

document.querySelector('#clear-faults')!.addEventListener('click', async () => {
  await mockControl.clearFaults();
  say('Faults cleared.');
});

document.querySelector('#simulate')!.addEventListener('click', async () => {
  const days = Number(new FormData(form).get('days')) || 1;
  const state = await mockControl.simulate(days);
  await afterChange(`Simulated ${days} day${days === 1 ? '' : 's'} of campaign activity; today is ${state.today}.`);
});

init().catch((error: unknown) => say(`The mock API did not answer: ${error instanceof Error ? error.message : String(error)}`));

// A host decides where "Change the spending cap" goes: on this page, to the cap's card.
document.addEventListener('kayse-navigate', (event) => {
  if (event.detail.section !== 'spendingCap') return;
  const card = document.querySelector<HTMLElement>('#spending-cap');
  card?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  card?.querySelector<HTMLElement>('kayse-spending-cap')?.focus();
});
