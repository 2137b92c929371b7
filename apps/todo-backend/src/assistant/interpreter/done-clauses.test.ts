import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a report of work done inside a longer sentence', () => {
  it.each([
    ['back from town and the dry cleaning is collected, you can tick it off', 'dry cleaning'],
    ['rough week but I finally managed to file the expenses, mark it done', 'the expenses'],
    ['phew. anyway the gutters are sorted, check that off', 'gutters'],
    ['the vet rang back, so the cat jab task is done', 'cat jab'],
    ['all sorted with the passport renewal, close it', 'passport renewal'],
    ['the salt and pepper task is done, tick it off', 'salt and pepper'],
    ['the tiles are picked up', 'tiles'],
    ['please make the invoice task done', 'invoice'],
    ['the painting of the fence is finished', 'fence'],
    ['the king of spain costume is done', 'king of spain costume'],
    // A bare "tick" closing the report, and fillers before it that are no part of the task's name.
    ['the gutters are done, tick', 'gutters'],
    ['done the gutters, tick', 'gutters'],
    ['wait the gutters are done, tick', 'gutters'],
    ['oh yeah the hedge trimming happened, mark it done', 'hedge trimming'],
    ['yeah the shed roof is fixed', 'shed roof'],
  ])('completes the task in "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it.each([
    ['done! the dentist, that is', 'dentist'],
    ['done with the dentist, that is', 'dentist'],
    ['finished the slides, I mean', 'slides'],
    ['done with the gym, that is all', 'gym'],
    ['cross off the seed order, did that ages ago', 'seed order'],
    ['tick off the vet, did that yesterday', 'vet'],
  ])('completes the task named before a clause that only says it was meant: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it.each(["that's done", 'that is done'])('still reads "%s" as the task the conversation is about', (sentence) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { last: true } });
  });

  it('reopens when the closing clause opens it again', () => {
    expect(interpret('the tax form is not finished yet, can you make it open again')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: { completed: false },
      target: { title: 'tax form' },
    });
  });

  it.each(['the dentist one, is it done?', 'taxes done?', "I didn't pay the gas bill, mark it done", 'the essay is not done, tick it off'])(
    'asks, completing nothing, on "%s"',
    (sentence) => {
      expect(interpret(sentence).kind).toBe('help');
    },
  );

  it.each(['calling the bank took ages, that one is done', 'I finished the report task, delete the old one', 'did 14 get done?'])(
    'never completes the last task or a second request on "%s"',
    (sentence) => {
      const meaning = interpret(sentence);
      if (meaning.kind === 'call' && meaning.target) expect(meaning.target).not.toEqual({ last: true });
      if (meaning.kind === 'call' && meaning.target && 'title' in meaning.target)
        expect(meaning.target.title).not.toMatch(/delete|that one/);
    },
  );

  it('reads the request after a report of a mistake, never completing the task to reopen', () => {
    expect(interpret('argh, I ticked off the wrong one, reopen the dentist task')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: { completed: false },
      target: { title: 'dentist' },
    });
  });

  it.each([
    ['finally!! the car is washed 🎉', 'car'],
    ['tiles ordered ✅', 'tiles'],
    ['yay, the invitations are posted 🙌', 'invitations'],
  ])('reads a report with marks and feelings around it: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it.each(['did I miss any deadlines?', 'have we missed anything'])('reads "%s" as what is overdue, completing nothing', (sentence) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args: { due: 'overdue' } });
  });

  it('reads "did" and a number as that task done', () => {
    expect(interpret('did 31')).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { id: 31 } });
  });
});
