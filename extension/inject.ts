// Injected only when the reader clicks: DOM work only, returns plain JSON.
import { errorMessage } from '../src/error-message.ts';
import { ExtractionError, extractArticle } from '../src/extract/extract-article.ts';
import { EXTRACTOR_GLOBAL, type ExtractResult } from '../src/protocol.ts';

function extract(): ExtractResult {
  try {
    return { ok: true, article: extractArticle(document, { url: location.href }) };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: 'failed', message: errorMessage(error) };
  }
}

Object.assign(globalThis, { [EXTRACTOR_GLOBAL]: extract });
