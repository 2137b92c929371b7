import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { type Interpretation, interpret, type KnownNames } from './offline-interpreter.ts';
import type { Said } from './said-rows.ts';
import { correctVerb } from './typos.ts';

const known: KnownNames = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const call = (tool: string, args: Record<string, unknown>, target?: object): Interpretation =>
  (target ? { kind: 'call', tool, args, target } : { kind: 'call', tool, args }) as Interpretation;
const t = (title: string) => ({ title });
const id = (n: number) => ({ id: n });
const last = { last: true };

describe('a digit typed for the word it sounds like', () => {
  it.each<[string, object]>([
    ['add note 2 the vet thing: bring the cat carrier', call('update_task', { description: 'bring the cat carrier' }, t('vet'))],
    ['rename it 2 gym w jo', call('update_task', { title: 'gym w jo' }, last)],
    ['no more reminders 4 the gym thing', call('set_reminder', { clear: true }, t('gym'))],
    ['ping me in 10 mins 2 check laundry', call('add_task', { title: 'check laundry', due_date: 'in 10 mins', remind_before: '0m' })],
    ['push the mtg one 2 tmrw', call('set_due_date', { date: 'tomorrow' }, t('mtg'))],
    ['add eggs 2 groceries', call('add_task', { title: 'eggs', project: 'Groceries' })],
    ['move 4 2 garden club', call('move_task', { project: 'Garden Club' }, id(4))],
    // Other phrasings of the same shapes.
    ['move the dentist thing 2 fri', call('set_due_date', { date: 'fri' }, t('dentist'))],
    ['add slides 2 work', call('add_task', { title: 'slides', project: 'Work' })],
    [
      'remind me in 20 mins 2 take the cake out',
      call('add_task', { title: 'take the cake out', due_date: 'in 20 mins', remind_before: '0m' }),
    ],
    ['set 12 2 low', call('set_priority', { priority: 'low' }, id(12))],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each<[string, object]>([
    ['add buy 2 lemons', call('add_task', { title: 'buy 2 lemons' })],
    ['remind me 2 days before the dentist', call('set_reminder', { before: '2d' }, t('dentist'))],
    ['rename 2 the big shop', call('update_task', { title: 'the big shop' }, id(2))],
    ['please give to the task 4 the priority medium', call('set_priority', { priority: 'medium' }, id(4))],
  ])('keeps a digit that counts or names a task: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it('keeps the digit in a title as typed', () => {
    expect(interpret('add get snacks 4 the kids', known)).toEqual(call('add_task', { title: 'get snacks 4 the kids' }));
  });
});

describe('words a phone typist clips', () => {
  it.each<[string, object]>([
    ['gotta txt landlord abt the boiler tonite', call('add_task', { title: 'txt landlord abt the boiler', due_date: 'tonight' })],
    ['add ask sam abt the car', call('add_task', { title: 'ask sam abt the car' })],
    ['add call dad abt xmas tmrw', call('add_task', { title: 'call dad abt xmas', due_date: 'tomorrow' })],
  ])('keeps "abt" in a title: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each<[string, object]>([
    ['snd quote to smith tmrw', call('add_task', { title: 'snd quote to smith', due_date: 'tomorrow' })],
    // In other words.
    ['snd the invoice to Bob friday', call('add_task', { title: 'snd the invoice to Bob', due_date: 'friday' })],
    ['snd Acme the final files by monday', call('add_task', { title: 'snd Acme the final files', due_date: 'monday' })],
  ])('reads "snd" as the errand it sends, kept in the title as typed: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each<[string, object]>([
    ['push 5 back 2 dys', call('postpone_task', { by: 'P2D' }, id(5))],
    ['water the ferns evry 2 dys', call('create_recurring', { title: 'water the ferns', pattern: 'FREQ=DAILY;INTERVAL=2' })],
    ['postpone the vet 3 dys', call('postpone_task', { by: 'P3D' }, t('vet'))],
    ['make the gym thing repeat every wk', call('update_task', { recurring: 'weekly' }, t('gym'))],
    ['every wk clean the fridge', call('create_recurring', { title: 'clean the fridge', pattern: 'weekly' })],
    ['take vitamins evryday 8am', call('create_recurring', { title: 'take vitamins', pattern: 'daily', due_date: 'at 8am' })],
    ['waht do i hav tmrw', call('filter_tasks', { due: 'tomorrow' })],
    ['what do i hav 2day', call('filter_tasks', { due: 'today' })],
    ['whats left', call('list_tasks', { status: 'pending' })],
    ['whats due tmrw', call('filter_tasks', { due: 'tomorrow' })],
    ['remind me 2 take bins out 8ish', call('add_task', { title: 'take bins out', due_date: 'at 8', remind_before: '0m' })],
    ['dinner w jo sat 7ish', call('add_task', { title: 'dinner w jo', due_date: 'saturday at 7' })],
    ['add 2ish lemons', call('add_task', { title: '2ish lemons' })],
    ['please 📦 return amazon parcel fri', call('add_task', { title: 'return amazon parcel', due_date: 'fri' })],
    ['pls 🙏 add oat milk', call('add_task', { title: 'oat milk' })],
    ['dentist 3p tmrw', call('add_task', { title: 'dentist', due_date: '3pm tomorrow' })],
    ['tmrw 3p dentist', call('add_task', { title: 'dentist', due_date: 'tomorrow 3pm' })],
    ['gym 7a mon', call('add_task', { title: 'gym', due_date: '7am mon' })],
    ['add drop keys at flat 7a', call('add_task', { title: 'drop keys at flat 7a' })],
    ['pay gas bill by 15th', call('add_task', { title: 'pay gas bill', due_date: 'the 15th' })],
    ['renew passport nxt mo', call('add_task', { title: 'renew passport', due_date: 'next month' })],
    ['every sun nite call mom', call('create_recurring', { title: 'call mom', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: 'sunday night' })],
    ['add milk 2 groceries asap', call('add_task', { title: 'milk', priority: 'high', project: 'Groceries' })],
    ['add eggs 2 groceries tmrw', call('add_task', { title: 'eggs', due_date: 'tomorrow', project: 'Groceries' })],
    ['add buy 2 work gloves', call('add_task', { title: 'buy 2 work gloves' })],
    ['show hi prio stuff', call('filter_tasks', { priority: ['high'] })],
    ['list hi priority tasks', call('filter_tasks', { priority: ['high'] })],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each<[string, object]>([
    ['pick up dry cleaning b4 sat', call('add_task', { title: 'pick up dry cleaning', due_date: 'saturday' })],
    ['return the drill by sat', call('add_task', { title: 'return the drill', due_date: 'saturday' })],
    ['dog groomer sat 10am', call('add_task', { title: 'dog groomer', due_date: 'saturday 10am' })],
  ])('reads "sat" as Saturday where a date goes, never as a report of work done: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });
});

describe('a task and what to do with it, without the comma between', () => {
  it.each<[string, object]>([
    ['scrap the gym thing its cancelled', call('delete_task', {}, t('gym'))],
    ['nvm the dr appt delete it', call('delete_task', {}, t('dr appt'))],
    ['dont need the car wash anymore del it', call('delete_task', {}, t('car wash'))],
    ['forget the bake sale its been called off', call('delete_task', {}, t('bake sale'))],
    ['nvm the haircut remove it', call('delete_task', {}, t('haircut'))],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each(['the party got cancelled dont delete it', "the party got cancelled, don't delete it"])(
    'never deletes what the user says not to delete: %j',
    (phrase) => {
      expect(interpret(phrase, known)).toMatchObject({ kind: 'help' });
    },
  );

  it.each<[string, object]>([
    ["delete the dentist task since it's done elsewhere", call('delete_task', {}, t('dentist'))],
    ["I'm not going to the dentist anymore so remove it", call('delete_task', {}, t('dentist'))],
  ])('leaves a reason already joined on as it is: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });
});

describe('bulk and priority said the short way', () => {
  it.each<[string, object]>([
    ['delete evrything', { kind: 'bulk', action: 'delete' }],
    ['mark evrythin done', { kind: 'bulk', action: 'complete' }],
    ['clear evrything pls', { kind: 'bulk', action: 'delete' }],
  ])('asks before a change to every task: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each(['del 3 n 4', 'mark 5 n 6 done'])('asks which one first: %j', (phrase) => {
    expect(interpret(phrase, known)).toMatchObject({ kind: 'help' });
  });

  it.each<[string, object]>([
    ['bday one urgent', call('set_priority', { priority: 'high' }, t('bday'))],
    ['gym thing p1', call('set_priority', { priority: 'high' }, t('gym'))],
    ['mtg one low prio', call('set_priority', { priority: 'low' }, t('mtg'))],
    ['dun w bday one', call('complete_task', {}, t('bday'))],
    ['rename bday thing 2 jess bday', call('update_task', { title: 'jess bday' }, t('bday'))],
    ['rent evry mo on 1st', call('create_recurring', { title: 'rent', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: 'the 1st' })],
    ['add bread n milk', call('add_task', { title: 'bread n milk' })],
    ['add paint rooms 3 n 4', call('add_task', { title: 'paint rooms 3 n 4' })],
    ['add everything bagels', call('add_task', { title: 'everything bagels' })],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });
});

describe('reminders said short', () => {
  it.each<[string, object]>([
    ['remind call mom 5', call('add_task', { title: 'call mom', due_date: 'at 5', remind_before: '0m' })],
    ['remnd me take meds 9pm', call('add_task', { title: 'take meds', due_date: '9pm', remind_before: '0m' })],
    ['remind text jo 7', call('add_task', { title: 'text jo', due_date: 'at 7', remind_before: '0m' })],
    ['remind me water plants tmrw', call('add_task', { title: 'water plants', due_date: 'tomorrow', remind_before: '0m' })],
    ['remnd me 2 call the vet tmrw', call('add_task', { title: 'call the vet', due_date: 'tomorrow', remind_before: '0m' })],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each<[string, object]>([
    ['remind me one week before it', call('set_reminder', { before: '1w' }, last)],
    ['reminder for the bins at 8pm tonight please', call('set_reminder', { at: '8pm tonight' }, t('bins'))],
    ['remind me daily to pay the cleaner', call('create_recurring', { title: 'pay the cleaner', pattern: 'daily' })],
    ['remind me to call the bank at half 5', call('add_task', { title: 'call the bank', due_date: 'at half 5', remind_before: '0m' })],
  ])('adds no "to" where a time, a rule or a task follows: %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });
});

describe('the state, the note and the weekday where a phone typist leaves them', () => {
  it.each<[string, object]>([
    ['oops 9 not done reopen', call('complete_task', { completed: false }, id(9))],
    ['12 not done yet', call('complete_task', { completed: false }, id(12))],
    ['the essay not done yet', call('complete_task', { completed: false }, t('essay'))],
    ['desc on 5 gate code 8812', call('update_task', { description: 'gate code 8812' }, id(5))],
    ['note for 12 ask for sam', call('update_task', { description: 'ask for sam' }, id(12))],
    ['ok now mrk 4 dnoe', call('complete_task', {}, id(4))],
    ['mrk 7 dnoe', call('complete_task', {}, id(7))],
    ['mark the report dnoe', call('complete_task', {}, t('report'))],
    ['Add Pick Up Meds Frday', call('add_task', { title: 'Pick Up Meds', due_date: 'friday' })],
    ['add wash car sundy', call('add_task', { title: 'wash car', due_date: 'sunday' })],
    ['add call gran tuesdy', call('add_task', { title: 'call gran', due_date: 'tuesday' })],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });

  it.each(['add buy a sundae', 'add buy sundae'])('keeps a word that only looks like a weekday: %j', (phrase) => {
    expect(interpret(phrase, known)).toEqual(call('add_task', { title: phrase.slice(4) }));
  });
});

describe('a leading verb with a vowel left out or misplaced', () => {
  it.each([
    ['lowr prio on the car wash', 'lower prio on the car wash'],
    ['remnd me take meds', 'remind me take meds'],
    ['dleet 11 pls', 'delete 11 pls'],
    ['lowr the gym to low', 'lower the gym to low'],
  ])('reads %j as %j', (said, meant) => {
    expect(correctVerb(said)).toBe(meant);
  });

  it.each(['dealt with the taxes', 'bread and milk', 'sort the loft'])('leaves %j as typed', (said) => {
    expect(correctVerb(said)).toBe(said);
  });

  it.each<[string, object]>([
    ['lowr prio on the car wash', call('set_priority', { priority: 'low' }, t('car wash'))],
    ['dleet 11 pls', call('delete_task', {}, id(11))],
    ['lowr the gym to low', call('set_priority', { priority: 'low' }, t('gym'))],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase, known)).toEqual(reading);
  });
});

// A second writer's phone typing, each cause with the corpus's phrasing and others of the same shape, compared by
// meaning at the language evaluation's clock (Thursday 22 January 2026, noon UTC).
const TYPED_ON_A_PHONE: Record<string, Said[]> = {
  'a letter held down, a letter left off, marks after a word': [
    ['adddd get bread', 'add_task', { title: 'get bread' }],
    ['remiiind me to call Jo at 5pm', 'add_task', { title: 'call Jo', due_date: '2026-01-22 17:00', remind_before: '0m' }],
    ['mark 4 dn', 'complete_task', {}, id(4)],
    ['gym dn', 'complete_task', {}, t('gym')],
    ['eggs!! tmrw', 'add_task', { title: 'eggs', due_date: '2026-01-23' }],
    ['call mum!!! tonight', 'add_task', { title: 'call mum', due_date: 'tonight' }],
    ['anythin overdue??', 'filter_tasks', { due: 'overdue' }],
  ],
  'days and times typed short: nxt, wkend, tues, "in friday", an hour after the day': [
    ['car svc nxt tues', 'add_task', { title: 'car svc', due_date: '2026-01-27' }],
    ['move 4 2 the wkend', 'set_due_date', { date: '2026-01-24' }, id(4)],
    ['push gym 2 the wkend', 'set_due_date', { date: '2026-01-24' }, t('gym')],
    ['add pay gas bill in friday', 'add_task', { title: 'pay gas bill', due_date: '2026-01-23' }],
    ['add call Jo in monday', 'add_task', { title: 'call Jo', due_date: '2026-01-26' }],
    ['add hotel check-in sunday 3pm', 'add_task', { title: 'hotel check-in', due_date: '2026-01-25 15:00' }],
    ['add drop-in monday', 'add_task', { title: 'drop-in', due_date: '2026-01-26' }],
    ['dentist thurs 3', 'add_task', { title: 'dentist', due_date: '2026-01-22 15:00' }],
    ['call mum tmrw 6', 'add_task', { title: 'call mum', due_date: '2026-01-23 18:00' }],
  ],
  'a task named "the gym 1", "dentist now fri", "report v urgent"': [
    ['delte the yoga 1', 'delete_task', {}, t('yoga')],
    ['make the gym 1 repeat evry wk', 'update_task', { recurring: 'weekly' }, t('gym')],
    ['rename the vet 1 to vet + jabs', 'update_task', { title: 'vet + jabs' }, t('vet')],
    ['dentist now fri 2pm', 'set_due_date', { date: '2026-01-23 14:00' }, t('dentist')],
    ['gym now tmrw', 'set_due_date', { date: '2026-01-23' }, t('gym')],
    ['flight to rome now fri 2pm', 'set_due_date', { date: '2026-01-23 14:00' }, t('flight to rome')],
    ['report v urgent!!', 'set_priority', { priority: 'high' }, t('report')],
    ['the tax return super important', 'set_priority', { priority: 'high' }, t('tax return')],
    ['buy milk very urgent', 'add_task', { title: 'buy milk', priority: 'high' }],
  ],
  'the days of a rule, then "every week"': [
    [
      'gym mon wed fri 7am evry wk',
      'create_recurring',
      { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', due_date: '2026-01-23 07:00' },
    ],
    [
      'swim tue thu 6pm every week',
      'create_recurring',
      { title: 'swim', pattern: 'FREQ=WEEKLY;BYDAY=TU,TH', due_date: '2026-01-22 18:00' },
    ],
  ],
  'a kind of task with no verb asks to see them; "hi prio" is high': [
    ['urgent stuf this wk?', 'filter_tasks', { priority: ['high'], due: 'this_week' }],
    ['hi prio stuff 2day', 'filter_tasks', { priority: ['high'], due: 'today' }],
    ['low prio stuff tmrw', 'filter_tasks', { priority: ['low'], due: 'tomorrow' }],
    ['overdue things pls', 'filter_tasks', { due: 'overdue' }],
  ],
  'many at once, two requests, the command alone after a reason': [
    ['clear it all out pls', null],
    ['delete them all', null],
    ['tick em all off', null],
    ['add bread n delete 4', null],
    ['add milk n mark 3 done', null],
    ['dont need the gym thing anymore, del', 'delete_task', {}, t('gym')],
    ['party cancelled, rm', 'delete_task', {}, t('party')],
  ],
  'a note keeps what was typed': [
    ['add note 2 the car task - spare key w/ dad', 'update_task', { description: 'spare key w/ dad' }, t('car')],
    ['note on 4: meet w/ Sam', 'update_task', { description: 'meet w/ Sam' }, id(4)],
  ],
};

describe('a second batch of phone typing', () => {
  for (const [cause, rows] of Object.entries(TYPED_ON_A_PHONE)) {
    describe(cause, () => {
      it.each(rows)('reads %j', (phrase, tool, args = {}, target) => {
        expect(meaning(asCall(interpret(phrase, known)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
      });
    });
  }
});

describe('"2" and a bare hour, where they can only be "to" and a time', () => {
  it.each([
    ['remind me 2moro @ 8am 2 call the garage', 'add_task', { title: 'call the garage', due_date: 'tomorrow at 8am' }],
    ['change the title of 6 2 buy oat milk', 'update_task', { title: 'buy oat milk' }],
    ['set priorty of the vet 2 high', 'set_priority', { priority: 'high' }],
    ['pls add call the council b4 5', 'add_task', { title: 'call the council', due_date: 'at 5' }],
    ['add pay the nursery by 3', 'add_task', { title: 'pay the nursery', due_date: 'at 3' }],
    ['alert me 30 minutes before 9', 'set_reminder', { before: '30m' }],
    ['set the description of 12 to get the 2 litre bottle', 'update_task', { description: 'get the 2 litre bottle' }],
  ])('reads "%s"', (said, tool, args) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool, args });
  });

  it.each([
    ['move 4 before 5', 'move_task', { before: 5 }],
    ['add buy 2 lemons', 'add_task', { title: 'buy 2 lemons' }],
  ])('leaves the number of "%s" as said', (said, tool, args) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool, args });
  });
});
