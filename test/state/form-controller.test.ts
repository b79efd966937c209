import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import type { Section, SpendingCap } from '../../src/api/schemas.js';
import { storeFor } from '../../src/state/client-factory.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { commonStrings } from '../../src/i18n/parts/common.js';
import { FormController, type FormRules } from '../../src/state/form-controller.js';
import type { BillingStore, Topic } from '../../src/state/store.js';
import { defineTag } from '../../src/ui/define-tag.js';
import { KayseElement } from '../../src/ui/kayse-element.js';
import '../../src/ui/kit/define-money-input.js';
import { FakeBillingApi } from '../helpers/fake-api.js';

interface Values {
  readonly amount: number | null;
  readonly note: string;
}

const RULES: FormRules<'spendingCap', SpendingCap, Values> = {
  key: 'spendingCap',
  resourceOf: (cap) => cap,
  valuesOf: (cap) => ({ amount: cap.amount, note: '' }),
  differs: (values, cap) => values.amount !== cap.amount,
  bodyOf: (values, cap) => ({ enabled: true, amount: values.amount, version: cap.version }),
};

/** A minimal form on the controller: a kit money field, a native text field and a textarea. */
class TestCapForm extends KayseElement<SpendingCap> {
  protected readonly section: Section = 'spendingCap';
  protected readonly topics: readonly Topic[] = ['spendingCap'];
  protected readonly localize = new LocalizeController(this, commonStrings, () => this.resolvedLocale);
  checks = 0;
  focused: (string | null)[] = [];
  confirmAnswer = true;
  asked = 0;
  resets = 0;
  saves = 0;
  disabled = false;

  readonly form = new FormController(this, this.connection, RULES, {
    check: (values) => {
      this.checks += 1;
      return values.amount !== null && values.amount < 0 ? 1 : 0;
    },
    confirm: () => {
      this.asked += 1;
      return Promise.resolve(this.confirmAnswer);
    },
    focus: (path) => this.focused.push(path),
    afterReset: () => {
      this.resets += 1;
    },
    afterSave: () => {
      this.saves += 1;
    },
    disabled: () => this.disabled,
  });

  protected override load(store: BillingStore, signal: AbortSignal) {
    return store.read('spendingCap', signal);
  }

  protected override renderReady() {
    const values = this.form.values;
    return html`<form @submit=${this.form.onSubmit}>
      <kayse-money-input label="Cap" currency="USD" .value=${values?.amount ?? null}></kayse-money-input>
      <input name="note" .value=${values?.note ?? ''} />
      <textarea></textarea>
      <button type="submit">Save</button>
    </form>`;
  }
}
defineTag('test-cap-form', TestCapForm);

const saved = (api: FakeBillingApi) => api.calls.filter((call) => call.method === 'updateSpendingCap');

