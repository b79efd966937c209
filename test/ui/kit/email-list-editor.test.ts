import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_RECIPIENTS } from '../../../src/core/email-list.js';
import { en } from '../../../src/i18n/en.js';
import type { KayseEmailListEditor } from '../../../src/ui/kit/email-list-editor.js';
import { KitInputEvent } from '../../../src/ui/kit/events.js';
import '../../../src/ui/kit/define.js';

const textarea = (el: KayseEmailListEditor) => el.shadowRoot!.querySelector('textarea')!;
const shownErrors = (el: KayseEmailListEditor) => [...el.shadowRoot!.querySelectorAll('#errors li')].map((li) => li.textContent!.trim());
const count = (el: KayseEmailListEditor) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const numbered = (n: number) => Array.from({ length: n }, (_, i) => `user${i + 1}@firm.example`);

/** The ids in aria-describedby, each of which must resolve in the element's own shadow root. */
function describedByIds(el: KayseEmailListEditor): string[] {
  return (textarea(el).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}

async function validated(value: string, primaryEmail: string | null = null): Promise<KayseEmailListEditor> {
  const el = await fixture<KayseEmailListEditor>(
    html`<kayse-email-list-editor label="Extra recipients" .value=${value} .primaryEmail=${primaryEmail}></kayse-email-list-editor>`,
  );
  el.validate();
  await el.updateComplete;
  return el;
}

describe('kayse-email-list-editor', () => {
  it('invalid marks the whole field for assistive technology, its hint saying why, with no line errors', async () => {
    const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Recipients" hint="Nobody would receive these emails." invalid></kayse-email-list-editor>`);
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textarea(el).getAttribute('aria-describedby')).to.equal('hint count');
    expect(el.shadowRoot!.querySelector('[part="control"]')!.classList.contains('invalid')).to.equal(true);
    expect(shownErrors(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    el.invalid = false;
    await el.updateComplete;
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('is accessible, empty, with errors and read-only', async () => {
    const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra recipients"></kayse-email-list-editor>`);
    await expect(el).to.be.accessible();
    el.value = 'ops@firm.example\nnot-an-email';
    el.validate();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('is empty, valid, with the hint and a counter', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra recipients"></kayse-email-list-editor>`);
      expect(el.value).to.equal('');
      expect(el.max).to.equal(MAX_RECIPIENTS);
      expect(el.addresses).to.deep.equal([]);
      expect(el.errors).to.deep.equal([]);
      expect(count(el)).to.equal(en.emailCount(0, 50));
      expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal(en.emailListHint);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
      expect(textarea(el).labels?.[0]?.textContent).to.equal('Extra recipients');
      expect(el.validate()).to.equal(true);
    });

    it('announces its errors politely', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra recipients"></kayse-email-list-editor>`);
      expect(el.shadowRoot!.querySelector('#errors')!.getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('properties', () => {
    it('value gives trimmed addresses in typed order and the count', async () => {
      const el = await fixture<KayseEmailListEditor>(
        html`<kayse-email-list-editor label="Extra" .value=${'  zoe@firm.example \n\nann@firm.example\r\nBob@Firm.example'}></kayse-email-list-editor>`,
      );
      expect(el.addresses).to.deep.equal(['zoe@firm.example', 'ann@firm.example', 'Bob@Firm.example']);
      expect(count(el)).to.equal('3 of 50 recipients');
    });

    it('max sets the limit and the counter', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" max="2" .value=${numbered(3).join('\n')}></kayse-email-list-editor>`);
      expect(el.addresses).to.have.length(2);
      expect(count(el)).to.equal('2 of 2 recipients');
      el.validate();
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([en.emailTooMany(3, 2)]);
    });

    it('readonly lists the addresses without a textarea', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" readonly .value=${'a@firm.example\nb@firm.example'}></kayse-email-list-editor>`);
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
      const items = [...el.shadowRoot!.querySelectorAll('[part="list"] li')].map((li) => li.textContent);
      expect(items).to.deep.equal(['a@firm.example', 'b@firm.example']);
    });

    it('readonly with no addresses says so', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" readonly></kayse-email-list-editor>`);
      expect(el.shadowRoot!.querySelector('.none')!.textContent).to.equal(en.emailListEmpty);
    });

    it('disabled disables the textarea', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" disabled></kayse-email-list-editor>`);
      expect(textarea(el).disabled).to.equal(true);
    });

    it('a custom hint replaces the catalog one', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" hint="Two or more, so alerts are not missed."></kayse-email-list-editor>`);
      expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal('Two or more, so alerts are not missed.');
    });
  });

  describe('user actions', () => {
    it('typing updates addresses and the count at once', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra"></kayse-email-list-editor>`);
      el.focus();
      await sendKeys({ type: 'a@firm.example' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'b@firm.example' });
      await el.updateComplete;
      expect(el.value).to.equal('a@firm.example\nb@firm.example');
      expect(el.addresses).to.deep.equal(['a@firm.example', 'b@firm.example']);
      expect(count(el)).to.equal('2 of 50 recipients');
    });

    it('shows errors only after blur, then updates them live', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra"></kayse-email-list-editor>`);
      el.focus();
      await sendKeys({ type: 'a@firm' });
      await el.updateComplete;
      expect(el.errors).to.have.length(1);
      expect(shownErrors(el)).to.deep.equal([]);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');

      textarea(el).blur();
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([en.emailInvalid(1)]);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');

      el.focus();
      await sendKeys({ type: '.example' });
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([]);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('validate() shows the errors and says whether the list is acceptable', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" .value=${'nope'}></kayse-email-list-editor>`);
      expect(shownErrors(el)).to.deep.equal([]);
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([en.emailInvalid(1)]);
    });

    it('focus() moves focus to the textarea', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra"></kayse-email-list-editor>`);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
    });
  });

  describe('events', () => {
    it('fires one input per keystroke with the text, and no inner native input', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra"></kayse-email-list-editor>`);
      const heard: Event[] = [];
      el.addEventListener('input', (event) => heard.push(event));
      el.focus();
      await sendKeys({ type: 'ab' });
      expect(heard).to.have.length(2);
      expect(heard.every((event) => event instanceof KitInputEvent)).to.equal(true);
      expect((heard[1] as KitInputEvent<string>).detail.value).to.equal('ab');
      expect(heard[1]!.composed).to.equal(false);
    });

    it('fires nothing when code sets the value', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra"></kayse-email-list-editor>`);
      const heard: Event[] = [];
      el.addEventListener('input', (event) => heard.push(event));
      el.value = 'a@firm.example';
      await el.updateComplete;
      expect(heard).to.deep.equal([]);
    });

    it('input is heard through a parent', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><kayse-email-list-editor label="Extra"></kayse-email-list-editor></div>`);
      const el = wrapper.querySelector('kayse-email-list-editor')!;
      const heard = oneEvent<KitInputEvent<string>>(wrapper, 'input');
      el.focus();
      await sendKeys({ type: 'x' });
      expect((await heard).detail.value).to.equal('x');
    });
  });

  describe('bad input', () => {
    const cases: { name: string; value: string; primary?: string; addresses: number; messages: string[] }[] = [
      { name: 'an invalid line', value: 'a@firm.example\nnot-an-email\nb@firm.example', addresses: 2, messages: [en.emailInvalid(2)] },
      {
        name: 'duplicates, whatever their case',
        value: 'a@firm.example\nb@firm.example\nA@FIRM.example\n\nb@firm.example',
        addresses: 2,
        messages: [en.emailDuplicate(3, 1), en.emailDuplicate(5, 2)],
      },
      {
        name: 'the primary contact',
        value: 'ops@firm.example\nDana@Firm.Example',
        primary: 'dana@firm.example',
        addresses: 1,
        messages: [en.emailPrimary(2)],
      },
      { name: '51 addresses', value: numbered(51).join('\n'), addresses: 50, messages: [en.emailTooMany(51, 50)] },
      { name: 'an address over 254 characters', value: `${'a'.repeat(250)}@firm.example`, addresses: 0, messages: [en.emailTooLong(1)] },
      {
        name: 'several problems, in line order',
        value: 'x\n\nok@firm.example\nok@firm.example\ny@',
        addresses: 1,
        messages: [en.emailInvalid(1), en.emailDuplicate(4, 3), en.emailInvalid(5)],
      },
    ];
    for (const c of cases) {
      it(`names the line numbers of ${c.name}`, async () => {
        const el = await validated(c.value, c.primary ?? null);
        expect(el.validate()).to.equal(false);
        expect(el.addresses).to.have.length(c.addresses);
        expect(shownErrors(el)).to.deep.equal(c.messages);
        expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
        const ids = describedByIds(el);
        expect(ids).to.include('errors');
        expect(ids).to.include('hint');
        for (const id of ids) expect(el.shadowRoot!.getElementById(id), `#${id}`).to.not.equal(null);
        expect(el.shadowRoot!.getElementById('errors')!.textContent).to.contain(c.messages[0]);
      });
    }

    it('maps a server error index to the line of that address, across blank and refused lines', async () => {
      const value = 'a@firm.example\n\nbogus\n\nb@firm.example\n\n\nc@firm.example';
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" .value=${value}></kayse-email-list-editor>`);
      expect(el.addresses).to.deep.equal(['a@firm.example', 'b@firm.example', 'c@firm.example']);
      el.serverErrors = { 1: 'this mailbox does not accept mail.', 2: 'blocked domain.' };
      await el.updateComplete;
      // Shown at once: the user just saved.
      expect(shownErrors(el)).to.deep.equal([en.emailServerError(5, 'this mailbox does not accept mail.'), en.emailServerError(8, 'blocked domain.')]);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      el.validate();
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([
        en.emailInvalid(3),
        en.emailServerError(5, 'this mailbox does not accept mail.'),
        en.emailServerError(8, 'blocked domain.'),
      ]);
    });

    it('ignores a server error index beyond the addresses', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" .value=${'a@firm.example'}></kayse-email-list-editor>`);
      el.serverErrors = { 7: 'gone' };
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([]);
    });

    it('drops server errors once the user edits, since their indices no longer fit', async () => {
      const el = await fixture<KayseEmailListEditor>(html`<kayse-email-list-editor label="Extra" .value=${'a@firm.example\nb@firm.example'}></kayse-email-list-editor>`);
      el.serverErrors = { 0: 'rejected.' };
      await el.updateComplete;
      expect(shownErrors(el)).to.have.length(1);
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(el.serverErrors).to.deep.equal({});
      expect(shownErrors(el)).to.deep.equal([]);
    });

    it('a change of primary contact re-checks the lines', async () => {
      const el = await validated('dana@firm.example');
      expect(shownErrors(el)).to.deep.equal([]);
      el.primaryEmail = 'dana@firm.example';
      await el.updateComplete;
      expect(shownErrors(el)).to.deep.equal([en.emailPrimary(1)]);
      expect(el.addresses).to.deep.equal([]);
    });
  });
});
