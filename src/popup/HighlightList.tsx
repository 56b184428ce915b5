import type { Digest } from '../types.ts';
import { t } from './i18n.ts';
import type { PopupActions } from './popup-state.ts';

export function HighlightList({ digest, actions }: { digest: Digest; actions: PopupActions }) {
  return (
    <>
      <section class="section" aria-labelledby="highlights-heading">
        <h2 class="section__title" id="highlights-heading">{t('highlights')}</h2>
        {digest.highlights.length === 0 ? (
          <p class="muted">{t('noHighlights')}</p>
        ) : (
          <ul class="highlights">
            {digest.highlights.map((highlight) => (
              <li key={highlight.start}>
                <button type="button" class="highlight" data-testid="highlight" onClick={() => actions.showInPage([highlight])}>
                  {highlight.text}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {digest.publisherHighlights.length > 0 && (
        <section class="section section--publisher" aria-labelledby="publisher-heading">
          <h2 class="section__title" id="publisher-heading">{t('fromPublisher')}</h2>
          <ul class="publisher-highlights">
            {digest.publisherHighlights.map((item, index) => (
              <li key={index} data-testid="publisher-highlight">{item}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