describe('FormController (the form lifecycle every form element shares)', () => {
  let api: FakeBillingApi;
  let el: TestCapForm;

  beforeEach(async () => {
    api = new FakeBillingApi();
    el = await fixture<TestCapForm>(html`<test-cap-form .client=${api}></test-cap-form>`);
    await waitUntil(() => el.form.resource !== null, 'the cap loads');
  });

  it('is clean when loaded, dirty after an edit that changes the value, clean again after reset', () => {
    const loaded = el.form.resource;
    expect(el.form.dirty).to.equal(false);
    el.form.edit({ amount: 123_45 }, ['amount']);
    expect(el.form.dirty).to.equal(true);
    expect(el.form.values?.amount).to.equal(123_45);
    el.form.edit({ amount: loaded?.amount ?? null }, ['amount']);
    expect(el.form.dirty, 'back to the saved value').to.equal(false);
    el.form.edit({ amount: 1 }, ['amount']);
    el.form.reset();
    expect([el.form.dirty, el.form.values?.amount, el.resets]).to.deep.equal([false, loaded?.amount, 1]);
  });

  it('sends nothing when nothing changed, and says so', async () => {
    await el.form.submit();
    expect(el.form.problem).to.deep.equal({ kind: 'no_changes' });
    expect(saved(api)).to.have.length(0);
  });

  it('runs the checks before any request and focuses the first problem', async () => {
    el.form.edit({ amount: -5 }, ['amount']);
    await el.form.submit();
    expect(el.form.problem).to.deep.equal({ kind: 'fix', count: 1 });
    expect(el.focused).to.deep.equal([null]);
    expect(saved(api)).to.have.length(0);
    el.form.edit({ amount: 5 }, ['amount']);
    expect(el.form.problem, 'an edit clears the problem').to.equal(null);
  });

  it('saves with the version edited from, fires kayse-save, and ends clean', async () => {
    const version = el.form.resource?.version;
    el.form.edit({ amount: 700_00 }, ['amount']);
    const heard = oneEvent(el, 'kayse-save');
    await el.form.submit();
    expect((await heard).detail.section).to.equal('spendingCap');
    expect(saved(api).map((call) => call.body)).to.deep.equal([{ enabled: true, amount: 700_00, version }]);
    expect([el.form.status, el.form.dirty, el.form.resource?.amount]).to.deep.equal(['saved', false, 700_00]);
  });

  it('keeps the saved value on screen while the reload it caused runs', async () => {
    el.form.edit({ amount: 700_00 }, ['amount']);
    const before = el.form.resource;
    await el.form.submit();
    // The store answers the reload from its cache; until the task delivers, the saved value shows, not the old one.
    expect(el.form.resource?.amount).to.equal(700_00);
    expect(el.form.resource).not.to.equal(before);
  });

  it('does not save when the confirmation is declined', async () => {
    el.confirmAnswer = false;
    el.form.edit({ amount: 700_00 }, ['amount']);
    await el.form.submit();
    expect([el.asked, saved(api).length, el.form.dirty]).to.deep.equal([1, 0, true]);
  });

  it('sends one request for a double submit', async () => {
    el.form.edit({ amount: 700_00 }, ['amount']);
    await Promise.all([el.form.submit(), el.form.submit()]);
    expect(saved(api)).to.have.length(1);
  });

  it('keeps typing that went on during the save, rebased on the saved value', async () => {
    api.hold();
    el.form.edit({ amount: 700_00 }, ['amount']);
    const saving = el.form.submit();
    await waitUntil(() => el.form.status === 'saving');
    el.form.edit({ amount: 800_00 }, ['amount']);
    api.release();
    await saving;
    expect([el.form.dirty, el.form.values?.amount, el.form.resource?.amount]).to.deep.equal([true, 800_00, 700_00]);
  });

  it('shows a 422 by field path, focuses it, and forgets a field’s message when that field is edited', async () => {
    api.updateSpendingCap = () =>
      Promise.reject(new ApiError({ kind: 'validation', status: 422, message: 'bad', fields: { amount: 'Too high', 'limits.0': 'Other' } }));
    el.form.edit({ amount: 9 }, ['amount']);
    await el.form.submit();
    expect(el.form.fieldErrors).to.deep.equal({ amount: 'Too high', 'limits.0': 'Other' });
    expect(el.focused).to.deep.equal(['amount']);
    expect(el.form.otherErrors((path) => path === 'amount')).to.deep.equal(['Other']);
    el.form.edit({ amount: 10 }, ['amount']);
    expect(el.form.fieldErrors).to.deep.equal({ 'limits.0': 'Other' });
    el.form.edit({ note: 'x' }, ['limits']);
    expect(el.form.fieldErrors, 'a parent path covers its items').to.deep.equal({});
  });

  it('after a 409 loads their version into the shared cache, or saves over it with their version', async () => {
    const theirs = { enabled: true, amount: 650_00, currency: 'USD', version: 9 };
    const update = api.updateSpendingCap;
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'conflict', status: 409, message: 'stale', current: theirs }));
    el.form.edit({ amount: 700_00 }, ['amount']);
    await el.form.submit();
    expect([el.form.status, el.form.latest, el.form.values?.amount]).to.deep.equal(['conflict', theirs, 700_00]);

    api.updateSpendingCap = update;
    el.form.saveOver();
    await waitUntil(() => el.form.status === 'saved');
    expect(saved(api).at(-1)?.body).to.deep.equal({ enabled: true, amount: 700_00, version: 9 });
    expect(el.asked, 'what was confirmed stays confirmed').to.equal(1);
  });

  it('load theirs puts the latest into the store and drops the edits', async () => {
    const theirs = { enabled: true, amount: 650_00, currency: 'USD', version: 9 };
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'conflict', status: 409, message: 'stale', current: theirs }));
    el.form.edit({ amount: 700_00 }, ['amount']);
    await el.form.submit();
    el.form.loadLatest();
    await waitUntil(() => el.form.resource?.version === 9);
    expect([el.form.dirty, el.form.status, el.form.values?.amount]).to.deep.equal([false, 'idle', 650_00]);
  });

  it('drops the draft when access falls to read-only', async () => {
    el.form.edit({ amount: 700_00 }, ['amount']);
    api.access = { ...api.access, sections: { ...api.access.sections, spendingCap: 'read' } };
    storeFor(api).invalidate(['access']);
    await waitUntil(() => !el.form.dirty, 'the draft goes');
    expect(el.form.values?.amount).to.not.equal(700_00);
  });

  it('after a 409 whose version already says what the user chose, keeping their changes sends nothing more', async () => {
    const theirs = { enabled: true, amount: 700_00, currency: 'USD', version: 9 };
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'conflict', status: 409, message: 'stale', current: theirs }));
    el.form.edit({ amount: 700_00 }, ['amount']);
    await el.form.submit();
    el.form.saveOver();
    expect(saved(api)).to.have.length(0);
    await waitUntil(() => el.form.resource?.version === 9);
    expect([el.form.dirty, el.form.values?.amount]).to.deep.equal([false, 700_00]);
  });

  it('loading their version reloads what the resource affects only when it says something new', async () => {
    const store = storeFor(api);
    const current = el.form.resource!;
    const onlyNewVersion = { ...current, version: current.version + 5 };
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'conflict', status: 409, message: 'stale', current: onlyNewVersion }));
    const heard: string[][] = [];
    store.subscribe((topics) => heard.push([...topics]));
    el.form.edit({ amount: 1 }, ['amount']);
    await el.form.submit();
    el.form.loadLatest();
    expect(heard, 'only the resource itself').to.deep.equal([['spendingCap']]);

    heard.length = 0;
    const different = { ...current, amount: 999_00, version: current.version + 6 };
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'conflict', status: 409, message: 'stale', current: different }));
    el.form.edit({ amount: 2 }, ['amount']);
    await el.form.submit();
    el.form.loadLatest();
    expect(heard).to.deep.equal([['spendingCap'], ['usage', 'alerts']]);
  });

  it('runs afterSave after a successful save only', async () => {
    el.form.edit({ amount: 700_00 }, ['amount']);
    await el.form.submit();
    el.form.edit({ amount: 800_00 }, ['amount']);
    api.updateSpendingCap = () => Promise.reject(new ApiError({ kind: 'server', status: 500, message: 'boom' }));
    await el.form.submit();
    expect(el.saves).to.equal(1);
  });

  it('does nothing while disabled (a host fieldset): no save, no reset', async () => {
    el.form.edit({ amount: 700_00 }, ['amount']);
    el.disabled = true;
    await el.form.submit();
    el.form.onReset();
    expect([saved(api).length, el.form.dirty]).to.deep.equal([0, true]);
  });

  describe('Enter', () => {
    const press = (target: Element) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));

    it('in a kit field’s single-line input submits the form around it', async () => {
      el.form.edit({ amount: 700_00 }, ['amount']);
      await el.updateComplete;
      const money = el.shadowRoot?.querySelector('kayse-money-input');
      await money?.updateComplete;
      const input = money?.shadowRoot?.querySelector('input');
      expect(input, 'the kit field has an input').to.exist;
      if (input) press(input);
      await waitUntil(() => saved(api).length === 1, 'Enter saved');
    });

    it('in a textarea makes a line, not a save', async () => {
      el.form.edit({ amount: 700_00 }, ['amount']);
      await el.updateComplete;
      const textarea = el.shadowRoot?.querySelector('textarea');
      if (textarea) press(textarea);
      await el.updateComplete;
      expect(saved(api)).to.have.length(0);
    });
  });
});
