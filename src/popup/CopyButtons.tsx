import { useEffect, useState } from 'preact/hooks';
import { formatCopy, type CopyFormat } from '../digest/format-copy.ts';
import type { SummaryLabels } from '../digest/format-summary.ts';
import type { Digest } from '../types.ts';
import { t, type MessageKey } from './i18n.ts';

/** How long "Copied" stays before the button reads as before. */
const CONFIRMATION_MS = 2000;
/** The small button's format beside the big one's: notes readers still get plain text a click away. */
const OTHER: Record<CopyFormat, CopyFormat> = { text: 'markdown', markdown: 'text', notes: 'text' };
const COPY_AS: Record<CopyFormat, MessageKey> = { text: 'copyAsText', markdown: 'copyAsMarkdown', notes: 'copyAsNotes' };

interface CopyButtonsProps {
  /** Null until the worker's part is in: the buttons show, disabled, so nothing moves. */
  digest: Digest | null;
  locale: string;
  /** The options page's choice: the big button copies this, the small one the other format. */
  preferred: CopyFormat;
  /** The on-device model's gist when the card shows it whole: copied too, labelled. */
  gist: string | null;
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

type CopyStatus = { format: CopyFormat; result: 'copied' | 'failed' } | null;

export function CopyButtons({ digest, locale, preferred, gist, copy }: CopyButtonsProps) {
  const [status, setStatus] = useState<CopyStatus>(null);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const copyAs = (format: CopyFormat) => () => {
    if (!digest) return;
    const failed = () => setStatus({ format, result: 'failed' });
    let summary: string;
    // A click handler's throw reaches no error boundary: a summary that cannot be written (a
    // malformed digest) says "Copy failed", as a refused clipboard does, and is logged as a bug.
    try {
      summary = formatCopy(digest, format, { locale, labels: summaryLabels(), gist });
    } catch (error) {
      console.error(error);
      return failed();
    }
    copy(summary).then(() => setStatus({ format, result: 'copied' }), failed);
  };
  const label = (format: CopyFormat, idle: string): string =>
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
