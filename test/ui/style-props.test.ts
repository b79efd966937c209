import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '../../src/ui/style-props.js';

describe('styleProps', () => {
  it('sets properties, custom ones too, and drops those no longer given', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const draw = (props: Record<string, string>) => render(html`<span ${styleProps(props)}></span>`, host);
    draw({ width: '40%', '--kayse-x': '3rem' });
    const span = host.querySelector('span')!;
    expect([span.style.width, span.style.getPropertyValue('--kayse-x')]).to.deep.equal(['40%', '3rem']);
    draw({ width: '55%' });
    expect([span.style.width, span.style.getPropertyValue('--kayse-x')]).to.deep.equal(['55%', '']);
  });

  it('refuses to sit anywhere but on an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span>${styleProps({ width: '1px' })}</span>`, host)).to.throw(/belongs on an element/);
  });
});
