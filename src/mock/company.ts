import type { Agent, Contact } from '../api/schemas.js';
import { intBetween, pick, randomFor } from './prng.js';

/** The seeded company: a US law firm that runs intake, follow-up and review campaigns. */
export const FIRM = {
  name: 'Whit & Hale LLP',
  domain: 'whithale.example',
  currency: 'USD',
  timezone: 'America/Chicago',
} as const;

const STAFF: readonly Omit<Contact, 'email'>[] = [
  { id: 'u_1', name: 'Dana Whit', role: 'Office manager' },
  { id: 'u_2', name: 'Marcus Hale', role: 'Managing partner' },
  { id: 'u_3', name: 'Priya Raman', role: 'Billing coordinator' },
  { id: 'u_4', name: 'Luis Ortega', role: 'Intake supervisor' },
  { id: 'u_5', name: 'Grace Kim', role: 'Paralegal' },
  { id: 'u_6', name: 'Tom Brennan', role: 'Controller' },
  { id: 'u_7', name: 'Aisha Bello', role: 'Associate attorney' },
];

const FIRST_NAMES = [
  'Alex', 'Jordan', 'Sam', 'Taylor', 'Morgan', 'Riley', 'Casey', 'Jamie', 'Avery', 'Quinn',
  'Elena', 'Noah', 'Mia', 'Omar', 'Chloe', 'Mateo', 'Hannah', 'Kenji', 'Sofia', 'Ethan',
] as const;
const LAST_NAMES = [
  'Nguyen', 'Patel', 'Garcia', 'Smith', 'Johnson', 'Okafor', 'Rossi', 'Müller', 'Cohen', 'Silva',
  'Walker', 'Lopez', "O'Neil", 'Schmidt', 'Dubois', 'Andersen', 'Yamamoto', 'Haddad', 'Novak', 'Reyes',
] as const;
const ROLES = [
  'Paralegal', 'Associate attorney', 'Legal assistant', 'Intake specialist', 'Case manager',
  'Receptionist', 'Partner', 'Marketing lead', 'IT administrator', 'Accounts payable',
] as const;

function emailOf(name: string, serial: number): string {
  // ASCII local parts: a generated name like "Müller" or "O'Neil" must still give a valid address.
  const local = name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/ +/g, '.');
  return serial === 0 ? `${local}@${FIRM.domain}` : `${local}${serial}@${FIRM.domain}`;
}

/** The firm's people: the named staff first, then generated colleagues up to `count`. */
export function generateContacts(seed: number, count: number): Contact[] {
  const contacts: Contact[] = STAFF.slice(0, count).map((person) => ({ ...person, email: emailOf(person.name, 0) }));
  const used = new Map<string, number>();
  for (let n = contacts.length + 1; n <= count; n++) {
    const random = randomFor(seed, 'contact', n);
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    const seen = used.get(name) ?? 0;
    used.set(name, seen + 1);
    contacts.push({ id: `u_${n}`, name, email: emailOf(name, seen === 0 ? 0 : n), role: pick(random, ROLES) });
  }
  return contacts;
}

/** The firm's AI agents, in the order `/agents` lists them. */
export const AGENTS: readonly Agent[] = [
  { id: 'ag_1', name: 'Intake Agent' },
  { id: 'ag_2', name: 'Follow-up Agent' },
  { id: 'ag_3', name: 'Reviews Agent' },
  { id: 'ag_4', name: 'Scheduling Agent' },
];

/** One campaign's shape of activity; its figures on a day come from the usage generator. */
export interface Campaign {
  readonly id: string;
  readonly name: string;
  readonly agentId: string;
  readonly agentName: string;
  /** Calls on an ordinary active weekday. */
  readonly volume: number;
  /** Chance of any activity on a weekday; weekends get a fraction of it. */
  readonly activity: number;
  /** Months (1–12) the campaign runs in; null when it runs all year. */
  readonly months: readonly number[] | null;
}

interface CampaignTemplate {
  readonly agentId: string;
  readonly name: string;
  readonly months: readonly number[] | null;
}

const TEMPLATES: readonly CampaignTemplate[] = [
  { agentId: 'ag_1', name: 'Personal injury intake', months: null },
  { agentId: 'ag_1', name: 'Workers’ comp intake', months: null },
  { agentId: 'ag_1', name: 'Web lead callback', months: null },
  { agentId: 'ag_1', name: 'Spring auto accident drive', months: [3, 4, 5] },
  { agentId: 'ag_2', name: 'Unsigned retainer follow-up', months: null },
  { agentId: 'ag_2', name: 'Medical records reminders', months: null },
  { agentId: 'ag_2', name: 'Case status updates', months: null },
  { agentId: 'ag_3', name: 'Settled case reviews', months: null },
  { agentId: 'ag_3', name: 'Google review requests', months: null },
  { agentId: 'ag_3', name: 'Year-end referral asks', months: [11, 12, 1] },
  { agentId: 'ag_4', name: 'Consultation booking', months: null },
  { agentId: 'ag_4', name: 'Deposition reminders', months: null },
];

/**
 * Every campaign, sorted by agent name then campaign name, the order report rows take. With a
 * density above 1 each template runs in numbered waves, so a month can hold 10 000+ rows.
 */
export function generateCampaigns(seed: number, density: number): Campaign[] {
  const agentNames = new Map(AGENTS.map((agent) => [agent.id, agent.name]));
  const campaigns: Campaign[] = [];
  let serial = 0;
  for (let wave = 1; wave <= density; wave++) {
    for (const template of TEMPLATES) {
      serial += 1;
      const id = `c_${serial}`;
      const random = randomFor(seed, 'campaign', id);
      campaigns.push({
        id,
        name: density === 1 ? template.name : `${template.name} · wave ${String(wave).padStart(3, '0')}`,
        agentId: template.agentId,
        agentName: agentNames.get(template.agentId) ?? template.agentId,
        volume: intBetween(random, 8, 40),
        activity: 0.75 + random() * 0.2,
        months: template.months,
      });
    }
  }
  return campaigns.sort((a, b) => compareText(a.agentName, b.agentName) || compareText(a.name, b.name));
}

/** Code-unit order: the same in every engine and locale, which is what a report's order needs. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
