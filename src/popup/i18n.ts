import english from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof english;
type Translator = (key: MessageKey, substitutions?: string[]) => string;

// English from the shipped catalogue until the glue installs the browser's
// translator (chrome.i18n), so tests and previews render real strings.
let translate: Translator = (key, substitutions = []) =>
  english[key].message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const placeholder = (english[key] as { placeholders?: Record<string, { content: string }> }).placeholders?.[name.toLowerCase()];
    const index = Number(placeholder?.content.slice(1) ?? 0) - 1;
    return substitutions[index] ?? '';
  });

export function setTranslator(translator: (key: string, substitutions?: string[]) => string): void {
  const fallback = translate;
  translate = (key, substitutions) => translator(key, substitutions) || fallback(key, substitutions);
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  return translate(key, substitutions);
}
