import { css } from 'lit';
import { formFeedbackStyles } from '../../ui/form.styles.js';
import { loadingFrameStyles } from '../../ui/loading-frame.js';
import { cardStyles, figureStyles, noticeStyles, sectionStyles } from '../../ui/section.styles.js';

export const spendingCapStyles = css`
  ${sectionStyles}
  ${cardStyles}
  ${noticeStyles}
  ${figureStyles}
  ${formFeedbackStyles}
  ${loadingFrameStyles}

  .spending-cap {
    display: grid;
    gap: var(--_space);
    /* The loading frame sizes its pieces by this width, as the ready text wraps by it. */
    container-type: inline-size;
  }
  .intro,
  .usage-unavailable {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Alone, the form keeps a comfortable line length instead of stretching across a wide page. */
  .cards.single {
    grid-template-columns: minmax(0, 36rem);
  }
  .card {
    --_card-gap: 0.9rem;
    display: grid;
    gap: var(--_card-gap);
  }
  .cap-value {
    margin: 0;
    font-size: 1.5em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  /* Warnings and the paused notice; pausing campaigns is the serious kind. */
  .warnings:empty {
    display: none;
  }
  .warning.pauses,
  .notice.paused {
    --_tone: var(--_danger);
    border-block-width: 2px;
    border-inline-end-width: 2px;
  }
  .notice.paused p {
    font-weight: 600;
  }
  /* Room for the two marks of a serious warning. */
  .mark {
    padding-inline: 0.3rem;
  }

  .usage {
    background: var(--_surface-alt);
  }
  .usage-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: 0.75rem var(--_space);
    margin: 0;
  }
  .figure {
    display: grid;
    align-content: start;
    gap: 0.1rem;
    min-width: 0;
  }
  .amount {
    font-size: 1.2em;
    overflow-wrap: anywhere;
  }

  /* A field's error and the form's problem sit close under what they are about. */
  .field-error {
    margin-top: -0.5rem;
  }
  .form-problem {
    margin-top: -0.4rem;
  }
  .their-version {
    font-variant-numeric: tabular-nums;
  }
`;
