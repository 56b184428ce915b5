import type { GistState } from '../gist/gist-state.ts';
import { t } from './i18n.ts';

/**
 * The on-device model's gist above the highlights, labelled as the model's; it streams in
 * word by word. When it failed the grounding check, only a quiet note says so.
 */
export function GistView({ gist, lang }: { gist: GistState; lang: string | undefined }) {
  if (gist.status === 'none') return null;
  if (gist.status === 'withheld') {
    return (
      <p class="gist-withheld" data-testid="gist-withheld">
        {t('gistWithheld')}
      </p>
    );
  }
  const writing = gist.status === 'writing';
  return (
    <section class="gist" data-testid="gist" data-state={gist.status} aria-labelledby="gist-heading" aria-busy={writing}>
      <h2 class="gist__label" id="gist-heading">
        <span class="gist__tldr">{t('gistHeading')}</span> {t('gistByModel')}
      </h2>
      <p class="gist__text" data-testid="gist-text" lang={lang}>
        {gist.text}
        {writing && <span class="gist__cursor" aria-hidden="true" />}
      </p>
    </section>
  );
}
