import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a rule changed on a task that exists', () => {
  it.each([
    ['end the recurrence on the council tax', { title: 'council tax' }],
    ['no more repeats for 14', { id: 14 }],
    ['the piano lesson doesnt need to repeat any more', { title: 'piano lesson' }],
    ["the yoga class shouldn't recur", { title: 'yoga class' }],
    ["I don't need the pay slip task to repeat anymore", { title: 'pay slip' }],
    ['no need for the window cleaning to recur', { title: 'window cleaning' }],
    ['take the recurrence off 7', { id: 7 }],
    ['the lottery ticket is no longer a repeating task', { title: 'lottery ticket' }],
    ['stop the meal prep from recurring, the course is over', { title: 'meal prep' }],
    ['the boiler service only needed doing once, stop it repeating', { title: 'boiler service' }],
    ['ok the car wash is not weekly, make it one off', { title: 'car wash' }],
  ])('stops the repeat: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring: null }, target });
  });

  it.each([
    ['make that one weekly', 'weekly', { last: true }],
    ['make the bins weekly again', 'weekly', { title: 'bins' }],
    ['make 6 monthly again', 'monthly', { id: 6 }],
    ['I want the bins task to repeat weekly', 'weekly', { title: 'bins' }],
    ["I'd like the yoga one to repeat every tuesday", 'FREQ=WEEKLY;BYDAY=TU', { title: 'yoga' }],
    ['turn the laundry task into a weekly one', 'weekly', { title: 'laundry' }],
    ['switch the budget review from monthly to every 2 weeks', 'FREQ=WEEKLY;INTERVAL=2', { title: 'budget review' }],
    ['make the hoovering happen every 3 days', 'FREQ=DAILY;INTERVAL=3', { title: 'hoovering' }],
    ['set 12 on a monthly schedule, on the 3rd', 'FREQ=MONTHLY;BYMONTHDAY=3', { id: 12 }],
    ['can the watering task repeat every tuesday instead', 'FREQ=WEEKLY;BYDAY=TU', { title: 'watering' }],
    ['make sure the gutter task comes back every 6 months', 'FREQ=MONTHLY;INTERVAL=6', { title: 'gutter' }],
    ['the smoke alarm test needs doing every month, make it recur', 'monthly', { title: 'smoke alarm test' }],
    ['set 9 to recur every week', 'weekly', { id: 9 }],
    ['repeat the filter change every 3 months', 'FREQ=MONTHLY;INTERVAL=3', { title: 'filter change' }],
    ['the swim lesson should be every saturday from now on', 'FREQ=WEEKLY;BYDAY=SA', { title: 'swim lesson' }],
    ['put the vitamins on repeat every day', 'daily', { title: 'vitamins' }],
    ['change the dentist to repeat yearly', 'FREQ=YEARLY', { title: 'dentist' }],
    ['the bins task must repeat every monday', 'FREQ=WEEKLY;BYDAY=MO', { title: 'bins' }],
    // A day of the month alone after the verb: monthly on that day.
    ['make the rent repeat on the 1st', 'FREQ=MONTHLY;BYMONTHDAY=1', { title: 'rent' }],
    ['set the rent to repeat on the 1st', 'FREQ=MONTHLY;BYMONTHDAY=1', { title: 'rent' }],
    ['the card payment should recur on the 15th', 'FREQ=MONTHLY;BYMONTHDAY=15', { title: 'card payment' }],
    ['have task 3 repeat the 28th', 'FREQ=MONTHLY;BYMONTHDAY=28', { id: 3 }],
    // "quarterly" said of the task's repeat, as "monthly" is.
    ['put the committee meeting on a quarterly repeat', 'FREQ=MONTHLY;INTERVAL=3', { title: 'committee meeting' }],
  ])('sets the new rule: "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it.each([
    ['add read the quarterly schedule', 'add_task'],
    ['add quarterly repeat prescription review', 'add_task'],
    ['sort the ref rota every other sunday', 'create_recurring'],
    ['sort my weekly tasks by date', 'sort_tasks'],
  ])('reads a rhythm word or "sort" by what follows it: "%s"', (sentence, tool) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool });
  });

  it.each(['make a task to water the ferns every friday', 'make the bed every morning', 'put a new reminder to stretch every day'])(
    'never changes a task from a new errand: "%s"',
    (sentence) => {
      expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'create_recurring' });
    },
  );
});

