import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../../src/i18n/en.js';
import type { KayseCombobox } from '../../../src/ui/kit/combobox.js';
import type { ComboboxOption } from '../../../src/ui/kit/combobox.types.js';
import { KitChangeEvent } from '../../../src/ui/kit/events.js';
import '../../../src/ui/kit/define.js';

const OPTIONS: ComboboxOption[] = [
  { value: 'c1', label: 'Dana Whitfield', description: 'dana@firm.example' },
  { value: 'c2', label: 'José Álvarez', description: 'jose@firm.example' },
  { value: 'c3', label: 'Ångström Lab', description: 'lab@firm.example' },
  { value: 'c4', label: 'Priya Natarajan', description: 'billing@firm.example' },
];

const input = (el: KayseCombobox) => el.shadowRoot!.querySelector('input')!;
const listbox = (el: KayseCombobox) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const optionLabels = (el: KayseCombobox) => [...el.shadowRoot!.querySelectorAll('[role="option"] .option-label')].map((node) => node.textContent);
const activeOption = (el: KayseCombobox) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};
const status = (el: KayseCombobox) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function combobox(value = ''): Promise<KayseCombobox> {
  return fixture<KayseCombobox>(html`<kayse-combobox label="Primary contact" .options=${OPTIONS} .value=${value}></kayse-combobox>`);
}

