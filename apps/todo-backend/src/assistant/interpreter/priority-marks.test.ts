import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "!!" after words that already say a task's level is emphasis: the task's level is set, no task is added.
describe('the offline interpreter on a level stated with "!!" after it', () => {
  it.each([
    ['tax payment is critical!!', 'tax payment'],
    // In other words.
    ['tax payment is critical!!!', 'tax payment'],
    ['invoice run is urgent!!', 'invoice run'],
    ['VAT return is top priority!!', 'VAT return'],
    ['estimate for Jones is really urgent!!', 'estimate for Jones'],
  ])('sets the level of the task named in "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority: 'high' }, target: { title } });
  });

  it.each([
    ['fix the sink!!', 'fix the sink'],
    ['book the van asap!!', 'book the van'],
  ])('still adds the errand "%s" at a high level', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, priority: 'high' } });
  });
});
