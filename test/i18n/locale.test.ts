import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale } from '../../src/i18n/locale.js';

describe('resolveLocale', () => {
  it('prefers the element’s own locale, then the provider’s', async () => {
    const el = await fixture(html`<span lang="de-DE"></span>`);
    expect(resolveLocale(el, 'fr-CA', 'es-MX')).to.equal('fr-CA');
    expect(resolveLocale(el, null, 'es-MX')).to.equal('es-MX');
  });

  it('follows the nearest lang, across a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ja-JP"><div id="host"></div></div>`);
    const shadowHost = host.querySelector('#host')!;
    const inner = document.createElement('span');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('ja-JP');
  });

  it('skips invalid tags and falls back to the browser’s language', async () => {
    const el = await fixture(html`<span></span>`);
    expect(resolveLocale(el, 'not a locale!', '??')).to.equal(navigator.language);
  });
});
