import type { Actor, ActorKind, Digest } from '../types.ts';
import { t, type MessageKey } from './i18n.ts';
import type { PopupActions } from './popup-state.ts';

/** The popup shows the top actors; the digest keeps every one. */
export const POPUP_ACTOR_LIMIT = 10;
const GROUPS: Array<[ActorKind, MessageKey]> = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
];

export function ActorChips({ digest, actions }: { digest: Digest; actions: PopupActions }) {
  const top = digest.actors.slice(0, POPUP_ACTOR_LIMIT);
  if (top.length === 0) return null;
  return (
    <section class="section" aria-labelledby="actors-heading">
      <h2 class="section__title" id="actors-heading">{t('keyActors')}</h2>
      {GROUPS.map(([kind, label]) => {
        const actors = top.filter((actor) => actor.kind === kind);
        return actors.length === 0 ? null : (
          <div class="actor-group" key={kind}>
            <h3 class="actor-group__label">{t(label)}</h3>
            <ul class="chips">
              {actors.map((actor) => (
                <li key={actor.name}>
                  <ActorChip actor={actor} actions={actions} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ActorChip({ actor, actions }: { actor: Actor; actions: PopupActions }) {
  const count = actor.mentions.length;
  return (
    <button
      type="button"
      class={`chip chip--${actor.kind}${actor.role ? ' chip--has-role' : ''}`}
      data-testid="actor"
      data-kind={actor.kind}
      title={actor.role ?? undefined}
      aria-label={`${actor.name}${actor.role ? `, ${actor.role}` : ''}, ${t('mentions', String(count))}`}
      onClick={() => actions.showInPage(actor.mentions)}
    >
      <span class="chip__name">{actor.name}</span>
      {actor.role && <span class="chip__role">{actor.role}</span>}
      <span class="chip__count" aria-hidden="true">{count}</span>
    </button>
  );
}
