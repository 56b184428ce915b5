import { t } from './i18n.ts';

/** The page's own highlights list, as the publisher wrote it. */
export function PublisherHighlights({ items, lang }: { items: string[]; lang: string | undefined }) {
  if (items.length === 0) return null;
  return (
    <section class="section section--publisher" aria-labelledby="publisher-heading">
      <h2 class="section__title" id="publisher-heading">{t('fromPublisher')}</h2>
      <ul class="publisher-highlights" lang={lang}>
        {items.map((item, index) => (
          <li key={index} data-testid="publisher-highlight">{item}</li>
        ))}
      </ul>
    </section>
  );
}
