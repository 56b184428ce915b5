import type { Digest } from '../types.ts';
import { t } from './i18n.ts';
import type { PopupActions } from './popup-state.ts';

export const POPUP_QUOTE_LIMIT = 3;

export function QuoteList({ digest, actions }: { digest: Digest; actions: PopupActions }) {
  if (digest.quotes.length === 0) return null;
  const lang = digest.lang ?? undefined;
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <h2 class="section__title" id="quotes-heading">{t('quotes')}</h2>
      <ul class="quotes">
        {digest.quotes.slice(0, POPUP_QUOTE_LIMIT).map((quote) => (
          <li key={quote.start} data-testid="quote">
            <button type="button" class="quote" lang={lang} title={t('showInPage')} onClick={() => actions.showInPage([quote])}>
              <span class="quote__speaker">{quote.speaker}</span>
              <q class="quote__text">{quote.text}</q>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
