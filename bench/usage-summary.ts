// Time from data in hand to figures on screen: <kayse-usage-summary> (its Task, the access
// check, the store; with the REST client also parsing by the contract schemas) against a bare
// Lit template that formats the same figures. Median of many runs, in milliseconds.
import { html, LitElement } from 'lit';
import '../src/elements/usage-summary/define.js';
import { RestBillingApi } from '../src/api/rest-billing-api.js';
import type { Access, BillingApi, CurrentUsage } from '../src/index.js';
import { formatMoney } from '../src/core/money.js';
import { createMockBackend, createMockFetch } from '../src/mock/index.js';
import { defineTag } from '../src/ui/define-tag.js';

const RUNS = 60;
const stage = document.querySelector('#stage')!;
const backend = createMockBackend({ scenario: 'near_cap', today: '2026-11-24' });
const mockFetch = createMockFetch({ backend });
const usage = (await (await mockFetch('/api/billing/usage/current')).json()) as CurrentUsage;
const access = (await (await mockFetch('/api/billing/access')).json()) as Access;
const bodies: Record<string, string> = { '/access': JSON.stringify(access), '/usage/current': JSON.stringify(usage) };

class BareFigures extends LitElement {
  data?: CurrentUsage;
  override render() {
    const data = this.data!;
    const money = (minor: number) => formatMoney(minor, data.currency, 'en-US');
    return html`<dl>
      <dt>Spent this month</dt><dd>${money(data.spent)}</dd>
      <dt>Projected total</dt><dd>${money(data.projected)}</dd>
      <dt>Monthly cap</dt><dd>${data.cap.amount === null ? 'No cap' : money(data.cap.amount)}</dd>
    </dl>`;
  }
}
defineTag('bench-bare-figures', BareFigures);

/** A client whose answers are already in memory: what remains is the element's own work. */
function memoryClient(): BillingApi {
  const unused = () => Promise.reject(new Error('not used by this bench'));
  return {
    getAccess: () => Promise.resolve(structuredClone(access)),
    getCurrentUsage: () => Promise.resolve(structuredClone(usage)),
    getPreferences: unused, updatePreferences: unused, getContacts: unused, getSpendingCap: unused, updateSpendingCap: unused,
    getAlerts: unused, updateAlerts: unused, getScheduledEmails: unused, updateScheduledEmails: unused, getWallet: unused,
    updateWalletSettings: unused, getWalletTransactions: unused, getAgents: unused, getUsageReport: unused,
  };
}

/** A REST client over an in-memory fetch: adds URL building, JSON and schema parsing. */
function restClient(): BillingApi {
  const fetch = async (url: string) =>
    new Response(bodies[new URL(url, location.href).pathname.replace('/api/billing', '')] ?? '{}', {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  return new RestBillingApi({ baseUrl: '/api/billing', fetch });
}

// A macrotask without setTimeout's 4 ms clamp on nested timers, so waiting adds no time of its own.
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function timeElement(client: () => BillingApi): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const el = document.createElement('kayse-usage-summary');
    el.noChart = true;
    el.client = client();
    const start = performance.now();
    stage.append(el);
    while (!el.matches(':state(ready)')) await yieldToEventLoop();
    await el.updateComplete;
    times.push(performance.now() - start);
    el.remove();
  }
  return median(times);
}

async function timeBare(): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const el = document.createElement('bench-bare-figures') as BareFigures;
    const start = performance.now();
    el.data = structuredClone(usage);
    stage.append(el);
    await el.updateComplete;
    times.push(performance.now() - start);
    el.remove();
  }
  return median(times);
}

const ms = (value: number) => `${value.toFixed(2)} ms (median of ${RUNS})`;
const bare = await timeBare();
const memory = await timeElement(memoryClient);
const rest = await timeElement(restClient);
(window as unknown as { benchResult: Record<string, string> }).benchResult = {
  'bare Lit template, same figures': ms(bare),
  'kayse-usage-summary, in-memory client': ms(memory),
  'kayse-usage-summary, REST client + schema parsing': ms(rest),
};
