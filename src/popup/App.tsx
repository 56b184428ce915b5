import { useState } from 'preact/hooks';
import { NO_GIST, type GistState } from '../gist/gist-state.ts';
import { CardFailed } from './CardFailed.tsx';
import { DigestView } from './DigestView.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { MessageView } from './MessageView.tsx';
import type { PopupActions, PopupSettings, PopupState } from './popup-state.ts';
import { Skeleton } from './Skeleton.tsx';
import { t } from './i18n.ts';

interface AppProps {
  state: PopupState;
  actions: PopupActions;
  settings: PopupSettings;
  /** The on-device model's gist of the story shown, if any. */
  gist?: GistState;
}

/**
 * The card. One that throws while rendering (after a setting, on the gist's next words) says
 * so, with a way to try again and to the options, never a blank popup; the glue's next render
 * tries it again by itself.
 */
export function App(props: AppProps) {
  return (
    <ErrorBoundary fallback={(error, retry) => <CardFailed error={error} onRetry={retry} onOpenOptions={props.actions.openOptions} />}>
      <Card {...props} />
    </ErrorBoundary>
  );
}

function Card({ state, actions, settings, gist = NO_GIST }: AppProps) {
  // Remembers the choice, not the digest: a rebuilt digest (new settings) still shows.
  const [anyway, setAnyway] = useState(false);
  if (anyway && state.status === 'message' && state.anyway) {
    return <DigestView digest={state.anyway} actions={actions} settings={settings} gist={gist} focusTitle enginesFailed={state.enginesFailed} />;
  }
  switch (state.status) {
    case 'loading':
      return <Skeleton note={t(state.note)} />;
    case 'message':
      return (
        <MessageView
          state={state}
          onSummarizeAnyway={state.anyway ? () => setAnyway(true) : null}
          onSummarizeTab={state.offerTab ? (actions.summarizeTab ?? null) : null}
        />
      );
    case 'ready':
      return (
        <DigestView digest={state.digest} actions={actions} settings={settings} gist={gist} selection={state.selection} enginesFailed={state.enginesFailed} />
      );
  }
}
