import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../error-message.ts';
import { NO_GIST, shownGist, type GistState } from '../gist/gist-state.ts';
import type { Digest, StoryDigest } from '../types.ts';
import { ActorChips } from './ActorChips.tsx';
import { PartFailed } from './CardFailed.tsx';
import { CopyButtons } from './CopyButtons.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ErrorDetail } from './ErrorDetail.tsx';
import { GistView } from './GistView.tsx';
import { t } from './i18n.ts';
import { formatNumber } from './format-number.ts';
import { isFullDigest, type PopupActions, type PopupSettings, type WorkerTrouble } from './popup-state.ts';
import { PublisherHighlights } from './PublisherHighlights.tsx';
import { HighlightList } from './HighlightList.tsx';
import { QuoteList } from './QuoteList.tsx';
import { StoryHeader } from './StoryHeader.tsx';
import { TimelineList } from './TimelineList.tsx';

interface DigestViewProps {
  /** A story digest alone while the worker works out actors, timeline and quotes. */
  digest: Digest | StoryDigest;
  actions: PopupActions;
  settings: PopupSettings;
  /** After "Summarize anyway" the button is gone: keyboard focus moves to the headline. */
  focusTitle?: boolean;
  /** The on-device model's gist, above the highlights; it never holds them up. */
  gist?: GistState;
  /** The card is for the reader's selection, not the whole page. */
  selection?: boolean;
  /** Why the worker gave no actors, timeline and quotes: said where they would be. */
  enginesFailed?: WorkerTrouble | undefined;
}

/**
 * The news card flows in the page's direction; the footer keeps the UI's, so Copy stays where
 * the reader's hand expects it. Page text carries the page's language, set per element, so the
 * UI's own words keep the UI's language for screen readers.
 */
export function DigestView({ digest, actions, settings, focusTitle = false, gist = NO_GIST, selection = false, enginesFailed }: DigestViewProps) {
  const { sections } = settings.prefs;
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusTitle) card.current?.querySelector<HTMLElement>('[data-testid="title"]')?.focus();
  }, [focusTitle]);
  const lang = digest.lang ?? undefined;
  const full = isFullDigest(digest) ? digest : null;
  const engineSections = sections.actors || sections.timeline || sections.quotes;
  return (
    <div class="popup">
      <main class={`card${actions.openSidePanel ? ' card--with-tools' : ''}`} ref={card} dir={digest.dir ?? undefined}>
        {actions.openSidePanel && <SidePanelButton open={actions.openSidePanel} />}
        {selection && (
          <p class="card__note" data-testid="selection-note">
            {t('selectionNote')}
          </p>
        )}
        <Part>
          <StoryHeader digest={digest} settings={settings} />
        </Part>
        <Part>
          <GistView gist={gist} lang={lang} />
        </Part>
        {sections.highlights && (
          <Part>
            <HighlightList digest={digest} actions={actions} lang={lang} />
          </Part>
        )}
        {sections.publisher && (
          <Part>
            <PublisherHighlights items={digest.publisherHighlights} lang={lang} />
          </Part>
        )}
        {full && sections.actors && (
          <Part>
            <ActorChips digest={full} actions={actions} settings={settings} />
          </Part>
        )}
        {full && sections.timeline && (
          <Part>
            <TimelineList digest={full} settings={settings} actions={actions} />
          </Part>
        )}
        {full && sections.quotes && (
          <Part>
            <QuoteList digest={full} actions={actions} />
          </Part>
        )}
        {!full && engineSections && (enginesFailed === undefined ? <EnginesPending /> : <EnginesFailed trouble={enginesFailed} locale={settings.locale} />)}
      </main>
      <footer class="popup__footer">
        <div class="popup__tools">
          <button type="button" class="icon-button" data-testid="options" aria-label={t('openOptions')} title={t('openOptions')} onClick={actions.openOptions}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
              <path d="M4 7h10M18 7h2M4 17h2M10 17h10" />
              <circle cx="16" cy="7" r="2" />
              <circle cx="8" cy="17" r="2" />
            </svg>
          </button>
        </div>
        <Part>
          <CopyButtons digest={full} locale={settings.locale} preferred={settings.prefs.copyFormat} gist={shownGist(gist)} copy={actions.copy} />
        </Part>
      </footer>
    </div>
  );
}

/** One part of the card: if it throws while rendering, a note takes its place and the rest of the card stays. */
function Part({ children }: { children: ComponentChildren }) {
  return <ErrorBoundary fallback={() => <PartFailed />}>{children}</ErrorBoundary>;
}

/**
 * Moves the card into the side panel, which stays open while the reader scrolls the story.
 * At the card's top corner (first in keyboard order, as on screen): the footer is full. If the
 * panel does not open, the card stays and a note under the button says so.
 */
function SidePanelButton({ open }: { open: () => Promise<void> }) {
  const [failed, setFailed] = useState<string | null>(null);
  const click = (): void => {
    setFailed(null);
    // Called in the click itself: the browser opens its panel only for the reader's gesture.
    open().catch((error: unknown) => setFailed(errorMessage(error)));
  };
  return (
    <>
      <button type="button" class="icon-button card__tool" data-testid="open-side-panel" aria-label={t('openSidePanel')} title={t('openSidePanel')} onClick={click}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <path d="M15 4v16" />
        </svg>
      </button>
      {failed !== null && (
        <div class="card__note" role="status" data-testid="side-panel-failed">
          {t('sidePanelFailed')}
          <ErrorDetail detail={failed} />
        </div>
      )}
    </>
  );
}

/**
 * Where actors, timeline and quotes would be, when the worker could not give them (or has not
 * yet): the story part above stays. What happened is said in the reader's language; the
 * worker's or the browser's own error only as a detail below.
 */
function EnginesFailed({ trouble, locale }: { trouble: WorkerTrouble; locale: string }) {
  return (
    <div class="card__note" role="status" data-testid="engines-failed">
      {trouble.kind === 'late' ? t('workerLate', formatNumber(trouble.seconds, locale)) : t('enginesFailed')}
      {trouble.kind === 'failed' && <ErrorDetail detail={trouble.detail} />}
    </div>
  );
}

/** Where actors, timeline and quotes will be: a placeholder that says so to screen readers. */
function EnginesPending() {
  return (
    <div class="engines-pending" aria-busy="true" data-testid="engines-pending">
      <div class="skeleton skeleton--heading" />
      <div class="skeleton skeleton--chips" />
      <p class="sr-only" role="status">{t('findingActors')}</p>
    </div>
  );
}
