import type { SubscribeAdapter, SubscribeOutcome } from '../../src/components/NewsletterSignup/adapters/types';

/**
 * An adapter that answers when the test says so, and, as the built-in adapters
 * do, ends its request as `network`/`aborted` if the caller's signal fires: a
 * form that aborted its request could not be told from one that let it finish.
 */
export function answerLater(): { adapter: SubscribeAdapter; answer: (outcome: SubscribeOutcome) => void } {
  let answer: (outcome: SubscribeOutcome) => void = () => {
    throw new Error('answerLater: no request yet');
  };
  const adapter: SubscribeAdapter = {
    subscribe: (_request, signal) =>
      new Promise((resolve) => {
        answer = resolve;
        signal?.addEventListener('abort', () => resolve({ kind: 'network', reason: 'aborted' }));
      }),
  };
  return { adapter, answer: (outcome) => answer(outcome) };
}
