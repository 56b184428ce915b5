import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n.ts';

/** How long "Copied" stays before the button reads "Copy summary" again. */
const CONFIRMATION_MS = 2000;

export function CopyButton({ text, copy }: { text: string; copy: (text: string) => Promise<void> }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const onClick = () => copy(text).then(() => setStatus('copied'), () => setStatus('failed'));
  return (
    <button type="button" class="button button--primary" data-testid="copy" onClick={onClick} aria-live="polite">
      {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : t('copySummary')}
    </button>
  );
}
