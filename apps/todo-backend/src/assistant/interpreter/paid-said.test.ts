import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// News that someone paid, said by whoever was owed: the task about the payer (or the work paid for) is done.
describe('the offline interpreter on news of a payment', () => {
  it.each([
    ['got paid by Acme!', 'Acme'],
    // In other words.
    ['got paid by Brightside', 'Brightside'],
    ['Acme paid me', 'Acme'],
    ['Acme paid up', 'Acme'],
    ['Mrs Patel has finally paid', 'Mrs Patel'],
    ['payment from Acme came in', 'Acme'],
    ['received payment from Bob', 'Bob'],
    ['been paid for the Henderson job', 'Henderson job'],
    ["I've just been paid by the Joneses", 'Joneses'],
  ])('completes the task named in "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it.each(['who paid?', 'has Acme paid?', 'did Acme pay?', 'has Acme paid'])('completes nothing on the question "%s"', (sentence) => {
    expect(interpret(sentence)).not.toMatchObject({ tool: 'complete_task' });
  });
});
