import { formatIsoDate } from '../digest/format-date.ts';
import type { Digest } from '../types.ts';
import { t } from './i18n.ts';
import type { PopupActions, PopupSettings } from './popup-state.ts';

/** A short list: the popup is a glance, the digest keeps every date. */
export const POPUP_TIMELINE_LIMIT = 6;

export function TimelineList({ digest, settings, actions }: { digest: Digest; settings: PopupSettings; actions: PopupActions }) {
  if (digest.timeline.length === 0) return null;
  const lang = digest.lang ?? undefined;
  return (
    <section class="section" aria-labelledby="timeline-heading">
      <h2 class="section__title" id="timeline-heading">{t('timeline')}</h2>
      <ol class="timeline">
        {digest.timeline.slice(0, POPUP_TIMELINE_LIMIT).map((entry) => {
          const sentence = entry.sentence && digest.text.slice(entry.sentence.start, entry.sentence.end);
          return (
            <li key={entry.start} data-testid="timeline-item" data-date={entry.date}>
              <button type="button" class="timeline__entry" title={t('showInPage')} onClick={() => actions.showInPage([entry])}>
                <time class="timeline__date" dateTime={entry.date}>{formatIsoDate(entry.date, settings.locale)}</time>
                <span class="timeline__phrase" lang={lang}>{entry.phrase}</span>
              </button>
              {sentence && <p class="timeline__sentence" lang={lang}>{sentence}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
