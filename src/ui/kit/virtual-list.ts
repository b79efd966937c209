import { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { adoptStyles, html, LitElement, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { baseStyles, tokens } from '../tokens.js';
import { NearEndEvent } from './events.js';
import { virtualListStyles } from './virtual-list.styles.js';

/** Renders one item of a `kayse-virtual-list`; the list wraps it in its list item. */
export type RenderItem<T> = (item: T, index: number) => TemplateResult;

/**
 * @tag kayse-virtual-list
 * @summary A long list that keeps only the items in view in the DOM (on `@lit-labs/virtualizer`),
 * as a focusable, named list that a keyboard can scroll, asking for more items near its end.
 *
 * @fires {NearEndEvent} near-end - The user came within `near-end-threshold` items of the end; load the next page and append it to `items`. Fired once per length of `items`.
 *
 * @csspart base - The scrolling list (`role="list"`).
 * @csspart item - Each item's wrapper (`role="listitem"`).
 *
 * @cssprop [--kayse-virtual-list-height=20rem] - Height of the list; set `height` on the element instead when it fills a layout.
 *
 * @example
 * ```html
 * <kayse-virtual-list label="Refill history"></kayse-virtual-list>
 * <script>
 *   list.renderItem = (refill) => html`${refill.date}: ${refill.amount}`;
 *   list.items = refills;
 * </script>
 * ```
 */
export class KayseVirtualList<T = unknown> extends LitElement {
  static override styles = [tokens, baseStyles, virtualListStyles];

  // The length of `items` for which `near-end` has fired, so a scroll does not ask twice for one page.
  private nearEndFiredAt = -1;

  @query('.scroller') private scroller?: VirtualizerHostElement;

  /** The list's accessible name (required: a focusable list needs one). */
  @property() label = '';

  /** How many items from the end `near-end` fires. */
  @property({ type: Number, attribute: 'near-end-threshold' }) nearEndThreshold = 5;

  /** Every item; only those in view are rendered. */
  @property({ attribute: false }) items: readonly T[] = [];

  /** Renders an item's content. */
  @property({ attribute: false }) renderItem: RenderItem<T> = (item) => html`${String(item)}`;

  /** A stable key per item, so a new page keeps the rendered items in place; the index when absent. */
  @property({ attribute: false }) keyFunction?: (item: T, index: number) => unknown;

  /** Styles for what `renderItem` renders, which lives in this element's shadow root and so misses the parent's CSS. */
  @property({ attribute: false }) itemStyles: readonly CSSResultOrNative[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items') && this.items.length !== this.nearEndFiredAt) this.nearEndFiredAt = -1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('itemStyles') && this.shadowRoot) {
      adoptStyles(this.shadowRoot, [...(this.constructor as typeof KayseVirtualList).elementStyles, ...this.itemStyles]);
    }
  }

  private readonly handleVisibilityChanged = (event: Event): void => {
    if (!(event instanceof VisibilityChangedEvent)) return;
    const count = this.items.length;
    if (count === 0 || this.nearEndFiredAt === count) return;
    if (event.last >= count - 1 - this.nearEndThreshold) {
      this.nearEndFiredAt = count;
      this.dispatchEvent(new NearEndEvent({ itemCount: count, lastVisible: event.last }));
    }
  };

  /** Scrolls the item at `index` into view, whether it is rendered or not. */
  scrollToIndex(index: number, block: ScrollLogicalPosition = 'start'): void {
    this.scroller?.[virtualizerRef]?.element(index)?.scrollIntoView({ block });
  }

  override render() {
    const count = this.items.length;
    return html`<div
      class="scroller"
      part="base"
      role="list"
      tabindex="0"
      aria-label=${this.label}
      @visibilityChanged=${this.handleVisibilityChanged}
    >
      ${virtualize<T>({
        // The virtualizer only reads the array; a copy would make it lay out again on every render.
        items: this.items as T[],
        scroller: true,
        ...(this.keyFunction ? { keyFunction: this.keyFunction } : {}),
        // Position and size let a screen reader say "12 of 100,000" although most items are not in the DOM.
        renderItem: (item, index) =>
          html`<div class="item" part="item" role="listitem" aria-posinset=${index + 1} aria-setsize=${count}>${this.renderItem(item, index)}</div>`,
      })}
    </div>`;
  }
}
