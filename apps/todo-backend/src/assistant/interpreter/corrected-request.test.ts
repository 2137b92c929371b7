import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A request taken back and another said of the same task: only the second is read.

const read = (sentence: string) => interpret(sentence);

describe('a request corrected by another of the same task', () => {
  it.each([
    ['bin the "cancel gym" task... wait no, complete it', 'complete_task', {}, { title: 'cancel gym' }],
    ['delete 5, no sorry, mark it done', 'complete_task', {}, { id: 5 }],
    ['mark the report done... actually no, delete it', 'delete_task', {}, { title: 'report' }],
    ['delete the gym, no wait, move it to friday', 'set_due_date', { date: 'friday' }, { title: 'gym' }],
    ['tick off the invoice… nope, delete it', 'delete_task', {}, { title: 'invoice' }],
    ['scrap the pottery task, wait, no, mark it as done', 'complete_task', {}, { title: 'pottery' }],
  ])('reads "%s" as the second request', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool, args, target });
  });

  it('changes nothing when the request is only taken back ("delete the gym... no")', () => {
    for (const sentence of ['delete the gym... no', 'mark the report done, actually no', 'complete 7... nah']) {
      expect(read(sentence).kind, sentence).toBe('help');
    }
  });
});
