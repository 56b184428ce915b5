import { useEffect, useRef } from 'preact/hooks';
import type { Digest, StoryDigest } from '../types.ts';
import { ActorChips } from './ActorChips.tsx';
import { CopyButtons } from './CopyButtons.tsx';
import { t } from './i18n.ts';
import { isFullDigest, type PopupActions, type PopupSettings } from './popup-state.ts';
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
}

/**
 * The news card flows in the page's direction; the footer keeps the UI's, so Copy stays where
 * the reader's hand expects it. Page text carries the page's language, set per element, so the
 * UI's own words keep the UI's language for screen readers.
 */
export function DigestView({ digest, actions, settings, focusTitle = false }: DigestViewProps) {
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
      <main class="card" ref={card} dir={digest.dir ?? undefined}>
        <StoryHeader digest={digest} settings={settings} />
        {sections.highlights && <HighlightList digest={digest} actions={actions} lang={lang} />}
        {sections.publisher && <PublisherHighlights items={digest.publisherHighlights} lang={lang} />}
        {full && sections.actors && <ActorChips digest={full} actions={actions} settings={settings} />}
        {full && sections.timeline && <TimelineList digest={full} settings={settings} actions={actions} />}
        {full && sections.quotes && <QuoteList digest={full} actions={actions} />}
        {!full && engineSections && <EnginesPending />}
      </main>
      <footer class="popup__footer">
        <button type="button" class="icon-button" data-testid="options" aria-label={t('openOptions')} title={t('openOptions')} onClick={actions.openOptions}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
            <path d="M4 7h10M18 7h2M4 17h2M10 17h10" />
            <circle cx="16" cy="7" r="2" />
            <circle cx="8" cy="17" r="2" />
          </svg>
        </button>
        <CopyButtons digest={full} locale={settings.locale} preferred={settings.prefs.copyFormat} copy={actions.copy} />
      </footer>
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
