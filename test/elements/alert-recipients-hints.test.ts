// The hints of <kayse-alert-recipients> against missed alerts: their rules, then the element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Access, AccessLevel } from '../../src/api/schemas.js';
import { capSource, capStateOf, recipientsHint, thresholdCannotFire, type CapSource, type CapState } from '../../src/elements/alert-recipients/alert-hints.js';
import type { KayseAlertRecipients } from '../../src/elements/alert-recipients/alert-recipients.js';
import '../../src/elements/alert-recipients/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { KayseErrorEvent } from '../../src/events/events.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { formatPercent } from '../../src/core/money.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { KayseSwitch } from '../../src/ui/kit/switch.js';

const TODAY = '2026-11-24';
const NO_CAP_HINT = en.alertsThresholdNoCap('80%');

interface Mounted {
  readonly backend: MockBackend;
  readonly el: KayseAlertRecipients;
  /** `kayse-error` events heard on the provider. */
  readonly errors: KayseErrorEvent[];
}

async function mount(options: MockBackendOptions, prepare?: (backend: MockBackend) => void): Promise<Mounted> {
  const backend = createMockBackend({ today: TODAY, ...options });
  prepare?.(backend);
  const errors: KayseErrorEvent[] = [];
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })} @kayse-error=${(event: KayseErrorEvent) => errors.push(event)}>
      <kayse-alert-recipients></kayse-alert-recipients>
    </kayse-billing-provider>`,
  );
  const el = provider.querySelector('kayse-alert-recipients')!;
  await waitUntil(() => !el.matches(':state(loading)'), 'the element stayed loading', { timeout: 4000 });
  await el.updateComplete;
  return { backend, el, errors };
}

const shadow = (el: Element) => el.shadowRoot!;
const capHint = (el: KayseAlertRecipients) => shadow(el).querySelector('.cap-hint')?.textContent?.trim() ?? null;
const recipientsHintText = (el: KayseAlertRecipients) => shadow(el).querySelector('.recipients-hint')?.textContent?.trim() ?? null;
const paths = (backend: MockBackend) => backend.requests.map((request) => `${request.method} ${request.path}`).sort();
const toggleThreshold = async (el: KayseAlertRecipients) => {
  shadow(shadow(el).querySelector<KayseSwitch>('kayse-switch.threshold')!).querySelector('button')!.click();
  await el.updateComplete;
};

const sections = (spendingCap: AccessLevel, usage: AccessLevel): Access['sections'] => ({
  usage,
  preferences: 'edit',
  spendingCap,
  alerts: 'edit',
  scheduledEmails: 'edit',
  reports: 'read',
  wallet: 'edit',
});

describe('alert hints', () => {
  describe('capSource: the cap is read only from a section the user may read', () => {
    const cases: [AccessLevel, AccessLevel, CapSource][] = [
      ['edit', 'read', 'spendingCap'],
      ['read', 'read', 'spendingCap'],
      ['read', 'hidden', 'spendingCap'],
      ['hidden', 'read', 'usage'],
      ['hidden', 'edit', 'usage'],
      ['hidden', 'hidden', null],
    ];
    for (const [spendingCap, usage, expected] of cases) {
      it(`spendingCap ${spendingCap}, usage ${usage} → ${String(expected)}`, () => {
        expect(capSource(sections(spendingCap, usage))).to.equal(expected);
      });
    }

    it('an access level this version does not know counts as hidden', () => {
      const unknown = { ...sections('hidden', 'hidden'), spendingCap: 'approve', usage: 'approve' } as unknown as Access['sections'];
      expect(capSource(unknown)).to.equal(null);
    });
  });

  describe('capStateOf', () => {
    it('on, off, and unknown when nothing was read', () => {
      expect(capStateOf({ enabled: true })).to.equal('on');
      expect(capStateOf({ enabled: false })).to.equal('off');
      expect(capStateOf(null)).to.equal('unknown');
    });
  });

  describe('thresholdCannotFire: the threshold alert on, and no cap', () => {
    const cases: [boolean, CapState, boolean][] = [
      [true, 'off', true],
      [true, 'on', false],
      // Not knowing is not a reason to warn.
      [true, 'unknown', false],
      // Switched off, there is nothing that could fire.
      [false, 'off', false],
      [false, 'on', false],
      [false, 'unknown', false],
    ];
    for (const [thresholdOn, cap, expected] of cases) {
      it(`threshold ${thresholdOn ? 'on' : 'off'}, cap ${cap} → ${expected}`, () => {
        expect(thresholdCannotFire(thresholdOn, cap)).to.equal(expected);
      });
    }
  });

  describe('recipientsHint: advice to an editor while one person or nobody is alerted', () => {
    const cases: [number, boolean, ReturnType<typeof recipientsHint>][] = [
      [0, true, 'no_recipient'],
      [1, true, 'one_recipient'],
      [2, true, null],
      [51, true, null],
      [-1, true, 'no_recipient'],
      // A reader cannot add anyone, and sees the primary contact and the list already.
      [0, false, null],
      [1, false, null],
      [2, false, null],
    ];
    for (const [receivers, editable, expected] of cases) {
      it(`${receivers} receiving, ${editable ? 'editor' : 'reader'} → ${String(expected)}`, () => {
        expect(recipientsHint(receivers, editable)).to.equal(expected);
      });
    }
  });
});

describe('<kayse-alert-recipients>: hints against missed alerts', () => {
  describe('accessibility (axe)', () => {
    it('no spending cap: the threshold alert says it cannot be sent', async () => {
      const { el } = await mount({ scenario: 'no_cap' });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      await expect(el).to.be.accessible();
    });

    it('a reader, no spending cap', async () => {
      const { el } = await mount({ scenario: 'read_only', patch: { spendingCap: { enabled: false, amount: null } } });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      await expect(el).to.be.accessible();
    });
  });

  describe('the threshold alert without a spending cap', () => {
    it('says it cannot be sent until a cap is set, right under its switch', async () => {
      const { el } = await mount({ scenario: 'no_cap' });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      const hint = shadow(el).querySelector('.cap-hint')!;
      expect(hint.previousElementSibling?.matches('kayse-switch.threshold'), 'after the threshold switch').to.equal(true);
      expect(hint.classList.contains('notice')).to.equal(true);
    });

    it('follows the switch: gone while the alert is off, back when it is on', async () => {
      const { el } = await mount({ scenario: 'no_cap' });
      await toggleThreshold(el);
      expect(capHint(el)).to.equal(null);
      await toggleThreshold(el);
      expect(capHint(el)).to.equal(NO_CAP_HINT);
    });

    it('is not there with a cap', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect(capHint(el)).to.equal(null);
    });

    it('the percent follows the server', async () => {
      const { el } = await mount({ scenario: 'no_cap', patch: { alerts: { thresholdAlert: { enabled: true, percent: 75 } } } });
      expect(capHint(el)).to.equal(en.alertsThresholdNoCap('75%'));
    });

    it('follows a cap set meanwhile, once the element reloads', async () => {
      const { el, backend } = await mount({ scenario: 'no_cap' });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      backend.patch('spendingCap', { enabled: true, amount: 900_000 });
      el.refresh();
      await waitUntil(() => capHint(el) === null, 'the hint stayed after the cap was set', { timeout: 4000 });
    });

    it('in Spanish', async () => {
      const { el } = await mount({ scenario: 'no_cap' });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      el.locale = 'es';
      const expected = es.alertsThresholdNoCap(formatPercent(80, 'es'));
      await waitUntil(() => capHint(el) === expected, `no Spanish hint: ${String(capHint(el))}`, { timeout: 4000 });
    });
  });

  describe('reading the cap: only from a section the user may read', () => {
    it('the spending cap when readable, and not usage', async () => {
      const { el, backend } = await mount({ scenario: 'no_cap' });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      expect(paths(backend)).to.deep.equal(['GET /access', 'GET /alerts', 'GET /spending-cap']);
    });

    it('the spending cap hidden: usage’s cap instead, never /spending-cap', async () => {
      const { el, backend } = await mount({ scenario: 'no_cap', patch: { access: { sections: { spendingCap: 'hidden' } } } });
      expect(capHint(el)).to.equal(NO_CAP_HINT);
      expect(paths(backend)).to.deep.equal(['GET /access', 'GET /alerts', 'GET /usage/current']);
    });

    it('both hidden: asks for neither, and says nothing about the cap', async () => {
      const { el, backend } = await mount({ scenario: 'no_cap', patch: { access: { sections: { spendingCap: 'hidden', usage: 'hidden' } } } });
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(capHint(el)).to.equal(null);
      expect(paths(backend)).to.deep.equal(['GET /access', 'GET /alerts']);
    });

    it('the cap failing to load: the alerts stand without the hint, and the failure is not the alerts’ to report', async () => {
      const { el, errors } = await mount({ scenario: 'no_cap' }, (backend) => backend.addFault({ route: '/spending-cap', status: 500 }));
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(shadow(el).querySelector('kayse-switch.threshold')).to.not.equal(null);
      expect(capHint(el)).to.equal(null);
      expect(errors).to.deep.equal([]);
    });
  });
});

describe('<kayse-alert-recipients>: who else to add, editor and reader', () => {
  it('an editor alerted alone is told to add someone; a reader is not (the list above says who receives them)', async () => {
    const editor = await mount({ scenario: 'healthy', patch: { alerts: { recipients: [] } } });
    expect(recipientsHintText(editor.el)).to.equal(en.alertsOneRecipient);
    const reader = await mount({ scenario: 'read_only', patch: { alerts: { recipients: [] } } });
    expect(shadow(reader.el).querySelector('.primary-email')?.textContent?.trim()).to.not.equal(en.recipientsNoPrimary);
    expect(recipientsHintText(reader.el)).to.equal(null);
  });

  it('a reader where nobody is alerted: no advice either', async () => {
    const { el } = await mount({ scenario: 'read_only', patch: { preferences: { primaryContactId: null }, alerts: { recipients: [] } } });
    expect(shadow(el).querySelector('.primary-email')?.textContent?.trim()).to.equal(en.recipientsNoPrimary);
    expect(recipientsHintText(el)).to.equal(null);
  });

  it('a reader sees the cap hint as information, under the threshold alert’s value, only while that alert is on', async () => {
    const { el } = await mount({ scenario: 'read_only', patch: { spendingCap: { enabled: false, amount: null } } });
    const row = shadow(el).querySelector('.cap-hint')?.closest('.value-row');
    expect(row?.querySelector('dt')?.textContent?.trim()).to.equal(en.alertsThreshold('80%'));
    expect(capHint(el)).to.equal(NO_CAP_HINT);
    const off = await mount({ scenario: 'read_only', patch: { spendingCap: { enabled: false, amount: null }, alerts: { thresholdAlert: { enabled: false, percent: 80 } } } });
    expect(capHint(off.el)).to.equal(null);
  });
});
