import { t } from './i18n.ts';

/**
 * A technical detail under a message in the reader's language: small and secondary, for a
 * bug report. It is in English (the browsers' extension errors and this extension's own are),
 * so it says so to screen readers, whatever the card's language.
 */
export function ErrorDetail({ detail }: { detail: string }) {
  return (
    <p class="error-detail" data-testid="error-detail">
      {t('technicalDetail')} <span lang="en">{detail}</span>
    </p>
  );
}
