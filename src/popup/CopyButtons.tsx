import { useEffect, useState } from 'preact/hooks';
import { formatSummary, type SummaryFormat, type SummaryLabels } from '../digest/format-summary.ts';
import type { Digest } from '../types.ts';
import { t, type MessageKey } from './i18n.ts';

/** How long "Copied" stays before the button reads as before. */
const CONFIRMATION_MS = 2000;
const OTHER: Record<SummaryFormat, SummaryFormat> = { text: 'markdown', markdown: 'text' };
const COPY_AS: Record<SummaryFormat, MessageKey> = { text: 'copyAsText', markdown: 'copyAsMarkdown' };

interface CopyButtonsProps {
  /** Null until the worker's part is in: the buttons show, disabled, so nothing moves. */
  digest: Digest | null;
  locale: string;
  /** The options page's choice: the big button copies this, the small one the other format. */
  preferred: SummaryFormat;
  copy: (text: string) => Promise<void>;
}

/** The copied summary speaks the popup's language. */
function summaryLabels(): SummaryLabels {
  return {
    untitled: t('untitledStory'),
    source: t('summarySource'),
    by: t('summaryBy'),
    published: t('published'),
    updated: t('updated'),
    highlights: t('highlights'),
    keyActors: t('keyActors'),
    people: t('people'),
    organizations: t('organizations'),
    places: t('places'),
    timeline: t('timeline'),
    gist: t('gistCopyLabel'),
    quotes: t('quotes'),
  };
}

type CopyStatus = { format: SummaryFormat; result: 'copied' | 'failed' } | null;

export function CopyButtons({ digest, locale, preferred, copy }: CopyButtonsProps) {
  const [status, setStatus] = useState<CopyStatus>(null);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const copyAs = (format: SummaryFormat) => () =>
    digest &&
    copy(formatSummary(digest, { format, locale, labels: summaryLabels() })).then(
      () => setStatus({ format, result: 'copied' }),
      () => setStatus({ format, result: 'failed' }),
    );
  const label = (format: SummaryFormat, idle: string): string =>
    status?.format !== format ? idle : status.result === 'copied' ? t('copied') : t('copyFailed');
  const alternative = OTHER[preferred];
  return (
    <div class="copy-buttons">
      <button type="button" class="button" data-testid="copy-alt" data-format={alternative} disabled={!digest} onClick={copyAs(alternative)}>
        {label(alternative, t(COPY_AS[alternative]))}
      </button>
      <button type="button" class="button button--primary" data-testid="copy" data-format={preferred} disabled={!digest} onClick={copyAs(preferred)}>
        {label(preferred, t('copySummary'))}
      </button>
      <span class="sr-only" role="status">
        {status && (status.result === 'copied' ? t('copied') : t('copyFailed'))}
      </span>
    </div>
  );
}
