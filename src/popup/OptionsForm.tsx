import type { CopyFormat } from '../digest/format-copy.ts';
import { formatNumber } from './format-number.ts';
import { t, type MessageKey } from './i18n.ts';
import { ModelStatus, type ModelState } from './ModelStatus.tsx';
import { MAX_FIXED_HIGHLIGHTS, MIN_FIXED_HIGHLIGHTS, SECTIONS, type GistSetting, type SectionName, type UserPrefs } from './user-prefs.ts';

const SECTION_LABELS: Record<SectionName, MessageKey> = {
  highlights: 'highlights',
  publisher: 'fromPublisher',
  actors: 'keyActors',
  timeline: 'timeline',
  quotes: 'quotes',
};
const FORMATS: Array<[CopyFormat, MessageKey]> = [
  ['text', 'formatText'],
  ['markdown', 'formatMarkdown'],
  ['notes', 'formatNotes'],
];
const GIST_CHOICES: Array<[GistSetting, MessageKey]> = [
  ['off', 'optionsGistOff'],
  ['auto', 'optionsGistAuto'],
];
const FIXED_COUNTS = Array.from({ length: MAX_FIXED_HIGHLIGHTS - MIN_FIXED_HIGHLIGHTS + 1 }, (_, i) => MIN_FIXED_HIGHLIGHTS + i);

/** The browser's current keys for the popup and the side panel; null where the reader removed one. */
export interface Shortcuts {
  popup: string | null;
  panel: string | null;
}

interface OptionsFormProps {
  prefs: UserPrefs;
  onChange: (prefs: UserPrefs) => void;
  shortcuts: Shortcuts;
  saved: boolean;
  locale: string;
  /** The browser's on-device model, as the gist's provider reports it. */
  model: ModelState;
  /** Starts the model's download: called straight from the reader's click. */
  onDownloadModel: () => void;
  /** Asks for (or gives back) the permission to follow the active tab, then saves the choice. */
  onFollowTab: (follow: boolean) => void;
  /** The browser refused the permission the last time the reader asked. */
  followDenied: boolean;
}

/** The options page: every change is saved at once, no Save button. */
export function OptionsForm({ prefs, onChange, shortcuts, saved, locale, model, onDownloadModel, onFollowTab, followDenied }: OptionsFormProps) {
  return (
    <main class="options">
      <h1 class="options__title">{t('optionsTitle')}</h1>
      <p class="options__intro">{t('optionsIntro')}</p>

      <div class="field">
        <label class="field__label" for="highlights">{t('optionsHighlights')}</label>
        <select
          id="highlights"
          data-testid="option-highlights"
          aria-describedby="highlights-help"
          value={String(prefs.highlights)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ ...prefs, highlights: value === 'auto' ? 'auto' : Number(value) });
          }}
        >
          <option value="auto">{t('optionsHighlightsAuto')}</option>
          {FIXED_COUNTS.map((count) => (
            <option key={count} value={String(count)}>{formatNumber(count, locale)}</option>
          ))}
        </select>
        <p class="field__help" id="highlights-help">{t('optionsHighlightsHelp')}</p>
      </div>

      <fieldset class="field">
        <legend class="field__label">{t('optionsCopyFormat')}</legend>
        <RadioChoices name="copy-format" testIdPrefix="option-format" choices={FORMATS} value={prefs.copyFormat} onChoose={(copyFormat) => onChange({ ...prefs, copyFormat })} />
      </fieldset>

      <fieldset class="field">
        <legend class="field__label">{t('optionsSections')}</legend>
        {SECTIONS.map((name) => (
          <label class="choice" key={name}>
            <input
              type="checkbox"
              data-testid={`option-section-${name}`}
              checked={prefs.sections[name]}
              onChange={(event) => onChange({ ...prefs, sections: { ...prefs.sections, [name]: event.currentTarget.checked } })}
            />
            {t(SECTION_LABELS[name])}
          </label>
        ))}
      </fieldset>

      <fieldset class="field">
        <legend class="field__label">{t('optionsGist')}</legend>
        <RadioChoices name="gist" testIdPrefix="option-gist" choices={GIST_CHOICES} value={prefs.gist} describedBy="gist-help" onChoose={(gist) => onChange({ ...prefs, gist })} />
        <p class="field__help" id="gist-help">{t('optionsGistHelp')}</p>
        {prefs.gist !== 'off' && (
          <ModelStatus model={model} choice={prefs.modelDownload} onDownload={onDownloadModel} onDecline={() => onChange({ ...prefs, modelDownload: 'declined' })} />
        )}
      </fieldset>

      <fieldset class="field">
        <legend class="field__label">{t('optionsPanel')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            data-testid="option-follow-tab"
            aria-describedby="follow-help"
            checked={prefs.followTab}
            onChange={(event) => onFollowTab(event.currentTarget.checked)}
          />
          {t('optionsFollowTab')}
        </label>
        <p class="field__help" id="follow-help">{t('optionsFollowTabHelp')}</p>
        {followDenied && (
          <p class="field__help field__help--warning" role="status" data-testid="follow-denied">{t('followTabDenied')}</p>
        )}
      </fieldset>

      <section class="field" aria-labelledby="shortcut-heading">
        <h2 class="field__label" id="shortcut-heading">{t('optionsShortcut')}</h2>
        <dl class="shortcuts">
          <dt>{t('shortcutPopup')}</dt>
          <dd>
            <kbd data-testid="shortcut">{shortcuts.popup ?? t('shortcutNotSet')}</kbd>
          </dd>
          <dt>{t('shortcutPanel')}</dt>
          <dd>
            <kbd data-testid="shortcut-panel">{shortcuts.panel ?? t('shortcutNotSet')}</kbd>
          </dd>
        </dl>
        <p class="field__help">{t('optionsShortcutHelp')}</p>
      </section>

      <p class="options__saved" role="status" data-testid="saved">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}

interface RadioChoicesProps<T extends string> {
  name: string;
  /** Each input's test id is `<testIdPrefix>-<value>`. */
  testIdPrefix: string;
  choices: Array<[T, MessageKey]>;
  value: T;
  describedBy?: string;
  onChoose: (value: T) => void;
}

/** One radio button per choice, labelled from the catalogue. */
function RadioChoices<T extends string>({ name, testIdPrefix, choices, value, describedBy, onChoose }: RadioChoicesProps<T>) {
  return (
    <>
      {choices.map(([choice, label]) => (
        <label class="choice" key={choice}>
          <input
            type="radio"
            name={name}
            value={choice}
            data-testid={`${testIdPrefix}-${choice}`}
            aria-describedby={describedBy}
            checked={value === choice}
            onChange={() => onChoose(choice)}
          />
          {t(label)}
        </label>
      ))}
    </>
  );
}
