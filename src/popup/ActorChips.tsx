import type { Actor, ActorKind, Digest } from '../types.ts';
import { formatNumber } from './format-number.ts';
import { t, type MessageKey } from './i18n.ts';
import type { PopupActions, PopupSettings } from './popup-state.ts';

/** The popup shows the top actors; the digest keeps every one. */
export const POPUP_ACTOR_LIMIT = 10;
const GROUPS: Array<[ActorKind, MessageKey]> = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
];

interface ActorChipsProps {
  digest: Digest;
  actions: PopupActions;
  settings: PopupSettings;
}

export function ActorChips({ digest, actions, settings }: ActorChipsProps) {
  const top = digest.actors.slice(0, POPUP_ACTOR_LIMIT);
  if (top.length === 0) return null;
  const lang = digest.lang ?? undefined;
  return (
    <section class="section" aria-labelledby="actors-heading">
      <h2 class="section__title" id="actors-heading">{t('keyActors')}</h2>
      <div class="actor-groups">
        {GROUPS.map(([kind, label]) => {
          const actors = top.filter((actor) => actor.kind === kind);
          return actors.length === 0 ? null : (
            <div class="actor-group" key={kind}>
              <h3 class="actor-group__label" id={`actors-${kind}`}>{t(label)}</h3>
              <ul class="chips" aria-labelledby={`actors-${kind}`}>
                {actors.map((actor) => (
                  <li key={actor.name}>
                    <ActorChip actor={actor} actions={actions} lang={lang} locale={settings.locale} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

interface ActorChipProps {
  actor: Actor;
  actions: PopupActions;
  lang: string | undefined;
  locale: string;
}

function ActorChip({ actor, actions, lang, locale }: ActorChipProps) {
  const mentions = actor.mentions.length;
  const count = formatNumber(mentions, locale);
  // The name screen readers hear is the visible text plus words for the count (WCAG 2.5.3).
  return (
    <button
      type="button"
      class={`chip chip--${actor.kind}${actor.role ? ' chip--has-role' : ''}`}
      data-testid="actor"
      data-kind={actor.kind}
      title={t('showInPage')}
      onClick={() => actions.showInPage(actor.mentions)}
    >
      <span class="chip__dot" aria-hidden="true" />
      <span class="chip__name" lang={lang}>{actor.name}</span>
      {actor.role && (
        <span class="chip__role" lang={lang}>
          <span class="sr-only">, </span>
          {actor.role}
        </span>
      )}
      <span class="chip__count">
        <span aria-hidden="true">{count}</span>
        <span class="sr-only">, {mentions === 1 ? t('mentionOne') : t('mentions', count)}</span>
      </span>
    </button>
  );
}
