import { ErrorDetail } from './ErrorDetail.tsx';
import { t, type MessageKey } from './i18n.ts';
import type { PopupState } from './popup-state.ts';

type MessageState = Extract<PopupState, { status: 'message' }>;
type Tone = 'info' | 'blocked' | 'error';

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

export function MessageIcon({ tone }: { tone: Tone }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      {tone === 'info' && (
        <>
          <rect x="4" y="3" width="16" height="18" rx="2" />
          <path d="M8 8h8M8 12h8M8 16h5" />
        </>
      )}
      {tone === 'blocked' && (
        <>
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V8a4 4 0 0 1 8 0v3" />
        </>
      )}
      {tone === 'error' && (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7.5v5.5M12 16.5v.01" />
        </>
      )}
    </svg>
  );
}
