import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type StyleProps = Readonly<Record<string, string>>;

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute: a host page whose Content-Security-Policy has no `'unsafe-inline'` for
 * styles refuses the attribute (Lit's `styleMap` writes one on first render) but allows this.
 */
class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() belongs on an element: <div ${styleProps({...})}>');
  }

  render(_props: StyleProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(props));
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
