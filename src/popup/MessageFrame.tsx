import type { ComponentChildren } from 'preact';
import { ErrorDetail } from './ErrorDetail.tsx';
import { MessageIcon, type Tone } from './MessageIcon.tsx';

interface MessageFrameProps {
  tone: Tone;
  /** "alert" for a failure the reader did not expect, "status" for a state the page is in. */
  role: 'alert' | 'status';
  /** What happened and what to do next, both in the reader's words. */
  title: string;
  hint: string;
  /** The error as the browser or the worker gave it: secondary, never the message itself. */
  detail?: string | null | undefined;
  testId?: string | undefined;
  /** The ways on: buttons after the message. */
  children?: ComponentChildren;
}

/** The frame every one-message card shares (a page that is no story, a card that failed): icon, title, hint, detail, actions. */
export function MessageFrame({ tone, role, title, hint, detail, testId, children }: MessageFrameProps) {
  return (
    <main class={`popup popup--message message--${tone}`} data-testid={testId}>
      <div class="message__icon" aria-hidden="true">
        <MessageIcon tone={tone} />
      </div>
      <div class="message__body" role={role}>
        <h1 class="message__title" data-testid="message">
          {title}
        </h1>
        <p class="message__hint">{hint}</p>
        {detail && <ErrorDetail detail={detail} />}
      </div>
      {children}
    </main>
  );
}
