// Renames and notes said in words the rules were not first written for: a correction of the task the conversation is
// about ("actually it should say …", "sorry, that one should be …"), "rename that one …", "let me rename it", a new
// title with "instead" after it, "change X so it says …", a second change with "flag it", and a quoted note said first
// ("add "…" as a note to X") or a "quick note", never a new task.
import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on edits said in other words', () => {
  it.each([
    [
      'change the name of the car insurance to renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'the car insurance task should say renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'call the car insurance one renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'car insurance should be renamed to renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'please rename the car insurance to renew car insurance thanks',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'rename car insurance -> renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'change car insurance into renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'change the car insurance title: renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'can the car insurance be renamed to renew car insurance?',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'can you call the car insurance task renew car insurance instead?',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'rename the task called car insurance to renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'rename the task "car insurance" as "renew car insurance"',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'the car insurance one should be called renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'renamed the car insurance to renew car insurance pls',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    [
      'Rename Car Insurance To Renew Car Insurance',
      { tool: 'update_task', args: { title: 'Renew Car Insurance' }, target: { title: 'Car Insurance' } },
    ],
    [
      'rename the car insurance to renew car insurance 🚗',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { title: 'car insurance' } },
    ],
    ['rename 12 renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { id: 12 } }],
    ['change 12 to read renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { id: 12 } }],
    ['update 12 title to renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { id: 12 } }],
    ['rename task twelve to renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { id: 12 } }],
    ['call it renew car insurance instead', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    ['rename that one renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    [
      'change the name of it to renew car insurance',
      { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } },
    ],
    ['actually it should say renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    ['can you rename it to renew car insurance?', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    ['change its title: renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    ['make the title renew car insurance instead', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    ['let me rename it to renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    ['rename it as renew car insurance', { tool: 'update_task', args: { title: 'renew car insurance' }, target: { last: true } }],
    [
      'add a note to the car insurance: policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'add a note on car insurance saying policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'car insurance note: policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'set the car insurance notes to policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'the car insurance notes should say policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'add "policy ends in june" as a note to the car insurance',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'put a note on it: policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { last: true } },
    ],
    [
      'add a note to it saying policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { last: true } },
    ],
    [
      'add a note to task 12: policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { id: 12 } },
    ],
    ['12 note: policy ends in june', { tool: 'update_task', args: { description: 'policy ends in june' }, target: { id: 12 } }],
    [
      'set the description of 12 to policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { id: 12 } },
    ],
    [
      'add a note to car insurance - policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'can you add a note to the car insurance task saying policy ends in june?',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'add to the car insurance description: policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    [
      'update the car insurance description to policy ends in june',
      { tool: 'update_task', args: { description: 'policy ends in june' }, target: { title: 'car insurance' } },
    ],
    ['remove the notes from the car insurance', { tool: 'update_task', args: { description: '' }, target: { title: 'car insurance' } }],
    ['delete the note on it', { tool: 'update_task', args: { description: '' }, target: { last: true } }],
    [
      'rename the car insurance to renew car insurance and make it urgent',
      { tool: 'update_task', args: { title: 'renew car insurance', priority: 'high' }, target: { title: 'car insurance' } },
    ],
    [
      'rename it to renew car insurance and add a note: policy ends in june',
      { tool: 'update_task', args: { title: 'renew car insurance', description: 'policy ends in june' }, target: { last: true } },
    ],
    [
      'rename 12 to renew car insurance and make it low priority',
      { tool: 'update_task', args: { title: 'renew car insurance', priority: 'low' }, target: { id: 12 } },
    ],
    ['sorry, that one should be Call Jo', { tool: 'update_task', args: { title: 'Call Jo' }, target: { last: true } }],
    ["put 'code 7731' as the description of 5", { tool: 'update_task', args: { description: 'code 7731' }, target: { id: 5 } }],
    ['rename this one yoga', { tool: 'update_task', args: { title: 'yoga' }, target: { last: true } }],
    ['oops it should be high priority', { tool: 'set_priority', args: { priority: 'high' }, target: { last: true } }],
    ['actually it should be done by friday', { tool: 'set_due_date', args: { date: 'friday' }, target: { last: true } }],
    [
      'rename the school form one to sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'the school form task needs renaming to sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'could you change the title of the school form to sign the school form please',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'change the school form task so it says sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'edit the school form task: sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'rename school form to "sign the school form"',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      "rename the school form to 'sign the school form' thx",
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'pls rename school form → sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'change the name of the task school form to sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    [
      'update the school form task name to sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { title: 'school form' } },
    ],
    ['rename 3 to sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { id: 3 } }],
    ['3 should say sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { id: 3 } }],
    ['change #3 to say sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { id: 3 } }],
    ['rename task 3 as "sign the school form"', { tool: 'update_task', args: { title: 'sign the school form' }, target: { id: 3 } }],
    ['can you call it sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } }],
    ['lets call it sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } }],
    ['rename it: sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } }],
    ['rename it to sign the school form please', { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } }],
    ['that one should read sign the school form', { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } }],
    [
      'whoops, it should say sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } },
    ],
    [
      'no wait, it should say sign the school form',
      { tool: 'update_task', args: { title: 'sign the school form' }, target: { last: true } },
    ],
    [
      'add a note to the school form: needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { title: 'school form' } },
    ],
    [
      'add a note to the school form saying needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { title: 'school form' } },
    ],
    [
      'school form notes: needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { title: 'school form' } },
    ],
    ['note on 3: needs both signatures', { tool: 'update_task', args: { description: 'needs both signatures' }, target: { id: 3 } }],
    [
      'add a description to it: needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { last: true } },
    ],
    [
      'put in the notes of it: needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { last: true } },
    ],
    [
      'the description should be needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { last: true } },
    ],
    [
      'set the notes to needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { last: true } },
    ],
    [
      'add "needs both signatures" to the notes of 3',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { id: 3 } },
    ],
    [
      "add 'needs both signatures' as a comment on 3",
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { id: 3 } },
    ],
    [
      'add a quick note to the school form: needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { title: 'school form' } },
    ],
    [
      'add a short note to 3: needs both signatures',
      { tool: 'update_task', args: { description: 'needs both signatures' }, target: { id: 3 } },
    ],
    ['remove the description from 3', { tool: 'update_task', args: { description: '' }, target: { id: 3 } }],
    ['get rid of the notes on the school form', { tool: 'update_task', args: { description: '' }, target: { title: 'school form' } }],
    ['remove its notes', { tool: 'update_task', args: { description: '' }, target: { last: true } }],
    [
      'rename 3 to sign the school form and flag it',
      { tool: 'update_task', args: { title: 'sign the school form', priority: 'high' }, target: { id: 3 } },
    ],
    [
      'rename it to sign the school form and make it p2',
      { tool: 'update_task', args: { title: 'sign the school form', priority: 'medium' }, target: { last: true } },
    ],
    [
      'rename it sign the school form and make it urgent',
      { tool: 'update_task', args: { title: 'sign the school form', priority: 'high' }, target: { last: true } },
    ],
    ['rename the MOT to book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { title: 'MOT' } }],
    ['call the MOT task book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { title: 'MOT' } }],
    ['change MOT to book MOT', { tool: 'update_task', args: { title: 'book MOT' }, target: { title: 'MOT' } }],
    ['the MOT task should be renamed book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { title: 'MOT' } }],
    ['MOT should be renamed to book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { title: 'MOT' } }],
    ['rename task three to book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { id: 3 } }],
    ['could you rename no. 3 to book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { id: 3 } }],
    ['it should be renamed to book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { last: true } }],
    ['rename this task to book the MOT', { tool: 'update_task', args: { title: 'book the MOT' }, target: { last: true } }],
    [
      'add a note to the MOT - garage opens at 8',
      { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { title: 'MOT' } },
    ],
    ['note for MOT: garage opens at 8', { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { title: 'MOT' } }],
    [
      'add to the MOT notes: garage opens at 8',
      { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { title: 'MOT' } },
    ],
    ['add a reminder note to 3: garage opens at 8', { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { id: 3 } }],
    ['add a note to task three: garage opens at 8', { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { id: 3 } }],
    [
      'the MOT needs a description: garage opens at 8',
      { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { title: 'MOT' } },
    ],
    [
      'add note "garage opens at 8" to the MOT',
      { tool: 'update_task', args: { description: 'garage opens at 8' }, target: { title: 'MOT' } },
    ],
    ['actually, call it renew the visa', { tool: 'update_task', args: { title: 'renew the visa' }, target: { last: true } }],
    ['ok so it should say renew the visa', { tool: 'update_task', args: { title: 'renew the visa' }, target: { last: true } }],
    ['hmm that one should read renew the visa', { tool: 'update_task', args: { title: 'renew the visa' }, target: { last: true } }],
    [
      'change the visa form so that it reads renew the visa',
      { tool: 'update_task', args: { title: 'renew the visa' }, target: { title: 'visa form' } },
    ],
    [
      'add a little note to the visa form: photos in drawer',
      { tool: 'update_task', args: { description: 'photos in drawer' }, target: { title: 'visa form' } },
    ],
    ["put 'photos in drawer' as a note on 6", { tool: 'update_task', args: { description: 'photos in drawer' }, target: { id: 6 } }],
  ] as const)('reads "%s"', (sentence, call) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', ...call });
  });

  it.each(['rename it', 'rename the car insurance', 'add a note to the car insurance'])('asks about "%s", calling nothing', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });
});
