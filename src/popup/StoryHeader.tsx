import { formatGap, formatIsoDate, formatRelative } from '../digest/format-date.ts';
import type { Digest } from '../types.ts';
import { t } from './i18n.ts';
import type { PopupSettings } from './popup-state.ts';

export function StoryHeader({ digest, settings }: { digest: Digest; settings: PopupSettings }) {
  const { locale, now } = settings;
  const site = digest.siteName ?? hostOf(digest.url);
  return (
    <header class="story">
      {site && <p class="story__site">{site}</p>}
      <h1 class="story__title" data-testid="title">
        {digest.title ?? site ?? ''}
      </h1>
      {digest.byline && <p class="story__byline">{t('byline', digest.byline.replace(/^by\s+/i, ''))}</p>}
      <p class="story__meta">
        {digest.published ? (
          <span data-testid="published" data-iso={digest.published}>
            {t('published')} <time dateTime={digest.published}>{formatIsoDate(digest.published, locale)}</time>
            <span class="muted"> · {formatRelative(digest.published, now, locale)}</span>
          </span>
        ) : (
          <span class="muted">{t('noDate')}</span>
        )}
        {digest.updated && (
          <span data-testid="updated" data-iso={digest.updated}>
            {t('updated')} <time dateTime={digest.updated}>{formatIsoDate(digest.updated, locale)}</time>
            {digest.published && <span class="muted"> · {t('later', formatGap(digest.published, digest.updated, locale) ?? '')}</span>}
          </span>
        )}
        {digest.readingMinutes > 0 && <span class="muted">{t('readingTime', String(digest.readingMinutes))}</span>}
      </p>
    </header>
  );
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
