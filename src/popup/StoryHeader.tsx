import type { ComponentChildren } from 'preact';
import { formatGap, formatIsoDate, formatRelative } from '../digest/format-date.ts';
import { hostOf } from '../digest/host-of.ts';
import type { StoryDigest } from '../types.ts';
import { formatNumber } from './format-number.ts';
import { t } from './i18n.ts';
import type { PopupSettings } from './popup-state.ts';

export function StoryHeader({ digest, settings }: { digest: StoryDigest; settings: PopupSettings }) {
  const { locale, now } = settings;
  const site = digest.siteName ?? hostOf(digest.url);
  const lang = digest.lang ?? undefined;
  return (
    <header class="story">
      {site && <p class="story__site" lang={lang}>{site}</p>}
      <h1 class="story__title" data-testid="title" lang={lang} tabIndex={-1}>
        {digest.title ?? site ?? ''}
      </h1>
      {digest.byline && (
        <p class="story__byline">
          <Ui>{t('byline', digest.byline.replace(/^by\s+/i, ''))}</Ui>
        </p>
      )}
      <ul class="story__meta">
        {digest.published ? (
          <li data-testid="published" data-iso={digest.published}>
            <Ui>
              {t('published')} <time dateTime={digest.published}>{formatIsoDate(digest.published, locale)}</time>
              <span class="muted"> · {formatRelative(digest.published, now, locale)}</span>
            </Ui>
          </li>
        ) : (
          <li class="muted">
            <Ui>{t('noDate')}</Ui>
          </li>
        )}
        {digest.updated && (
          <li data-testid="updated" data-iso={digest.updated}>
            <Ui>
              {t('updated')} <time dateTime={digest.updated}>{formatIsoDate(digest.updated, locale)}</time>
              {digest.published && <span class="muted"> · {t('later', formatGap(digest.published, digest.updated, locale) ?? '')}</span>}
            </Ui>
          </li>
        )}
        {digest.readingMinutes > 0 && (
          <li class="muted" data-testid="reading-time">
            <Ui>{t('readingTime', formatNumber(digest.readingMinutes, locale))}</Ui>
          </li>
        )}
      </ul>
    </header>
  );
}

/**
 * A sentence in the UI's language inside a card that may flow right to left: isolated with its
 * own direction, so "By <Arabic name>" or "1 min read" keep their word order, while the line
 * still aligns with the card.
 */
function Ui({ children }: { children: ComponentChildren }) {
  return <span dir="auto">{children}</span>;
}
