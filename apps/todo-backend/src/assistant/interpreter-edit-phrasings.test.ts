// Renames, notes, tags and several changes in one sentence, said the ways a new user says them: lead-ins ("can we"),
// "reword", "its", notes named after the task, chatter after the new title, a note or a date as the second change,
// tags taken off or replaced as a whole.
import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on edits in everyday words', () => {
  it.each([
    ['rename the gym task to yoga', { tool: 'update_task', args: { title: 'yoga' }, target: { title: 'gym' } }],
    ['call the gym task yoga instead', { tool: 'update_task', args: { title: 'yoga' }, target: { title: 'gym' } }],
    ["change the gym task's name to yoga", { tool: 'update_task', args: { title: 'yoga' }, target: { title: 'gym' } }],
    ['change the gym task name to yoga', { tool: 'update_task', args: { title: 'yoga' }, target: { title: 'gym' } }],
    ['the gym task should say yoga', { tool: 'update_task', args: { title: 'yoga' }, target: { title: 'gym' } }],
    ['it should say yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { last: true } }],
    ['it should be called yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { last: true } }],
    ['call it yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { last: true } }],
    ['rename it yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { last: true } }],
    ['rename that one to yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { last: true } }],
    ['can you rename the gym task to yoga class?', { tool: 'update_task', args: { title: 'yoga class' }, target: { title: 'gym' } }],
    ['could u rename gym to yoga class pls', { tool: 'update_task', args: { title: 'yoga class' }, target: { title: 'gym' } }],
    ['rename gym → yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { title: 'gym' } }],
    ["rename 'gym' to 'yoga class'", { tool: 'update_task', args: { title: 'yoga class' }, target: { title: 'gym' } }],
    ['rename “gym” to “yoga class”', { tool: 'update_task', args: { title: 'yoga class' }, target: { title: 'gym' } }],
    ['RENAME THE GYM TASK TO YOGA CLASS', { tool: 'update_task', args: { title: 'YOGA CLASS' }, target: { title: 'GYM' } }],
    ['change gym to say yoga class', { tool: 'update_task', args: { title: 'yoga class' }, target: { title: 'gym' } }],
    ['retitle 4 as Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['rename task four to Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['rename number 4 to Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['change the title of #4 to Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['change the name on task 4 to Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['title for task 4 should be Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['the name of task 4 should be Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['task 4 should be called Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['task 4 should read Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    ['typo in task 4, should be Pay rent', { tool: 'update_task', args: { title: 'Pay rent' }, target: { id: 4 } }],
    [
      'rename the dentist to orthodontist appointment',
      { tool: 'update_task', args: { title: 'orthodontist appointment' }, target: { title: 'dentist' } },
    ],
    ["let's call the dentist task orthodontist", { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } }],
    [
      'I want to rename the dentist task to orthodontist',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      "i'd like to change the name of the dentist to orthodontist",
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    ['Can we rename dentist to orthodontist?', { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } }],
    [
      'please change the dentist title to orthodontist, thx!',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      'update the name of the dentist task to orthodontist',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      'change the wording of the dentist task to book orthodontist',
      { tool: 'update_task', args: { title: 'book orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      'reword the dentist task as book orthodontist',
      { tool: 'update_task', args: { title: 'book orthodontist' }, target: { title: 'dentist' } },
    ],
    ['reword it to book orthodontist', { tool: 'update_task', args: { title: 'book orthodontist' }, target: { last: true } }],
    [
      'the dentist should be called orthodontist now',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    ['the dentist one should say orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } }],
    [
      'ok so can you rename the dentist to orthodontist when you get a sec',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    ['rename the dentist to orthodontist 👍', { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } }],
    ['renaem the dentist to orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } }],
    [
      'chnage the name of the dentist to orthodontist',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    ['the title of it should be orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { last: true } }],
    ['change its title to orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { last: true } }],
    ['change its name to orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { last: true } }],
    ['rename this to orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { last: true } }],
    ['actually call that one orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { last: true } }],
    ['edit the dentist task title to orthodontist', { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } }],
    [
      'add a note to the dentist: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'add a note to the dentist saying bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'add a note to the dentist that says bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'note for the dentist: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      "put 'bring the x-rays' in the notes of the dentist task",
      { tool: 'update_task', args: { description: "'bring the x-rays'" }, target: { title: 'dentist' } },
    ],
    [
      'set the dentist description to bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'the dentist description should say bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'add a comment to the dentist: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'add details to the dentist task: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    ['update the notes on task 4: bring the x-rays', { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { id: 4 } }],
    [
      'change the description of it to bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { last: true } },
    ],
    [
      'add a note to that one: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { last: true } },
    ],
    ['add to its notes: bring the x-rays', { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { last: true } }],
    [
      'can you add a note on task 4 - bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { id: 4 } },
    ],
    [
      "attach the note 'bring the x-rays' to the dentist",
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    ['set the notes of 4 to bring the x-rays', { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { id: 4 } }],
    [
      'notes for the dentist task: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'add a description to 4 saying bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { id: 4 } },
    ],
    [
      'give the dentist a description: bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'add a note to the dentist task - bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'put a note on the dentist saying bring the x-rays',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    ['description for it: bring the x-rays', { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { last: true } }],
    [
      'pls add a note to the dentist: bring the x-rays thx',
      { tool: 'update_task', args: { description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    ['clear the notes on the dentist', { tool: 'update_task', args: { description: '' }, target: { title: 'dentist' } }],
    ['delete the description of the dentist', { tool: 'update_task', args: { description: '' }, target: { title: 'dentist' } }],
    ['remove the note from task 4', { tool: 'update_task', args: { description: '' }, target: { id: 4 } }],
    ['get rid of the description on it', { tool: 'update_task', args: { description: '' }, target: { last: true } }],
    ['wipe the notes of 4', { tool: 'update_task', args: { description: '' }, target: { id: 4 } }],
    ['remove the tags from the dentist', { tool: 'update_task', args: { tags: [] }, target: { title: 'dentist' } }],
    ['take the labels off it', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ['clear all tags on task 4', { tool: 'update_task', args: { tags: [] }, target: { id: 4 } }],
    ["change the dentist's tags to health", { tool: 'update_task', args: { tags: ['health'] }, target: { title: 'dentist' } }],
    ['set the tags on 4 to home and garden', { tool: 'update_task', args: { tags: ['home', 'garden'] }, target: { id: 4 } }],
    [
      'rename the dentist to orthodontist and make it high priority',
      { tool: 'update_task', args: { title: 'orthodontist', priority: 'high' }, target: { title: 'dentist' } },
    ],
    [
      'rename 4 to Pay rent and add a note: by bank transfer',
      { tool: 'update_task', args: { title: 'Pay rent', description: 'by bank transfer' }, target: { id: 4 } },
    ],
    [
      'rename the dentist to orthodontist and move it to friday',
      { tool: 'update_task', args: { title: 'orthodontist', due_date: 'friday' }, target: { title: 'dentist' } },
    ],
    [
      'rename the dentist to orthodontist, and set it to low priority',
      { tool: 'update_task', args: { title: 'orthodontist', priority: 'low' }, target: { title: 'dentist' } },
    ],
    [
      'rename it to Pay rent and make it urgent',
      { tool: 'update_task', args: { title: 'Pay rent', priority: 'high' }, target: { last: true } },
    ],
    [
      'rename 4 to Pay rent and push it to monday',
      { tool: 'update_task', args: { title: 'Pay rent', due_date: 'monday' }, target: { id: 4 } },
    ],
    [
      'rename the dentist to orthodontist and add a note: bring the x-rays',
      { tool: 'update_task', args: { title: 'orthodontist', description: 'bring the x-rays' }, target: { title: 'dentist' } },
    ],
    [
      'make the dentist urgent and rename it to orthodontist',
      { tool: 'update_task', args: { priority: 'high', title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      'rename the dentist to orthodontist and it is due friday',
      { tool: 'update_task', args: { title: 'orthodontist', due_date: 'friday' }, target: { title: 'dentist' } },
    ],
    [
      'change the dentist title to orthodontist and make it low priority',
      { tool: 'update_task', args: { title: 'orthodontist', priority: 'low' }, target: { title: 'dentist' } },
    ],
    [
      'rename the gas bill to pay the gas bill',
      { tool: 'update_task', args: { title: 'pay the gas bill' }, target: { title: 'gas bill' } },
    ],
    ['change the name of task 9 to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['change name of 9 to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['9 should be called Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['retitle it: Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['rename gas bill to pay gas bill please', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } }],
    [
      "Rename the gas bill task to 'Pay gas bill online'",
      { tool: 'update_task', args: { title: 'Pay gas bill online' }, target: { title: 'gas bill' } },
    ],
    [
      'could you call the gas bill task pay gas bill instead?',
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    [
      "i'd like to rename the gas bill to pay gas bill",
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    [
      'the gas bill task needs a new name: pay gas bill',
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    ['new name for the gas bill: pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } }],
    [
      'set the name of the gas bill to pay gas bill',
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    ['update the gas bill title to pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } }],
    [
      'change the gas bill task to say pay gas bill',
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    ['title of 9 should be Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ["9's title should be Call the vet", { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['fix the typo in 9 - should be Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    [
      'typo in the vet task, it should say Call the vet',
      { tool: 'update_task', args: { title: 'Call the vet' }, target: { title: 'vet' } },
    ],
    ['rename it to: Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['rename that to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['call it Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['name it Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['it should be named Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['give it the title Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['retitle that one Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { last: true } }],
    ['add a note to 9: call after 5', { tool: 'update_task', args: { description: 'call after 5' }, target: { id: 9 } }],
    ['add note to 9 - call after 5', { tool: 'update_task', args: { description: 'call after 5' }, target: { id: 9 } }],
    [
      'add notes to the gas bill: account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    [
      'put a description on the gas bill: account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    [
      'the gas bill needs a note: account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    [
      'write in the notes of the gas bill: account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    [
      'set the notes for the gas bill to account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    [
      'change the gas bill notes to account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    ['update its description: account no 1234', { tool: 'update_task', args: { description: 'account no 1234' }, target: { last: true } }],
    ['add a note saying account no 1234', { tool: 'update_task', args: { description: 'account no 1234' }, target: { last: true } }],
    [
      'for the gas bill, add a note: account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    [
      'the gas bill description: account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    ['gas bill notes → account no 1234', { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } }],
    [
      'replace the gas bill notes with account no 1234',
      { tool: 'update_task', args: { description: 'account no 1234' }, target: { title: 'gas bill' } },
    ],
    ['clear the notes of the gas bill', { tool: 'update_task', args: { description: '' }, target: { title: 'gas bill' } }],
    ['remove its description', { tool: 'update_task', args: { description: '' }, target: { last: true } }],
    ['delete the notes on it', { tool: 'update_task', args: { description: '' }, target: { last: true } }],
    ["clear the gas bill's description", { tool: 'update_task', args: { description: '' }, target: { title: 'gas bill' } }],
    ['wipe the description from 9', { tool: 'update_task', args: { description: '' }, target: { id: 9 } }],
    [
      'rename 9 to Call the vet and make it urgent',
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'high' }, target: { id: 9 } },
    ],
    [
      'rename 9 to Call the vet, and move it to monday',
      { tool: 'update_task', args: { title: 'Call the vet', due_date: 'monday' }, target: { id: 9 } },
    ],
    [
      'rename 9 to Call the vet and give it a low priority',
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'low' }, target: { id: 9 } },
    ],
    [
      'make 9 urgent and call it Call the vet',
      { tool: 'update_task', args: { priority: 'high', title: 'Call the vet' }, target: { id: 9 } },
    ],
    [
      'change the title of 9 to Call the vet and make it high priority',
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'high' }, target: { id: 9 } },
    ],
    [
      "rename it to Call the vet and it's urgent",
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'high' }, target: { last: true } },
    ],
    [
      'push 9 to friday and rename it to Call the vet',
      { tool: 'update_task', args: { due_date: 'friday', title: 'Call the vet' }, target: { id: 9 } },
    ],
    ['renmae 9 to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['rename teh gas bill to pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } }],
    ['RENAME 9 TO CALL THE VET', { tool: 'update_task', args: { title: 'CALL THE VET' }, target: { id: 9 } }],
    ['rename 9 to Call the vet 🐶', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['rename 9 to Call the vet!', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['rename the gas bill task → pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } }],
    [
      'hey can you rename the gas bill to pay gas bill? thanks!',
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    ['ok rename it to pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { last: true } }],
    ['that should say pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { last: true } }],
    ['that one should be called pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { last: true } }],
    ['make it say pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { last: true } }],
    ['change it to say pay gas bill', { tool: 'update_task', args: { title: 'pay gas bill' }, target: { last: true } }],
    [
      'rename the gas bill, new name: pay gas bill',
      { tool: 'update_task', args: { title: 'pay gas bill' }, target: { title: 'gas bill' } },
    ],
    ['could you update the title of 9 to Call the vet?', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['update title of 9: Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['9 title: Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['retitle 9 to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['rename task no. 9 to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    ['rename number nine to Call the vet', { tool: 'update_task', args: { title: 'Call the vet' }, target: { id: 9 } }],
    [
      'add a note to the gas bill: pay by direct debit 💳',
      { tool: 'update_task', args: { description: 'pay by direct debit 💳' }, target: { title: 'gas bill' } },
    ],
    [
      'add a note to the gas bill - pay by direct debit',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    ['note for 9: pay by direct debit', { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } }],
    ['9 notes: pay by direct debit', { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } }],
    [
      'add this to the notes of 9: pay by direct debit',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } },
    ],
    [
      "add 'pay by direct debit' to the gas bill notes",
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    [
      'put pay by direct debit in the notes for the gas bill',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    [
      'can you add a note on the gas bill saying pay by direct debit?',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    ['description of 9: pay by direct debit', { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } }],
    [
      'change the description on 9 to pay by direct debit',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } },
    ],
    [
      'the description of 9 should be pay by direct debit',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } },
    ],
    [
      "set the gas bill's notes to pay by direct debit",
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    [
      'update the gas bill notes: pay by direct debit',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    [
      "add to 9's description: pay by direct debit",
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { id: 9 } },
    ],
    [
      'in the gas bill notes write pay by direct debit',
      { tool: 'update_task', args: { description: 'pay by direct debit' }, target: { title: 'gas bill' } },
    ],
    ['remove the notes of the gas bill', { tool: 'update_task', args: { description: '' }, target: { title: 'gas bill' } }],
    ["delete 9's notes", { tool: 'update_task', args: { description: '' }, target: { id: 9 } }],
    ['clear notes on 9', { tool: 'update_task', args: { description: '' }, target: { id: 9 } }],
    ['empty the description of it', { tool: 'update_task', args: { description: '' }, target: { last: true } }],
    [
      'rename 9 to Call the vet and add a note saying bring the card',
      { tool: 'update_task', args: { title: 'Call the vet', description: 'bring the card' }, target: { id: 9 } },
    ],
    [
      'rename 9 to Call the vet and then make it low priority',
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'low' }, target: { id: 9 } },
    ],
    [
      'rename 9 to Call the vet, also make it urgent',
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'high' }, target: { id: 9 } },
    ],
    [
      'rename 9 to Call the vet and move it to next monday',
      { tool: 'update_task', args: { title: 'Call the vet', due_date: 'next monday' }, target: { id: 9 } },
    ],
    [
      'rename 9 to Call the vet & make it urgent',
      { tool: 'update_task', args: { title: 'Call the vet', priority: 'high' }, target: { id: 9 } },
    ],
    [
      'make 9 low priority and rename it Call the vet',
      { tool: 'update_task', args: { priority: 'low', title: 'Call the vet' }, target: { id: 9 } },
    ],
    ['move 9 to friday and make it urgent', { tool: 'update_task', args: { due_date: 'friday', priority: 'high' }, target: { id: 9 } }],
    [
      'set 9 to high priority and push it to tomorrow',
      { tool: 'update_task', args: { priority: 'high', due_date: 'tomorrow' }, target: { id: 9 } },
    ],
    [
      "can we call the bike task 'service the bike' instead",
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    [
      'the title of the bike task is wrong, should be service the bike',
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    [
      'oops, the bike one should say service the bike',
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    [
      'the bike task has the wrong name, it should be service the bike',
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    [
      'I named the bike task wrong, call it service the bike',
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    ["change 'bike' to 'service the bike'", { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } }],
    [
      "change the bike task title to 'service the bike' please",
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    ['rename bike as service the bike', { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } }],
    [
      'can you rename my bike task service the bike',
      { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } },
    ],
    ['rename my bike task to service the bike', { tool: 'update_task', args: { title: 'service the bike' }, target: { title: 'bike' } }],
    [
      'add a note to my bike task: chain is rusty',
      { tool: 'update_task', args: { description: 'chain is rusty' }, target: { title: 'bike' } },
    ],
    [
      'the bike task needs notes: chain is rusty',
      { tool: 'update_task', args: { description: 'chain is rusty' }, target: { title: 'bike' } },
    ],
    [
      "add the detail 'chain is rusty' to the bike task",
      { tool: 'update_task', args: { description: 'chain is rusty' }, target: { title: 'bike' } },
    ],
    ['notes on the bike: chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { title: 'bike' } }],
    [
      "write 'chain is rusty' in the bike notes",
      { tool: 'update_task', args: { description: 'chain is rusty' }, target: { title: 'bike' } },
    ],
    [
      'can you note on the bike task that the chain is rusty',
      { tool: 'update_task', args: { description: 'the chain is rusty' }, target: { title: 'bike' } },
    ],
    ['add a comment on 5 saying chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { id: 5 } }],
    ['stick a note on 5: chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { id: 5 } }],
    [
      'for the bike task the notes are: chain is rusty',
      { tool: 'update_task', args: { description: 'chain is rusty' }, target: { title: 'bike' } },
    ],
    ['set its notes to chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { last: true } }],
    ['change the notes to chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { last: true } }],
    ['the notes should say chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { last: true } }],
    ['its description should be chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { last: true } }],
    ['update the description: chain is rusty', { tool: 'update_task', args: { description: 'chain is rusty' }, target: { last: true } }],
    [
      'rename 5 to service the bike and set the priority to low',
      { tool: 'update_task', args: { title: 'service the bike', priority: 'low' }, target: { id: 5 } },
    ],
    [
      'rename 5 to service the bike and set the due date to friday',
      { tool: 'update_task', args: { title: 'service the bike', due_date: 'friday' }, target: { id: 5 } },
    ],
    [
      'rename it service the bike and move it to saturday',
      { tool: 'update_task', args: { title: 'service the bike', due_date: 'saturday' }, target: { last: true } },
    ],
    [
      'make it high priority and due tomorrow',
      { tool: 'update_task', args: { priority: 'high', due_date: 'tomorrow' }, target: { last: true } },
    ],
    ['take the labels off it', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ['take all tags off 5', { tool: 'update_task', args: { tags: [] }, target: { id: 5 } }],
    ['remove all labels from the report', { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ['clear its tags', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ['remove its tags', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ["the report shouldn't have any tags", { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ["the report doesn't need any tags", { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ['get rid of the tags on the report', { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ['strip all tags from 5', { tool: 'update_task', args: { tags: [] }, target: { id: 5 } }],
    ['delete every label on 5', { tool: 'update_task', args: { tags: [] }, target: { id: 5 } }],
    ['drop all the tags on the report', { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ["change the report's tags to work", { tool: 'update_task', args: { tags: ['work'] }, target: { title: 'report' } }],
    [
      'change the tags of the report to work, urgent',
      { tool: 'update_task', args: { tags: ['work', 'urgent'] }, target: { title: 'report' } },
    ],
    ["set the report's tags to home", { tool: 'update_task', args: { tags: ['home'] }, target: { title: 'report' } }],
    ['the report should only be tagged home', { tool: 'update_task', args: { tags: ['home'] }, target: { title: 'report' } }],
    ["make the report's tags just home", { tool: 'update_task', args: { tags: ['home'] }, target: { title: 'report' } }],
    ["replace the report's tags with home", { tool: 'update_task', args: { tags: ['home'] }, target: { title: 'report' } }],
    [
      "swap the report's tags for home and garden",
      { tool: 'update_task', args: { tags: ['home', 'garden'] }, target: { title: 'report' } },
    ],
    ['tags for the report: home, garden', { tool: 'update_task', args: { tags: ['home', 'garden'] }, target: { title: 'report' } }],
    ["the report's labels should be home", { tool: 'update_task', args: { tags: ['home'] }, target: { title: 'report' } }],
    ['replace the tag on 5 with home', { tool: 'update_task', args: { tags: ['home'] }, target: { id: 5 } }],
    ['its tags should be home and garden', { tool: 'update_task', args: { tags: ['home', 'garden'] }, target: { last: true } }],
    ['change its tags to home', { tool: 'update_task', args: { tags: ['home'] }, target: { last: true } }],
    ['remove all tags from it please', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ['no more tags on the report', { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ['the report has too many tags, remove them all', { tool: 'update_task', args: { tags: [] }, target: { title: 'report' } }],
    ['clear the tags', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ['remove the tags', { tool: 'update_task', args: { tags: [] }, target: { last: true } }],
    ['get rid of all the labels on task 12', { tool: 'update_task', args: { tags: [] }, target: { id: 12 } }],
    [
      'the kids renamed their party, so change the party task to Sams 8th birthday',
      { tool: 'update_task', args: { title: 'Sams 8th birthday' }, target: { title: 'party' } },
    ],
    [
      'I got the name wrong, the dentist task should be orthodontist',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      'please the task dentist, change the name in: orthodontist',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    [
      'for the dentist task, the new name is orthodontist',
      { tool: 'update_task', args: { title: 'orthodontist' }, target: { title: 'dentist' } },
    ],
    ['for task 5 please new title: Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['task 5 please rename in Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['the name of 5 is wrong, it is Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    [
      'I want to add a note to the plumber task: bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    [
      "i'd like to add a description for 5: bring the old tap",
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { id: 5 } },
    ],
    [
      'could you please add in the notes of 5 that the tap is old',
      { tool: 'update_task', args: { description: 'the tap is old' }, target: { id: 5 } },
    ],
    [
      'add info to the plumber task: bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    ['add more details to 5: bring the old tap', { tool: 'update_task', args: { description: 'bring the old tap' }, target: { id: 5 } }],
    [
      'extra info for the plumber: bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    [
      'plumber task - add note: bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    [
      'the plumber: add a note saying bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    [
      'on the plumber task, add the note bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    ['in task 5 add a note: bring the old tap', { tool: 'update_task', args: { description: 'bring the old tap' }, target: { id: 5 } }],
    [
      'to the plumber task add the note: bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { title: 'plumber' } },
    ],
    [
      'change the title of the plumber task, it should be call the plumber',
      { tool: 'update_task', args: { title: 'call the plumber' }, target: { title: 'plumber' } },
    ],
    ['rename 5, new title Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['5 rename to Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['the plumber task rename to call Bob', { tool: 'update_task', args: { title: 'call Bob' }, target: { title: 'plumber' } }],
    ['rename plumber task into call Bob', { tool: 'update_task', args: { title: 'call Bob' }, target: { title: 'plumber' } }],
    ['modify the title of 5 to Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    [
      'modify the description of 5: bring the old tap',
      { tool: 'update_task', args: { description: 'bring the old tap' }, target: { id: 5 } },
    ],
    ['amend 5 to read Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['alter the name of 5 to Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['edit the name of 5 to Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['edit 5 to say Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
    ['tweak the title of 5 to Buy paint', { tool: 'update_task', args: { title: 'Buy paint' }, target: { id: 5 } }],
  ] as const)('reads "%s"', (sentence, call) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', ...call });
  });

  it.each([
    'change the dentist to orthodontist',
    'erase the dentist notes',
    'rename it',
    'change the name',
    'rename all my tasks to foo',
    'add a note',
    'change the name of the dentist',
    'rename the gas bill',
    'change the description',
    'add a description',
    'rename everything to foo',
    'rename 9 and 10 to bar',
  ])('asks about "%s", calling nothing', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });
});
