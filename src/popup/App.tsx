import { useState } from 'preact/hooks';
import type { Digest } from '../types.ts';
import { ActorChips } from './ActorChips.tsx';
import { CopyButton } from './CopyButton.tsx';
import { HighlightList } from './HighlightList.tsx';
import { t } from './i18n.ts';
import type { PopupActions, PopupSettings, PopupState } from './popup-state.ts';
import { QuoteList } from './QuoteList.tsx';
import { Skeleton } from './Skeleton.tsx';
import { StoryHeader } from './StoryHeader.tsx';
import { TimelineList } from './TimelineList.tsx';

interface AppProps {
  state: PopupState;
  actions: PopupActions;
  settings: PopupSettings;
}

export function App({ state, actions, settings }: AppProps) {
  const [forced, setForced] = useState<Digest | null>(null);
  if (forced) return <DigestView digest={forced} actions={actions} settings={settings} />;
  switch (state.status) {
    case 'loading':
      return <Skeleton note={t(state.note)} />;
    case 'message':
      return (
        <main class="popup popup--message">
          <p class="message" data-testid="message" role="status">
            {t(state.message, state.detail ?? '')}
          </p>
          {state.anyway && (
            <button type="button" class="button" data-testid="summarize-anyway" onClick={() => setForced(state.anyway ?? null)}>
              {t('summarizeAnyway')}
            </button>
          )}
        </main>
      );
    case 'ready':
      return <DigestView digest={state.digest} actions={actions} settings={settings} />;
  }
}

function DigestView({ digest, actions, settings }: { digest: Digest; actions: PopupActions; settings: PopupSettings }) {
  return (
    <main class="popup" lang={digest.lang ?? undefined} dir={digest.dir ?? undefined}>
      <StoryHeader digest={digest} settings={settings} />
      <HighlightList digest={digest} actions={actions} />
      <ActorChips digest={digest} actions={actions} />
      <TimelineList digest={digest} settings={settings} actions={actions} />
      <QuoteList digest={digest} actions={actions} />
      <footer class="popup__footer">
        <CopyButton text={digest.summary} copy={actions.copy} />
      </footer>
    </main>
  );
}