describe('the offline interpreter on a rule said first', () => {
  it.each([
    ['every tuesday I have to put the bins out', 'put the bins out', 'FREQ=WEEKLY;BYDAY=TU'],
    ['Fridays: clean the fridge', 'clean the fridge', 'FREQ=WEEKLY;BYDAY=FR'],
    ['all thursdays we must water the garden', 'water the garden', 'FREQ=WEEKLY;BYDAY=TH'],
    ['first sunday of the month - call grandma', 'call grandma', 'FREQ=MONTHLY;BYDAY=1SU'],
    ['last friday of every month: team drinks', 'team drinks', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['every morning 7am: check tomorrow', 'check tomorrow', 'daily'],
    ['Every Monday -> weekly report', 'weekly report', 'FREQ=WEEKLY;BYDAY=MO'],
    ['at the end of each month back up the photos', 'back up the photos', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['every 1st and 3rd wednesday of the month bin day', 'bin day', 'FREQ=MONTHLY;BYDAY=1WE,3WE'],
    ['book club on the second and last thursday of every month', 'book club', 'FREQ=MONTHLY;BYDAY=2TH,-1TH'],
  ])('"%s" creates "%s"', (sentence, title, pattern) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'create_recurring', args: { title, pattern } });
  });

  it.each([
    ['so I practise guitar every monday, could you make it a recurring task', 'practise guitar'],
    ['I have to defrost the freezer once a month, make that recurring', 'defrost the freezer'],
    ['can you make sure I stretch every evening', 'stretch'],
    ['set up a weekly reminder to call dad', 'call dad'],
    ['put the plants outside every other day', 'put the plants outside'],
    ['walk the dog every weekday from 7am', 'walk the dog'],
  ])('keeps only the errand: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'create_recurring', args: { title } });
  });

  it.each([
    ['tidy the shed once a fortnight', 'FREQ=WEEKLY;INTERVAL=2', undefined],
    ['choir practice on alternate wednesdays', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', 'wednesday'],
    ['every 5th of november buy sparklers', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=5', 'november 5th'],
    ['each march 3rd renew the insurance', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3', 'march 3rd'],
    ['take vitamins every morning at 8:30', 'daily', 'at 8:30am'],
  ])('puts the first due date on the rule: "%s"', (sentence, pattern, due_date) => {
    const reading = interpret(sentence);
    expect(reading).toMatchObject({ kind: 'call', tool: 'create_recurring', args: { pattern } });
    if (reading.kind === 'call') expect(reading.args.due_date).toBe(due_date);
  });
});

describe('the offline interpreter on "repeat" before a bare noun', () => {
  it.each([
    ['repeat prescription every 28 days', 'repeat prescription', 'FREQ=DAILY;INTERVAL=28'],
    ['repeat order for the pads every month', 'repeat order for the pads', 'monthly'],
    ['repeat blood test every 3 months', 'repeat blood test', 'FREQ=MONTHLY;INTERVAL=3'],
  ])('adds a series titled with the noun: "%s"', (sentence, title, pattern) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'create_recurring', args: { title, pattern } });
  });

  it.each([
    ['repeat the vet task every 6 months', 'FREQ=MONTHLY;INTERVAL=6', { title: 'vet' }],
    ['repeat my prescription every 28 days', 'FREQ=DAILY;INTERVAL=28', { title: 'prescription' }],
    ['repeat 12 every week', 'weekly', { id: 12 }],
  ])('changes the rule of a task named so: "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it.each([
    ['timesheet should go out every other friday now, not weekly', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', { title: 'timesheet' }],
    // In other words.
    ['the newsletter should be sent out monthly, not weekly', 'monthly', { title: 'newsletter' }],
    ['the backup should run every day now, not weekly', 'daily', { title: 'backup' }],
    ['the invoice run should happen monthly now, not every 2 weeks', 'monthly', { title: 'invoice run' }],
    ['the Acme report should go out every monday, not every friday', 'FREQ=WEEKLY;BYDAY=MO', { title: 'Acme report' }],
  ])('changes the rule said as what the task should be instead of the old one: "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it.each([
    ['the bins moved to wednesdays', 'FREQ=WEEKLY;BYDAY=WE', { title: 'bins' }],
    ['the gym changed to mondays and thursdays', 'FREQ=WEEKLY;BYDAY=MO,TH', { title: 'gym' }],
    ['the recycling switched to every other friday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', { title: 'recycling' }],
  ])('reads news of a move to a rule, with no "has": "%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it('moves one date when the move names a day, not a rule', () => {
    expect(interpret('the dentist moved to friday')).toEqual({
      kind: 'call',
      tool: 'set_due_date',
      args: { date: 'friday' },
      target: { title: 'dentist' },
    });
  });

  it.each(['push this one occurrence to friday', 'move just this one to saturday', 'move this occurrence to monday'])(
    'moves the one date of the series spoken of: "%s"',
    (sentence) => {
      expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'set_due_date', target: { last: true } });
    },
  );

  it.each([
    ['the vitamins should be daily at 8', 'vitamins', 'daily', 'at 8'],
    ['the gym should be every monday at 7', 'gym', 'FREQ=WEEKLY;BYDAY=MO', 'monday at 7'],
    ['the rent should be monthly on the 1st at 9', 'rent', 'FREQ=MONTHLY;BYMONTHDAY=1', 'the 1st at 9'],
    ['make the rent monthly on the 15th at 10am', 'rent', 'FREQ=MONTHLY;BYMONTHDAY=15', 'the 15th at 10am'],
    // A weekday of the month names the next due date itself.
    [
      'the timesheet should be the last friday of every month at 5',
      'timesheet',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'the last friday of the month at 5',
    ],
    [
      'make the timesheet the last friday of every month at 5pm',
      'timesheet',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'the last friday of the month at 5pm',
    ],
  ])('changes the rule and the next due date of "%s", never adds a task', (sentence, title, recurring, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring, due_date }, target: { title } });
  });
});

describe('a rule said as what the task has "gone" to', () => {
  it.each([
    ["bin collection's gone fortnightly, tuesdays", 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', { title: 'bin collection' }],
    ['the bins have gone fortnightly', 'FREQ=WEEKLY;INTERVAL=2', { title: 'bins' }],
    ["the milkman's gone monthly", 'monthly', { title: 'milkman' }],
  ])('"%s"', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });
});
