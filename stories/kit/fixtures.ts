// Realistic data for the kit's stories: a law firm's contacts, agents and wallet refills.
import type { ComboboxOption } from '../../src/ui/kit/combobox.types.js';

export const CONTACTS: readonly ComboboxOption[] = [
  { value: 'c-dana', label: 'Dana Whitfield', description: 'dana@whitfield-law.example · Managing partner' },
  { value: 'c-jose', label: 'José Álvarez', description: 'jose@whitfield-law.example · Operations' },
  { value: 'c-priya', label: 'Priya Natarajan', description: 'priya@whitfield-law.example · Finance' },
  { value: 'c-zoe', label: 'Zoë Ångström', description: 'zoe@whitfield-law.example · Intake lead' },
  { value: 'c-marcus', label: 'Marcus O’Neill', description: 'marcus@whitfield-law.example · Associate' },
];

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eun-ji', 'Fatima', 'Gustavo', 'Hana', 'Ilse', 'Jonas', 'Kwame', 'Léa', 'Mateo', 'Nadia', 'Oskar'];
const LAST = ['Nguyen', 'Okafor', 'Schröder', 'García', 'Kowalski', 'Haddad', 'Müller', 'Suzuki', 'Ó Briain', 'Petrović', 'Lindqvist', 'Moreau', 'Singh', 'Rossi'];

/** 210 contacts, for the "hundreds of options" case. */
export const MANY_CONTACTS: readonly ComboboxOption[] = FIRST.flatMap((first, i) =>
  LAST.map((last, j) => ({
    value: `c-${i}-${j}`,
    label: `${first} ${last}`,
    description: `${first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${j}@whitfield-law.example`,
  })),
);

export interface AgentRow {
  readonly agent: string;
  readonly campaign: string;
  readonly calls: number;
  readonly successful: number;
  readonly conversions: number;
  /** Minor units (cents). */
  readonly cost: number;
}

export const AGENT_ROWS: readonly AgentRow[] = [
  { agent: 'Intake', campaign: 'Personal injury leads', calls: 1284, successful: 1102, conversions: 87, cost: 184250 },
  { agent: 'Intake', campaign: 'Workers’ comp', calls: 412, successful: 380, conversions: 31, cost: 61800 },
  { agent: 'Follow-up', campaign: 'Consultation reminders', calls: 2210, successful: 2050, conversions: 0, cost: 99450 },
  { agent: 'Billing', campaign: 'Overdue invoices', calls: 96, successful: 71, conversions: 12, cost: 14400 },
  { agent: 'Réception', campaign: 'After-hours', calls: 530, successful: 498, conversions: 44, cost: 79500 },
  { agent: 'Follow-up', campaign: 'Document requests', calls: 412, successful: 377, conversions: 9, cost: 18540 },
];

export interface Refill {
  readonly id: number;
  readonly type: 'automatic' | 'manual';
  readonly date: string;
  /** Minor units (cents). */
  readonly amount: number;
  readonly balanceAfter: number;
}

/** `count` refills, newest first, one every four days back from 2026-11-20. */
export function refills(count: number, from = 0): Refill[] {
  const start = Date.UTC(2026, 10, 20);
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      id: i,
      type: i % 5 === 0 ? 'manual' : 'automatic',
      date: new Date(start - i * 4 * 86_400_000).toISOString().slice(0, 10),
      amount: i % 5 === 0 ? 100000 : 50000,
      balanceAfter: 62000 + ((i * 7919) % 40000),
    };
  });
}
