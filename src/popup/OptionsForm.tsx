import type { SummaryFormat } from '../digest/format-summary.ts';
import { formatNumber } from './format-number.ts';
import { t, type MessageKey } from './i18n.ts';
import { MAX_FIXED_HIGHLIGHTS, MIN_FIXED_HIGHLIGHTS, SECTIONS, type SectionName, type UserPrefs } from './user-prefs.ts';

const SECTION_LABELS: Record<SectionName, MessageKey> = {
  highlights: 'highlights',
  publisher: 'fromPublisher',
  actors: 'keyActors',
  timeline: 'timeline',
  quotes: 'quotes',
};
const FORMATS: Array<[SummaryFormat, MessageKey]> = [
  ['text', 'formatText'],
  ['markdown', 'formatMarkdown'],
];
const FIXED_COUNTS = Array.from({ length: MAX_FIXED_HIGHLIGHTS - MIN_FIXED_HIGHLIGHTS + 1 }, (_, i) => MIN_FIXED_HIGHLIGHTS + i);

interface OptionsFormProps {
  prefs: UserPrefs;
  onChange: (prefs: UserPrefs) => void;
  /** The browser's current key for opening the popup, or null when the reader removed it. */
  shortcut: string | null;
  saved: boolean;
  locale: string;
}

/** The options page: every change is saved at once, no Save button. */
export function OptionsForm({ prefs, onChange, shortcut, saved, locale }: OptionsFormProps) {
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
        {FORMATS.map(([format, label]) => (
          <label class="choice" key={format}>
            <input
              type="radio"
              name="copy-format"
              value={format}
              data-testid={`option-format-${format}`}
              checked={prefs.copyFormat === format}
              onChange={() => onChange({ ...prefs, copyFormat: format })}
            />
            {t(label)}
          </label>
        ))}
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

      <section class="field" aria-labelledby="shortcut-heading">
        <h2 class="field__label" id="shortcut-heading">{t('optionsShortcut')}</h2>
        <p class="shortcut">
          <kbd data-testid="shortcut">{shortcut ?? t('shortcutNotSet')}</kbd>
        </p>
        <p class="field__help">{t('optionsShortcutHelp')}</p>
      </section>

      <p class="options__saved" role="status" data-testid="saved">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}
