import { describe, expect, it } from 'vitest';
import { firstOnRule } from '../../quick-add/quick-add-dates.ts';
import { resolveDate } from '../dates.ts';
import { interpret } from '../interpreter/offline-interpreter.ts';
import { toDuration } from '../interpreter/phrases.ts';
import { dateAtEnd } from '../interpreter/whole-dates.ts';
import { CORPUS_PROJECTS } from './language-corpus.ts';
import { corpusCases, EVAL_NOW, EVAL_ZONE, readPhrase } from './language-eval.ts';

// Readings that do harm when the interpreter gets them wrong, checked over every phrase of the corpus (both parts):
// a wrong answer that only asks back is a miss for the evaluation, but never one of these.

const cases = corpusCases();
const call = (phrase: string) => {
  const got = readPhrase(phrase);
  return got.kind === 'call' ? got : undefined;
};

const DATE_KEYS = ['due_date', 'date'] as const;
const REMINDER_CLAUSE =
  /\b(?:remind|ping|alert|nudge|notify|advise|inform|warn)\s+me\b[^,;]*?\b(before|ahead|earlier|early)\b|\breminder\b[^,;]*?\b(before|ahead)\b/i;
// "non-urgent" says urgent only to deny it.
const LOW_WORDS =
  /\b(?:non[\s-]?(?:urgent|important)|not\s+(?:very\s+|that\s+|so\s+|a\s+)?(?:important|urgent|high|a\s+priority)|no\s+(?:rush|hurry)|(?<!\bnot\s+(?:a\s+)?)low(?:est)?[\s-]*(?:priority|prio)|(?:\w+n't|not)\s+(?:need\s+to\s+be|have\s+to\s+be|be)\s+(?:very\s+|that\s+|so\s+)?(?:high|urgent|important|a\s+priority)|down\s+a\s+(?:notch|peg|level|step)|stop(?:ped)?\s+(?:flagging|marking|being)\b|less\s+of\s+a\s+priority|(?:down\s+)?to\s+low|(?:is|are|was|were)n't\s+(?:very\s+|that\s+)?(?:important|urgent)|less\s+(?:important|urgent)|no\s+longer\s+(?:urgent|important|a\s+priority)|(?:no\s+wait|actually|i\s+mean)[,\s]+low|p3|!3|!low|deprioriti[sz]e|downgrade|lower)\b/i;
const HIGH_WORDS = /\b(?:urgent|asap|high(?:est)?[\s-]*(?:priority|prio)|top\s+priority|p1|prioriti[sz]e|raise|bump)\b|!1|!high/i;
/** "the MOT was low priority but now it's urgent": the level said now is the one meant. */
const RAISED_SINCE = /\bbut\s+now\b.*\b(?:urgent|high|top|asap)\b/i;
const WISH =
  /^(?:i\s+|we\s+)?(?:(?:really|so|just)\s+)?(?:wish|if\s+only|hope|hoping|(?:i'?d|would)\s+love\s+(?:to|it\s+if)|can'?t\s+wait|cannot\s+wait)\b/i;
const SAID_IN_CHAT = /\b(?:that|this|my\s+last|the\s+(?:last|previous))\s+(?:thought|idea|message|comment|sentence)\b/i;
const LEFT_AS_IT_IS = /(?:,\s*|\s+but\s+)(?:not|keep|leave)\s+(?:the|my|\d)/i;
const BEFORE_AN_EVENT = /^(?:remind|ping|alert|nudge|notify)\s+me\s+.+?\s+(?:before|ahead\s+of)\s+(?:the|my|our)\s+(.+)$/i;
// "there's still a whole pile on the chair": a heap of things in the world, no bulk change of the list.
const BULK = /\b(?:everything|all|every|(?:whole|entire)(?!\s+(?:pile|heap|load|stack)\b))\b|\b(?:clear|empty)\s+(?:my|the)\b/i;

describe('harmful readings, over the whole corpus', () => {
  it.each(cases.filter((item) => item.category === 'edit').map((item) => [item.phrase]))(
    'creates no task from an edit sentence: %j',
    (phrase) => {
      expect(call(phrase)?.tool).not.toBe('add_task');
      expect(call(phrase)?.tool).not.toBe('create_recurring');
    },
  );

  it.each(cases.filter((item) => REMINDER_CLAUSE.test(item.phrase)).map((item) => [item.phrase]))(
    'takes no due date from a reminder clause: %j',
    (phrase) => {
      const got = call(phrase);
      const clause = REMINDER_CLAUSE.exec(phrase)?.[0] ?? '';
      const offset = /(\d+\s*(?:minutes?|mins?|min|hours?|hrs?|h|m|days?|d|weeks?|w)|an?\s+(?:hour|day|week))/i.exec(clause)?.[1];
      for (const key of DATE_KEYS) {
        const value = got?.args[key];
        if (typeof value !== 'string') continue;
        expect(value, `${key} read from the reminder clause`).not.toMatch(/\b(?:before|ahead|earlier|remind|ping|reminder)\b/i);
        const due = resolveDate(value, EVAL_ZONE, EVAL_NOW);
        expect(due.getTime(), `${key} in the past`).toBeGreaterThanOrEqual(EVAL_NOW.getTime());
        const duration = offset ? toDuration(offset.replace(/^an?\s+/i, '1 ')) : undefined;
        if (duration) {
          const [, amount = '0', unit = 'm'] = /^(\d+)([wdhm])$/.exec(duration) ?? [];
          const ms = Number(amount) * { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[unit as 'm'];
          expect(due.getTime(), `${key} is now + the reminder's offset`).not.toBe(EVAL_NOW.getTime() + ms);
        }
      }
    },
  );

  it.each(cases.map((item) => [item.phrase]).filter(([phrase]) => LOW_WORDS.test(phrase ?? '') && !RAISED_SINCE.test(phrase ?? '')))(
    'never reads a low or lowered priority as high: %j',
    (phrase) => {
      const priority = call(phrase)?.args.priority;
      expect([priority].flat()).not.toContain('high');
    },
  );

  it.each(cases.map((item) => [item.phrase]).filter(([phrase]) => HIGH_WORDS.test(phrase ?? '') && !LOW_WORDS.test(phrase ?? '')))(
    'never reads an urgent or raised priority as low: %j',
    (phrase) => {
      const priority = call(phrase)?.args.priority;
      expect([priority].flat()).not.toContain('low');
    },
  );

  it.each(
    cases
      .filter(
        (item) =>
          item.tool === null &&
          BULK.test(item.phrase) &&
          /\b(?:delete|remove|clear|wipe|erase|empty|trash|complete|mark)\b/i.test(item.phrase),
      )
      .map((item) => [item.phrase]),
  )('asks before any bulk delete or completion, changing nothing: %j', (phrase) => {
    // A confirmation question naming the count (bulk), or a question back: never a call.
    const got = readPhrase(phrase);
    expect(got.kind === 'bulk' || (got.kind === 'help' && /which task/i.test(got.reason ?? ''))).toBe(true);
  });

  it.each(cases.filter((item) => item.tool === null).map((item) => [item.phrase]))(
    'deletes or completes nothing where the chat should ask ("if the meeting is cancelled, delete the prep task"): %j',
    (phrase) => {
      expect(['delete_task', 'complete_task']).not.toContain(call(phrase)?.tool);
    },
  );

  it.each(cases.filter((item) => item.tool !== null && item.tool !== 'delete_task').map((item) => [item.phrase]))(
    'deletes no task where another change is meant ("deleted my old emails - cross that off", "remove its reminder"): %j',
    (phrase) => {
      expect(call(phrase)?.tool).not.toBe('delete_task');
    },
  );

  it.each(cases.filter((item) => item.target !== undefined).map((item) => [item.phrase]))(
    'creates no task from a sentence that changes one ("mv dentist nxt mon"): %j',
    (phrase) => {
      expect(call(phrase)?.tool).not.toBe('add_task');
      expect(call(phrase)?.tool).not.toBe('create_recurring');
    },
  );

  // A reminder before the moment it is set never rings ("remind me on thursday" said on a Thursday afternoon): the time
  // a reminder is set at, or the due date it hangs on (a rule's first date as the tool sets it), is never before the
  // reference time. A lead the user says may still reach back past it ("next monday, remind me a week before"): that
  // is the user's own, not a misreading.
  it.each(cases.map((item) => [item.phrase]))('puts no reminder before the reference time: %j', (phrase) => {
    const got = call(phrase);
    if (!got) return;
    const reminded: Date[] = [];
    if (got.tool === 'set_reminder' && typeof got.args.at === 'string') reminded.push(resolveDate(got.args.at, EVAL_ZONE, EVAL_NOW));
    if (typeof got.args.remind_before === 'string' && typeof got.args.due_date === 'string') {
      const due = resolveDate(got.args.due_date, EVAL_ZONE, EVAL_NOW);
      const rule = got.tool === 'create_recurring' && typeof got.args.pattern === 'string' ? got.args.pattern : '';
      reminded.push(/^FREQ=/i.test(rule) ? (firstOnRule(rule, due, EVAL_ZONE, EVAL_NOW) ?? due) : due);
    }
    for (const instant of reminded) expect(instant.getTime(), 'reminder in the past').toBeGreaterThanOrEqual(EVAL_NOW.getTime());
  });

  it('clears the tags of a task asked to lose all its tags, never deleting it', () => {
    for (const phrase of [
      'remove all the tags from 5',
      'remove all tags from the report',
      'delete the tags on 5',
      'clear the labels of it',
    ]) {
      const got = readPhrase(phrase);
      expect(got.kind, phrase).toBe('call');
      expect(got.kind === 'call' && got.tool, phrase).toBe('update_task');
      expect(got.kind === 'call' && got.args, phrase).toEqual({ tags: [] });
    }
  });

  it('takes a "#" word or a named tag off a task, never deleting the task or creating one', () => {
    for (const phrase of ['remove #work from 8', 'take off the urgent tag from 4', 'delete #home from the report']) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).toBe('remove_tag');
    }
  });

  it('sets no due date from a destination that is no date ("move the invoice to the finance tag")', () => {
    expect(readPhrase('move the invoice to the finance tag').kind).toBe('help');
    expect(readPhrase('move the report to Marketing').kind).toBe('help');
  });

  it('completes nothing said as a negative, a question or the reason for a request ("I haven\'t called mom yet", "called mom?", "I spelled it wrong, can you rename it")', () => {
    for (const phrase of [
      "I haven't called mom yet",
      'called mom?',
      "didn't pay the rent",
      'forgot to send the invoice',
      'did I book the flights',
      'I spelled the gym one wrong, can you rename it to gym with Sam',
      'I booked it for the wrong day, could you move the flights to friday',
      'mistyped the dentist one, please fix the title',
    ]) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).not.toBe('complete_task');
    }
  });

  it('never completes a task said to be not done with a prefix ("mark it as incomplete", "the report is unfinished")', () => {
    for (const phrase of [
      'mark the report as incomplete',
      'mark 7 as unfinished',
      'mark the invoice as unpaid',
      'the report is unfinished',
      'the invoice is still unpaid',
      'the report is incomplete',
    ]) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool === 'complete_task' && got.args.completed !== false, phrase).toBe(false);
    }
    for (const phrase of ['mark the report as incomplete', 'mark 7 as unfinished', 'mark 4 as undone']) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.args, phrase).toEqual({ completed: false });
    }
  });

  it('completes nothing asked as a listing of what was or was not done ("tasks I finished", "stuff I haven\'t done")', () => {
    for (const phrase of ['tasks I finished', "errands I haven't done", 'stuff we completed', 'things I did not finish']) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).not.toBe('complete_task');
    }
  });

  it('creates no task from a relative move, and moves nothing when the way is not said', () => {
    for (const phrase of ['bring the meeting forward an hour', 'push the dentist back 2 days', 'move the report a day later']) {
      expect(readPhrase(phrase), phrase).toMatchObject({ kind: 'call', tool: 'postpone_task' });
    }
    expect(readPhrase('move the meeting an hour').kind).toBe('help');
  });

  it('creates no task and moves no date from a report of work done ("the dishes are now done now", "I think done: the quiz night")', () => {
    for (const phrase of ['hey doable, task 4 is now done now', 'oh and the dishes is now done now', 'the report is now finished now']) {
      expect(readPhrase(phrase), phrase).toMatchObject({ kind: 'call', tool: 'complete_task' });
    }
    for (const phrase of ["I'm pretty sure done: the quiz night 🎉", 'I think done: the quiz night', 'done: the quiz night']) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).not.toBe('add_task');
    }
  });

  it('keeps a part of the day that ends a title in it ("add movie night", "the quiz night"), and reads it as a time after "this", "in the" or a day', () => {
    for (const [phrase, title] of [
      ['add movie night', 'movie night'],
      ['add the quiz night', 'the quiz night'],
      ['add parents evening', 'parents evening'],
    ]) {
      expect(readPhrase(phrase as string), phrase).toMatchObject({ kind: 'call', tool: 'add_task', args: { title } });
    }
    for (const phrase of [
      'add call mum this evening',
      'add call mum in the evening',
      'add call mum friday evening',
      'add call mum tomorrow night',
    ]) {
      expect(readPhrase(phrase), phrase).toMatchObject({ kind: 'call', tool: 'add_task', args: { title: 'call mum' } });
    }
  });

  it('deletes nothing said as loosely as "never mind the report": asks first, naming the words', () => {
    for (const phrase of ['never mind the report', 'nvm the gym', 'nevermind about the slides', 'never mind car service']) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).not.toBe('delete_task');
      expect(got.kind === 'help' && got.reason, phrase).toMatch(/^Delete the .+ task\?/);
    }
  });

  it('deletes nothing when what is no longer needed is only "it" or "that" ("we don\'t need to talk about it anymore")', () => {
    for (const phrase of ["we don't need to talk about it anymore", "I don't need to do it anymore", 'no need to discuss that anymore']) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).not.toBe('delete_task');
    }
  });

  it('deletes no task when only its reminder is no longer needed ("… the reminder about the dentist, please delete it")', () => {
    for (const phrase of [
      "I don't need the reminder about the dentist, please delete it",
      "I don't need the reminder about the dentist now, please delete it",
      'I no longer need the reminder for the coalman, could you remove it',
    ]) {
      expect(readPhrase(phrase), phrase).toMatchObject({ kind: 'call', tool: 'set_reminder', args: { clear: true } });
    }
  });

  it('reads a command line\'s flags as nothing ("rm -rf everything" is a bulk change, asked; "rm -f 14" deletes 14)', () => {
    expect(readPhrase('rm -rf everything')).toMatchObject({ kind: 'bulk', action: 'delete' });
    expect(readPhrase('rm --force all')).toMatchObject({ kind: 'bulk', action: 'delete' });
    expect(readPhrase('rm -f 14')).toMatchObject({ kind: 'call', tool: 'delete_task', target: { id: 14 } });
  });

  it('completes nothing said with a deadline ("finish the report by friday", "done with the slides by monday")', () => {
    for (const phrase of [
      'finish the report by friday',
      'finish the report friday',
      'wrap up the budget by tomorrow',
      'done with the slides by monday',
      'complete the taxes by the 31st',
    ]) {
      const got = readPhrase(phrase);
      expect(got.kind === 'call' && got.tool, phrase).not.toBe('complete_task');
    }
  });

  it('takes no due date from the value of a change said as a task to add ("i need a task to move the dentist to friday")', () => {
    for (const [phrase, title] of [
      ['i need a task to move the dentist to friday', 'move the dentist to friday'],
      ['add push the call to 3pm', 'push the call to 3pm'],
      ['new task: reschedule the vet to tuesday', 'reschedule the vet to tuesday'],
    ]) {
      const got = readPhrase(phrase as string);
      expect(got, phrase).toMatchObject({ kind: 'call', tool: 'add_task', args: { title } });
      expect(got.kind === 'call' && got.args.due_date, phrase).toBeUndefined();
    }
  });

  it('reads "under X" as a tag unless X names an open task, and asks when a one-word X is in an open title', () => {
    const tasks = ['Fix the shed', 'Plan the trip'];
    expect(interpret('add renew the visa under travel', { tasks })).toMatchObject({ tool: 'add_task', args: { tags: ['travel'] } });
    expect(interpret('add buy nails under fix the shed', { tasks })).toMatchObject({
      tool: 'add_subtask',
      target: { title: 'fix the shed' },
    });
    expect(interpret('add buy nails under shed', { tasks })).toMatchObject({ kind: 'help' });
    expect(interpret('add buy nails under shed')).toMatchObject({ tool: 'add_task', args: { tags: ['shed'] } });
  });

  it.each(cases.filter((item) => WISH.test(item.phrase)).map((item) => [item.phrase]))(
    'completes nothing wished for ("wish the tax return was done"): %j',
    (phrase) => {
      expect(call(phrase)?.tool).not.toBe('complete_task');
    },
  );

  it.each(cases.filter((item) => SAID_IN_CHAT.test(item.phrase)).map((item) => [item.phrase]))(
    'deletes or completes nothing said in the chat ("erase that thought"): %j',
    (phrase) => {
      expect(['delete_task', 'complete_task']).not.toContain(call(phrase)?.tool);
    },
  );

  it.each(cases.filter((item) => LEFT_AS_IT_IS.test(item.phrase)).map((item) => [item.phrase]))(
    'names no task with what is to be left as it is ("cancel friday drinks but keep the dentist"): %j',
    (phrase) => {
      const got = call(phrase);
      const named = got?.target && 'title' in got.target ? got.target.title : '';
      expect(named).not.toMatch(/\b(?:but\s+(?:keep|leave|not)|not\s+(?:the|my|\d))\b/i);
      expect(String(got?.args.title ?? '')).not.toMatch(/,\s*not\s+(?:the|my|\d)|\bbut\s+(?:keep|leave)\b/i);
    },
  );

  it.each(cases.map((item) => [item.phrase]))(
    'puts no second project into the title of a task added to one ("add ink to Work and milk to Groceries"): %j',
    (phrase) => {
      const got = call(phrase);
      if (got?.tool !== 'add_task' || typeof got.args.project !== 'string') return;
      const others = CORPUS_PROJECTS.filter((project) => project.toLowerCase() !== String(got.args.project).toLowerCase());
      for (const project of others)
        expect(String(got.args.title), project).not.toMatch(new RegExp(`\\b(?:to|into)\\s+(?:the\\s+)?${project}\\b`, 'i'));
    },
  );

  it.each(
    cases
      .filter((item) => {
        const event = BEFORE_AN_EVENT.exec(item.phrase)?.[1];
        const date = event ? dateAtEnd(event) : undefined;
        return date !== undefined && date.index > 0;
      })
      .map((item) => [item.phrase]),
  )('loses no date said with the event a reminder comes before ("remind me an hour before the vet on monday at 10"): %j', (phrase) => {
    const got = call(phrase);
    if (got?.tool === 'set_reminder') expect(got.args.at ?? got.args.due_date, 'the date said was dropped').toBeDefined();
  });

  it.each(cases.filter((item) => /\([^()]*\)/.test(item.phrase)).map((item) => [item.phrase]))(
    'takes no due date from a bracketed aside ("add pay the water bill (arrived yesterday) due the 5th"): %j',
    (phrase) => {
      const got = call(phrase);
      const asides = [...phrase.matchAll(/\(([^()]*)\)/g)].map((aside) => (aside[1] ?? '').toLowerCase());
      for (const key of DATE_KEYS) {
        const value = got?.args[key];
        if (typeof value !== 'string') continue;
        const outside = phrase.replace(/\([^()]*\)/g, ' ').toLowerCase();
        if (asides.some((aside) => aside.includes(value.toLowerCase())) && !outside.includes(value.toLowerCase()))
          expect.fail(`${key} "${value}" read from the aside`);
      }
    },
  );
});
