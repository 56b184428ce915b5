import { ErrorDetail } from './ErrorDetail.tsx';
import { MessageIcon, type Tone } from './MessageIcon.tsx';
import { t, type MessageKey } from './i18n.ts';
import type { PopupState } from './popup-state.ts';

type MessageState = Extract<PopupState, { status: 'message' }>;

/** What the reader can do next, for each message; the tone picks the icon and colour. */
const ADVICE: Partial<Record<MessageKey, { hint: MessageKey; tone: Tone }>> = {
  notAStory: { hint: 'notAStoryHint', tone: 'info' },
  restrictedPage: { hint: 'openAStoryHint', tone: 'blocked' },
  pdfPage: { hint: 'openAStoryHint', tone: 'blocked' },
  noTab: { hint: 'openAStoryHint', tone: 'blocked' },
  noStoryFound: { hint: 'noStoryFoundHint', tone: 'error' },
  tooLarge: { hint: 'openAStoryHint', tone: 'error' },
  failed: { hint: 'tryAgainHint', tone: 'error' },
  tabSwitched: { hint: 'tabChangedHint', tone: 'info' },
  tabNavigated: { hint: 'tabChangedHint', tone: 'info' },
  noAccess: { hint: 'noAccessHint', tone: 'blocked' },
};

interface MessageViewProps {
  state: MessageState;
  onSummarizeAnyway: (() => void) | null;
  /** The side panel's offer to read the tab the reader is on now. */
  onSummarizeTab?: (() => void) | null;
}

export function MessageView({ state, onSummarizeAnyway, onSummarizeTab = null }: MessageViewProps) {
  const advice = ADVICE[state.message] ?? { hint: 'tryAgainHint', tone: 'error' };
  return (
    <main class={`popup popup--message message--${advice.tone}`}>
      <div class="message__icon" aria-hidden="true">
        <MessageIcon tone={advice.tone} />
      </div>
      <div class="message__body" role="status">
        <h1 class="message__title" data-testid="message">
          {t(state.message)}
        </h1>
        <p class="message__hint">{t(advice.hint)}</p>
        {state.detail && <ErrorDetail detail={state.detail} />}
      </div>
      {onSummarizeAnyway && (
        <button type="button" class="button button--primary" data-testid="summarize-anyway" onClick={onSummarizeAnyway}>
          {t('summarizeAnyway')}
        </button>
      )}
      {onSummarizeTab && (
        <button type="button" class="button button--primary" data-testid="summarize-tab" onClick={onSummarizeTab}>
          {t('summarizeThisTab')}
        </button>
      )}
    </main>
  );
}
