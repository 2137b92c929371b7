import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('two changes to one task in one sentence', () => {
  it.each([
    ['move the vet to friday and make it high', { due_date: 'friday', priority: 'high' }, t('vet')],
    ['push the report to monday and knock it down to low', { due_date: 'monday', priority: 'low' }, t('report')],
    ['rename the dentist to dentist (Dr Shah) and clear its date', { title: 'dentist (Dr Shah)', due_date: null }, t('dentist')],
    ['make the tax return due the 31st and urgent', { due_date: 'the 31st', priority: 'high' }, t('tax return')],
    // The task, a dash and its date, then a level: a move, as with a colon.
    ['the gutter clean - tues wk, medium priority', { due_date: 'tues wk', priority: 'medium' }, t('gutter clean')],
    ['the dentist check-up - friday, urgent', { due_date: 'friday', priority: 'high' }, t('dentist check-up')],
    ['rename 4 to Pay the builder, no date', { title: 'Pay the builder', due_date: null }, id(4)],
    // "bring it forward" and "clear the note" as the second change.
    ['rename the vet to vet (Luna) and bring it forward to monday', { title: 'vet (Luna)', due_date: 'monday' }, t('vet')],
    ['rename the vet to vet (Luna) and clear the note', { title: 'vet (Luna)', description: '' }, t('vet')],
    ['the vet one - rename to vet (Luna) and clear the note', { title: 'vet (Luna)', description: '' }, t('vet')],
    ['rename 5 to pay Bob and bring it back', { title: 'pay Bob and bring it back' }, id(5)],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it('keeps a level said after tags one of the tags', () => {
    expect(read('replace the tags on 3 with work and urgent')).toEqual(call('update_task', { tags: ['work', 'urgent'] }, id(3)));
  });

  it('keeps a level said after a new task in the new task', () => {
    expect(read('add call mum and high priority')).toEqual(call('add_task', { title: 'call mum', priority: 'high' }));
  });

  it.each<[string, Record<string, unknown>, ReturnType<typeof t>]>([
    [
      'make the haircut saturday 10am and call it haircut + fringe trim',
      { due_date: 'saturday 10am', title: 'haircut + fringe trim' },
      t('haircut'),
    ],
    [
      'put the piano lesson on wednesday at 5 and rename it piano (Mia)',
      { due_date: 'on wednesday at 5', title: 'piano (Mia)' },
      t('piano lesson'),
    ],
    [
      'move the playdate to sunday and add "bring the scooter" to the notes',
      { due_date: 'sunday', description: 'bring the scooter' },
      t('playdate'),
    ],
    ['the plumber is now coming at 3, put "ring twice" in the notes', { due_date: 'at 3', description: 'ring twice' }, t('plumber')],
    [
      'make the tax return due end of month, title "tax return 2025/26"',
      { due_date: 'end of month', title: 'tax return 2025/26' },
      t('tax return'),
    ],
    [
      'push the car service to monday, low priority, and rename it car service + tyres',
      { due_date: 'monday', priority: 'low', title: 'car service + tyres' },
      t('car service'),
    ],
    [
      'the MOT is booked for the 9th at 8:30 now, so make it normal priority',
      { due_date: 'the 9th at 8:30', priority: 'medium' },
      t('MOT'),
    ],
  ])('reads a rescheduled task changed twice: "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it('never renames a task after "call it a day"', () => {
    expect(read('make the bed tomorrow and call it a day')).not.toMatchObject({ tool: 'update_task' });
  });

  it('reads two changes after the task said first', () => {
    expect(read('the parents evening: rename it parents evening (Year 4) and move it to next thursday 6pm')).toEqual(
      call('update_task', { title: 'parents evening (Year 4)', due_date: 'next thursday 6pm' }, t('parents evening')),
    );
    expect(read('the vet task: move it to friday and make it high')).toEqual(
      call('update_task', { due_date: 'friday', priority: 'high' }, t('vet')),
    );
  });

  it('reads two changes whose first names its task in a shorter way', () => {
    expect(read('the dentist - friday instead, and it is urgent')).toEqual(
      call('update_task', { due_date: 'friday', priority: 'high' }, t('dentist')),
    );
    expect(read('the one about the boiler - rename it boiler service and move it to the 3rd')).toEqual(
      call('update_task', { title: 'boiler service', due_date: 'the 3rd' }, t('boiler')),
    );
  });

  it('reads "due" and a day of the month after the task said first, then a level', () => {
    expect(read('the gym direct debit - due the 28th and low priority')).toEqual(
      call('update_task', { due_date: 'the 28th', priority: 'low' }, t('gym direct debit')),
    );
    expect(read('the report: due friday, high priority')).toEqual(
      call('update_task', { due_date: 'friday', priority: 'high' }, t('report')),
    );
  });

  it('reads a rule said last without more words', () => {
    expect(read('make the council tax due on the 1st and repeat monthly')).toEqual(
      call('update_task', { due_date: 'the 1st', recurring: 'monthly' }, t('council tax')),
    );
  });

  it('reads "no tags", "no date either" and "be due …" as the second change', () => {
    expect(read('no notes on the tax thing please, and no date either')).toEqual(
      call('update_task', { description: '', due_date: null }, t('tax')),
    );
    expect(read('clean up the dentist task: title "Dentist - Mia", no tags')).toEqual(
      call('update_task', { title: 'Dentist - Mia', tags: [] }, t('dentist')),
    );
    expect(read('the tax thing should be called "self assessment" and be due jan 31')).toEqual(
      call('update_task', { title: 'self assessment', due_date: 'jan 31' }, t('tax')),
    );
  });
});