async function press(el: KayseCombobox, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function type(el: KayseCombobox, text: string): Promise<void> {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('kayse-combobox', () => {
  it('is accessible, closed and open', async () => {
    const el = await combobox('c1');
    await expect(el).to.be.accessible();
    el.focus();
    await press(el, 'ArrowDown');
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('is a collapsed combobox controlling its listbox', async () => {
      const el = await combobox();
      expect(input(el).getAttribute('role')).to.equal('combobox');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).getAttribute('aria-autocomplete')).to.equal('list');
      expect(el.shadowRoot!.getElementById(input(el).getAttribute('aria-controls')!)).to.equal(listbox(el));
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(el).labels?.[0]?.textContent).to.equal('Primary contact');
      expect(input(el).value).to.equal('');
      expect(el.value).to.equal('');
    });
  });

  describe('properties', () => {
    it('value shows the chosen label and marks it selected', async () => {
      const el = await combobox('c2');
      expect(input(el).value).to.equal('José Álvarez');
      el.focus();
      await press(el, 'ArrowDown');
      expect(el.shadowRoot!.querySelector('[aria-selected="true"] .option-label')!.textContent).to.equal('José Álvarez');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('José Álvarez');
    });

    it('placeholder and disabled reach the input', async () => {
      const el = await fixture<KayseCombobox>(html`<kayse-combobox label="Contact" placeholder="Search contacts" disabled .options=${OPTIONS}></kayse-combobox>`);
      expect(input(el).placeholder).to.equal('Search contacts');
      expect(input(el).disabled).to.equal(true);
    });

    it('new options re-filter the open list', async () => {
      const el = await combobox();
      await type(el, 'a');
      el.options = [{ value: 'x', label: 'Xavier' }];
      await el.updateComplete;
      expect(optionLabels(el)).to.deep.equal(['Xavier']);
    });
  });

  describe('user actions', () => {
    const filters: { typed: string; expected: string[] }[] = [
      { typed: 'jose', expected: ['José Álvarez'] },
      { typed: 'ALVAREZ', expected: ['José Álvarez'] },
      { typed: 'angstrom', expected: ['Ångström Lab'] },
      { typed: 'billing', expected: ['Priya Natarajan'] },
      { typed: 'dana whit', expected: ['Dana Whitfield'] },
      { typed: 'a', expected: ['Dana Whitfield', 'José Álvarez', 'Ångström Lab', 'Priya Natarajan'] },
    ];
    for (const c of filters) {
      it(`typing "${c.typed}" shows ${c.expected.join(', ')}`, async () => {
        const el = await combobox();
        await type(el, c.typed);
        expect(input(el).getAttribute('aria-expanded')).to.equal('true');
        expect(optionLabels(el)).to.deep.equal(c.expected);
        expect(status(el)).to.equal(en.optionsCount(c.expected.length));
      });
    }

    it('ArrowDown opens on the first option, then moves; ArrowUp moves back', async () => {
      const el = await combobox();
      el.focus();
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('Dana Whitfield');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('Ångström Lab');
      expect(activeOption(el)?.classList.contains('active')).to.equal(true);
      await press(el, 'ArrowUp');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('José Álvarez');
    });

    it('ArrowUp on a closed list opens on the last option', async () => {
      const el = await combobox();
      el.focus();
      await press(el, 'ArrowUp');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('Priya Natarajan');
    });

    it('Home and End jump to the first and last option', async () => {
      const el = await combobox();
      el.focus();
      await press(el, 'ArrowDown');
      await press(el, 'End');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('Priya Natarajan');
      await press(el, 'Home');
      expect(activeOption(el)?.querySelector('.option-label')?.textContent).to.equal('Dana Whitfield');
    });

    it('Enter picks the active option and closes', async () => {
      const el = await combobox();
      el.focus();
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.value).to.equal('c2');
      expect(input(el).value).to.equal('José Álvarez');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('Enter takes the only match', async () => {
      const el = await combobox();
      await type(el, 'priya');
      await press(el, 'Enter');
      expect(el.value).to.equal('c4');
    });

    it('Escape closes, a second Escape restores the chosen label', async () => {
      const el = await combobox('c1');
      el.focus();
      input(el).select();
      await sendKeys({ type: 'zz' });
      await el.updateComplete;
      await press(el, 'Escape');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('zz');
      await press(el, 'Escape');
      expect(input(el).value).to.equal('Dana Whitfield');
      expect(el.value).to.equal('c1');
    });

    it('a click on an option picks it and keeps focus in the input', async () => {
      const el = await combobox();
      input(el).click();
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      const option = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')][3]!;
      option.click();
      await el.updateComplete;
      expect(el.value).to.equal('c4');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('a click on the input toggles the list', async () => {
      const el = await combobox();
      input(el).click();
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      input(el).click();
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('leaving the field closes the list and drops an unfinished search', async () => {
      const el = await combobox('c3');
      el.focus();
      input(el).select();
      await sendKeys({ type: 'da' });
      input(el).blur();
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('Ångström Lab');
      expect(el.value).to.equal('c3');
    });

    it('filters 2,000 options quickly and keeps the active option in view', async () => {
      const many = Array.from({ length: 2000 }, (_, i) => ({ value: `v${i}`, label: `Contact ${i} Ñandú`, description: `c${i}@firm.example` }));
      const el = await fixture<KayseCombobox>(html`<kayse-combobox label="Contact" .options=${many}></kayse-combobox>`);
      el.focus();
      const started = performance.now();
      await sendKeys({ type: 'nandu 19' });
      await el.updateComplete;
      const elapsed = performance.now() - started;
      // Every label has "Ñandú", so the numbers decide: 19, 119, 190–199, 1019, 1190–1199, 1900–1999 …
      expect(optionLabels(el)).to.have.length(many.filter((option) => option.value.includes('19')).length);
      // Eight keystrokes, each a filter and a render of up to 2,000 options; generous for slow machines.
      expect(elapsed).to.be.below(2000);
      await press(el, 'End');
      await press(el, 'ArrowDown');
      await press(el, 'End');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const popup = el.shadowRoot!.querySelector<HTMLElement>('.popup')!;
      const active = activeOption(el)!;
      expect(active.getBoundingClientRect().bottom).to.be.at.most(popup.getBoundingClientRect().bottom + 1);
    });
  });

  describe('events', () => {
    it('fires change with the picked value', async () => {
      const el = await combobox();
      el.focus();
      await press(el, 'ArrowDown');
      const heard = oneEvent<KitChangeEvent<string>>(el, 'change');
      await sendKeys({ press: 'Enter' });
      const event = await heard;
      expect(event).to.be.instanceOf(KitChangeEvent);
      expect(event.detail.value).to.equal('c1');
      expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    });

    it('fires nothing when code sets the value, or when the user picks the current one', async () => {
      const el = await combobox('c1');
      const heard: Event[] = [];
      el.addEventListener('change', (event) => heard.push(event));
      el.addEventListener('input', (event) => heard.push(event));
      el.value = 'c2';
      await el.updateComplete;
      el.focus();
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.value).to.equal('c2');
      expect(heard).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('says "No matches" when nothing fits, and Enter picks nothing', async () => {
      const el = await combobox('c1');
      el.focus();
      input(el).select();
      await sendKeys({ type: 'zzz' });
      await el.updateComplete;
      expect(optionLabels(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(en.noMatches);
      expect(status(el)).to.equal(en.noMatches);
      await expect(el).to.be.accessible();
      await press(el, 'Enter');
      expect(el.value).to.equal('c1');
    });

    it('a value that is not an option shows an empty field', async () => {
      const el = await combobox('gone');
      expect(input(el).value).to.equal('');
    });

    it('no options at all: opening says "No matches"', async () => {
      const el = await fixture<KayseCombobox>(html`<kayse-combobox label="Contact"></kayse-combobox>`);
      el.focus();
      await press(el, 'ArrowDown');
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(en.noMatches);
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('Escape on a closed, untouched field is left to the page (a dialog may close)', async () => {
      const el = await combobox('c1');
      el.focus();
      const heard = oneEvent<KeyboardEvent>(document, 'keydown');
      await sendKeys({ press: 'Escape' });
      expect((await heard).defaultPrevented).to.equal(false);
    });
  });
});
