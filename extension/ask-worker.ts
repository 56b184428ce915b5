import browser from 'webextension-polyfill';
import { errorMessage } from '../src/error-message.ts';
import type { WorkerTrouble } from '../src/popup/popup-state.ts';
import type { DigestArticleReply, DigestArticleRequest } from '../src/protocol.ts';
import { whenLate } from './when-late.ts';

/**
 * How long the card waits for the worker's part before saying it is missing. A worker woken
 * from sleep answers for the corpus's largest story in well under a second: this bounds a
 * worker that hangs, whose part would otherwise stay a pulsing placeholder until Chrome stops
 * it minutes later. An answer that comes after it still replaces the note.
 */
export const WORKER_WAIT_MS = 20_000;

/** What the card says where the actors would be while a late worker has not answered. */
export const WORKER_LATE: WorkerTrouble = { kind: 'late', seconds: WORKER_WAIT_MS / 1000 };

/**
 * The worker's digest, or why there is none: a message the worker never answered is a failure
 * too. If it has not come within WORKER_WAIT_MS, `onLate` is called; the answer is still awaited.
 */
export function askWorker(request: DigestArticleRequest, onLate: () => void): Promise<DigestArticleReply> {
  const reply = browser.runtime.sendMessage(request).then(
    (answer) => (answer as DigestArticleReply | undefined) ?? { ok: false as const, message: 'no answer from the extension' },
    (error: unknown) => ({ ok: false as const, message: errorMessage(error) }),
  );
  return whenLate(reply, WORKER_WAIT_MS, onLate);
}
