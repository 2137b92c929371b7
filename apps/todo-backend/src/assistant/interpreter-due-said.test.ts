import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a new due date said in other ways', () => {
  it.each([
    ['reschedule dentist -> fri', 'fri', { title: 'dentist' }],
    ['mv the vet to next tuesday', 'next tuesday', { title: 'vet' }],
    ['the haircut is now on saturday', 'saturday', { title: 'haircut' }],
    ['parents evening got moved to thursday', 'thursday', { title: 'parents evening' }],
    ['the essay deadline is next friday now', 'next friday', { title: 'essay' }],
    ["change the plumber's date to monday", 'monday', { title: 'plumber' }],
  ])('reads "%s"', (sentence, date, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target });
  });

  it.each(['the dentist is now on the list', 'what is now on friday'])('changes no date for "%s"', (sentence) => {
    const reading = interpret(sentence);
    expect(reading.kind === 'call' && reading.tool === 'set_due_date').toBe(false);
  });
});
