import type { StoryDigest } from '../types.ts';
import { t } from './i18n.ts';
import type { PopupActions } from './popup-state.ts';

export function HighlightList({ digest, actions, lang }: { digest: StoryDigest; actions: PopupActions; lang: string | undefined }) {
  return (
    <section class="section" aria-labelledby="highlights-heading">
      <h2 class="section__title" id="highlights-heading">{t('highlights')}</h2>
      {digest.highlights.length === 0 ? (
        <p class="muted">{t('noHighlights')}</p>
      ) : (
        <ul class="highlights">
          {digest.highlights.map((highlight) => (
            <li key={highlight.start}>
              <button
                type="button"
                class="highlight"
                data-testid="highlight"
                // Element Timing: the benchmark reads when the highlights were first painted.
                elementtiming="highlight"
                lang={lang}
                title={t('showInPage')}
                onClick={() => actions.showInPage([highlight])}
              >
                {highlight.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
