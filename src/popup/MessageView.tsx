import { MessageFrame } from './MessageFrame.tsx';
import type { Tone } from './MessageIcon.tsx';
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
    <MessageFrame tone={advice.tone} role="status" title={t(state.message)} hint={t(advice.hint)} detail={state.detail}>
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
    </MessageFrame>
  );
}
