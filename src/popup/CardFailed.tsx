import { errorMessage } from '../error-message.ts';
import { t, type MessageKey } from './i18n.ts';
import { MessageFrame } from './MessageFrame.tsx';

interface CardFailedProps {
  error: unknown;
  /** Renders the card again: a failure tied to one moment (the gist's words, a setting) may be gone. */
  onRetry: () => void;
  /** A setting may be what the card trips on: the way to change it stays. */
  onOpenOptions?: (() => void) | undefined;
  /** What failed to show: the card (popup, side panel) or the options. */
  message?: MessageKey;
}

/** What shows where a card threw while rendering: what happened in the reader's words, and what to do. */
export function CardFailed({ error, onRetry, onOpenOptions, message = 'cardFailed' }: CardFailedProps) {
  return (
    <MessageFrame tone="error" role="alert" title={t(message)} hint={t('cardFailedHint')} detail={errorMessage(error)} testId="card-failed">
      <button type="button" class="button button--primary" data-testid="retry" onClick={onRetry}>
        {t('tryAgain')}
      </button>
      {onOpenOptions && (
        <button type="button" class="button" data-testid="options" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </MessageFrame>
  );
}

/** What shows where one part of the card threw while rendering: the rest of the card stays. */
export function PartFailed() {
  return (
    <p class="card__note" role="status" data-testid="part-failed">
      {t('partFailed')}
    </p>
  );
}
