import type { ModelAvailability } from '../gist/gist-provider.ts';
import { ErrorDetail } from './ErrorDetail.tsx';
import { t } from './i18n.ts';
import type { ModelDownloadChoice } from './user-prefs.ts';

/** The browser's model as the options page knows it: 'absent' where the browser has no such API. */
export interface ModelState {
  availability: ModelAvailability | 'absent';
  /** 0 to 1 while a download this page started is under way. */
  progress: number | null;
  error: string | null;
}

interface ModelStatusProps {
  model: ModelState;
  choice: ModelDownloadChoice;
  onDownload: () => void;
  onDecline: () => void;
}

/**
 * Where the on-device model stands, and the offer to download it: made only where the browser
 * says it can be downloaded, started only by the reader's click. "Not now" is remembered.
 */
export function ModelStatus({ model, choice, onDownload, onDecline }: ModelStatusProps) {
  const { availability, progress, error } = model;
  if (progress !== null || availability === 'downloading') {
    return (
      <div class="model-status" data-testid="gist-model-status" data-availability="downloading">
        <label class="field__help" for="model-progress">{t('gistDownloading')}</label>
        <progress id="model-progress" data-testid="gist-download-progress" max={1} value={progress ?? undefined} />
      </div>
    );
  }
  if (availability === 'downloadable') {
    return (
      <div class="model-status" data-testid="gist-model-status" data-availability="downloadable">
        <p class="field__help">{choice === 'declined' ? t('gistDeclined') : t('gistModelDownloadable')}</p>
        {error && (
          <div class="field__help field__help--warning" role="status" data-testid="gist-download-failed">
            {t('gistDownloadFailed')}
            <ErrorDetail detail={error} />
          </div>
        )}
        <p class="model-status__actions">
          <button type="button" class="button" data-testid="gist-download" onClick={onDownload}>{t('gistDownload')}</button>
          {choice !== 'declined' && (
            <button type="button" class="button button--quiet" data-testid="gist-decline" onClick={onDecline}>{t('gistDecline')}</button>
          )}
        </p>
      </div>
    );
  }
  return (
    <p class="field__help model-status" data-testid="gist-model-status" data-availability={availability}>
      {availability === 'available' ? t('gistModelAvailable') : t('gistModelUnavailable')}
    </p>
  );
}
