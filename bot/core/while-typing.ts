/** How often the "typing…" indicator is renewed while an answer is prepared (platforms drop it after ~5 s). */
export const typingIntervalMilliseconds = 4_500;

/**
 * Shows the platform's "typing…" indicator while `work` runs. A failed indicator call is ignored:
 * it must never keep an answer from being sent.
 */
export async function whileTyping<Result>(sendTyping: () => Promise<unknown>, work: () => Promise<Result>): Promise<Result> {
  const send = () => {
    sendTyping().catch(() => undefined);
  };
  send();
  const timer = setInterval(send, typingIntervalMilliseconds);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
