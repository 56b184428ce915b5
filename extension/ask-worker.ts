// The popup's first script: a small classic script in popup.html's head that runs as soon
// as it has loaded, before the popup's module (Preact, the card), and asks the worker for
// the digest. Reading the page is the slow part, so it starts first.
import { EARLY_ANSWER_GLOBAL, type DigestTabReply, type DigestTabRequest, type EarlyAnswer } from '../src/protocol.ts';

/** The few promise-returning APIs used here, as Chrome (`chrome`) and Firefox (`browser`) both offer them in MV3. */
interface RuntimeApi {
  runtime: { sendMessage(message: DigestTabRequest): Promise<DigestTabReply | undefined> };
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
}

const api = ((globalThis as { browser?: RuntimeApi }).browser ?? (globalThis as { chrome?: RuntimeApi }).chrome) as RuntimeApi;

async function tabToRead(): Promise<number | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

function ask(tabId: number): EarlyAnswer {
  const request: DigestTabRequest = { type: 'digest-tab', tabId, locale: navigator.language || 'en-US', now: new Date().toISOString() };
  const reply = api.runtime.sendMessage(request);
  reply.catch(() => undefined);
  return { tabId, reply };
}

/**
 * Sends the request once per popup: this file runs as popup.html's first script and is
 * also imported by the popup's module, so whichever runs first asks and the other reuses it.
 */
export function askWorkerOnce(): Promise<EarlyAnswer | null> {
  const global = globalThis as Record<string, unknown>;
  const existing = global[EARLY_ANSWER_GLOBAL] as Promise<EarlyAnswer | null> | undefined;
  if (existing) return existing;
  const answer = tabToRead().then((tabId) => (tabId === null ? null : ask(tabId)), () => null);
  global[EARLY_ANSWER_GLOBAL] = answer;
  return answer;
}

void askWorkerOnce();
