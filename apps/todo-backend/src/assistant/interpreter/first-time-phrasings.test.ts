import { describe, expect, it } from 'vitest';
import { type Interpretation, interpret } from './offline-interpreter.ts';
import { id, last, type Said as Row, t } from './said-rows.ts';

// Requests typed the way a new user types them the first time, each row standing for a general rule: the verb that
// asks for a change is no word of the task, a field named alone is the last task's, a day's list is that day, a rule
// said in two parts is one rule, and a statement about a task never adds one.

const READINGS: Row[] = [
  // "get" lists only when the list follows it; otherwise it is an errand (asked without a day, as any bare errand is)
  ['get milk', null],
  ['get milk tomorrow', 'add_task', { title: 'get milk', due_date: 'tomorrow' }],
  ['get all tasks', 'list_tasks', {}],
  ['get my overdue tasks', 'filter_tasks', { due: 'overdue' }],
  // The asking verb and the bringer of the news are no part of the task
  ['can you make the essay task due on wednesday instead of monday', 'set_due_date', { date: 'wednesday' }, t('essay')],
  ['sam says the report is due on wednesday', 'set_due_date', { date: 'wednesday' }, t('report')],
  ['my boss said the slides are due friday', 'set_due_date', { date: 'friday' }, t('slides')],
  ["the rent's due on the 3rd now", 'set_due_date', { date: 'the 3rd' }, t('rent')],
  // A field named alone is the field of the task last touched
  ['change the time to 5pm', 'set_due_date', { date: '5pm' }, last],
  ['change the date to friday', 'set_due_date', { date: 'friday' }, last],
  ['change the due date to monday', 'set_due_date', { date: 'monday' }, last],
  ['set the priority to low', 'set_priority', { priority: 'low' }, last],
  ['nope, make it 4pm', 'set_due_date', { date: '4pm' }, last],
  // A rule changed on a task: its days are the rule's, the task named in quotes is one that exists
  [
    'change the standup to every weekday at 9:15',
    'update_task',
    { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', due_date: 'monday or tuesday or wednesday or thursday or friday at 9:15' },
    t('standup'),
  ],
  ['make "water the tomatoes" every other day', 'update_task', { recurring: 'FREQ=DAILY;INTERVAL=2' }, t('water the tomatoes')],
  // A rule of more than a week said first, its days said last: one rule
  [
    'biweekly 1:1 with manager on mondays',
    'create_recurring',
    { title: '1:1 with manager', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', due_date: 'monday' },
  ],
  [
    'fortnightly bin collection on thursdays',
    'create_recurring',
    { title: 'bin collection', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', due_date: 'thursday' },
  ],
  [
    'add biweekly team lunch on fridays at 12:30',
    'create_recurring',
    { title: 'team lunch', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', due_date: 'friday at 12:30' },
  ],
  // A day of the month said without "the" before "of"
  [
    'add pay council tax due 1st of next month, high priority',
    'add_task',
    { title: 'pay council tax', priority: 'high', due_date: '1st of next month' },
  ],
  // Something new scheduled for a day is added; the task named with "the" is moved
  ['schedule a call with the plumber for tuesday afternoon', 'add_task', { title: 'call with the plumber', due_date: 'tuesday afternoon' }],
  ['schedule the haircut for saturday', 'set_due_date', { date: 'saturday' }, t('haircut')],
  ['could you please schedule a meeting with the finance team?', null],
  // A day's list is that day
  ["put call Dave on thursday's list", 'add_task', { title: 'call Dave', due_date: 'thursday' }],
  ["add renew parking permit to tomorrow's to-do list", 'add_task', { title: 'renew parking permit', due_date: 'tomorrow' }],
  ["what's on monday's agenda", 'filter_tasks', { due_after: 'monday 00:00', due_before: 'monday 24:00' }],
  // One task asked to be seen is searched for; a kind of task is listed
  ['show me the essay task', 'search_tasks', { query: 'essay' }],
  ['pull up the boiler one', 'search_tasks', { query: 'boiler' }],
  ['show me the overdue one', 'filter_tasks', { due: 'overdue' }],
  // A level said of a task: never a new task titled with the verb
  ['call mum is now low priority', 'set_priority', { priority: 'low' }, t('call mum')],
  ['set p2 on the groceries task', 'set_priority', { priority: 'medium' }, t('groceries')],
  ['put p3 on the gym task', 'set_priority', { priority: 'low' }, t('gym')],
  ['set p1 on task 4', 'set_priority', { priority: 'high' }, id(4)],
  // A day asked about in other words
  ["what's for today", 'filter_tasks', { due: 'today' }],
  ['everything due tomorrow', 'filter_tasks', { due: 'tomorrow' }],
  ['stuff due before the 20th', 'filter_tasks', { due_before: 'the 20th 00:00' }],
  ["what's for dinner", null],
  // An event named by a word in -ing, with who or where, on a day
  ['meeting with Sarah next Wednesday at 3pm', 'add_task', { title: 'meeting with Sarah', due_date: 'next Wednesday at 3pm' }],
  ['training at the club thursday 7pm', 'add_task', { title: 'training at the club', due_date: 'thursday 7pm' }],
  ['moving to friday', null],
  // The day a thing lapses is the errand's deadline
  ['sort out car insurance before it expires on 12 march', 'add_task', { title: 'sort out car insurance', due_date: '12 march' }],
  ['the passport expires on 3 may', 'set_due_date', { date: '3 may' }, t('passport')],
  // A reminder when a task is due, asked with any verb of reminding
  ['ping me when the dentist is due', 'set_reminder', { before: '0m' }, t('dentist')],
  ["notify me when the report's due", 'set_reminder', { before: '0m' }, t('report')],
  // A lead time said before its noun; a task thrown into a project is moved there
  [
    'submit timesheet friday 5pm with a 1 hour warning',
    'add_task',
    { title: 'submit timesheet', due_date: 'friday 5pm', remind_before: '1h' },
  ],
  ['chuck the bike task in work', 'move_task', { project: 'Work' }, t('bike')],
  ['throw it in groceries', 'move_task', { project: 'Groceries' }, last],
  // Working days after a count are a date, never a rule on weekdays
  ['add pay rent in 3 business days', 'add_task', { title: 'pay rent', due_date: 'in 3 business days' }],
  ['add pay rent on the first', 'add_task', { title: 'pay rent', due_date: 'the 1st' }],
  // A holiday asked about is that day; a question about when to do an errand finds its task
  ["anything due on valentine's day", 'filter_tasks', { due_after: "valentine's day 00:00", due_before: "valentine's day 24:00" }],
  ["what's due on christmas eve", 'filter_tasks', { due_after: 'christmas eve 00:00', due_before: 'christmas eve 24:00' }],
  ["what's due before halloween", 'filter_tasks', { due_before: 'halloween 00:00' }],
  ['when do i need to renew my passport', 'search_tasks', { query: 'passport' }],
  // The mark that asked about a task and the word pointing at it are no words of its title
  ['the dentist? move it to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['that dentist task needs to be friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['delete that one', 'delete_task', {}, last],
  // News of a move: the task whose date was moved, "it's now" after the clause that names it, a wish for a rule
  ['they moved the deadline for the report to the 28th', 'set_due_date', { date: 'the 28th' }, t('report')],
  ["the dentist got moved, it's now thursday", 'set_due_date', { date: 'thursday' }, t('dentist')],
  ["it's now next thursday at 4", 'set_due_date', { date: 'next thursday at 4' }, last],
  ['i want the gym to be every monday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO' }, t('gym')],
  ["i need to push the car service back to next month sometime, let's say the 15th", null],
  // The words that lead to a day, and the day a thing lapses said with "in"
  ["can you add 'order new glasses' for sometime next week", 'add_task', { title: 'order new glasses', due_date: 'next week' }],
  ['renew the permit before it runs out in 3 weeks', 'add_task', { title: 'renew the permit', due_date: 'in 3 weeks' }],
  ['add renew my licence before it expires in june', 'add_task', { title: 'renew my licence', due_date: 'june' }],
  // A repeating task's occurrence done; two requests in one sentence; two fields taken off at once
  ['mark the bins as done for this week', 'complete_task', {}, t('bins')],
  ['the bins are done, next one is tuesday', 'complete_task', {}, t('bins')],
  ['complete the laundry and make it repeat weekly', null],
  ['remove the due date and the priority from the loft task', 'update_task', { due_date: null, priority: 'medium' }, t('loft')],
  ['clear the tags and notes on 5', 'update_task', { tags: [], description: '' }, id(5)],
  ['rm due 5', 'set_due_date', { date: null }, id(5)],
  // A feeling about days is nothing to do on them
  ['i hate mondays', null],
  ['we really love fridays', null],
  ['i swim on mondays', 'create_recurring', { title: 'swim', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' }],
  // "and also" opening a message follows the one before it
  ['and also add renew gym membership', 'add_task', { title: 'renew gym membership' }],
  ['add email the school and also ring the dentist', null],
  // A thing not to forget, said with its day, is a task of it on that day; news of it stays news
  ["don't let me forget mum's birthday on may 3rd", 'add_task', { title: "mum's birthday", due_date: 'may 3rd' }],
  ['remember about the parcel tomorrow', 'add_task', { title: 'the parcel', due_date: 'tomorrow' }],
  ['remember the report is due friday', 'set_due_date', { date: 'friday' }, t('report')],
  // An hour after a day of the month: one date
  ['meeting with the landlord on the 3rd at 11', 'add_task', { title: 'meeting with the landlord', due_date: 'the 3rd at 11' }],
  // "can wait till" a day moves it there (the day is never dropped for a lower priority); a period may lower it as
  // well and is asked; no day lowers it
  ['the car wash can wait until the weekend', 'set_due_date', { date: 'this weekend' }, t('car wash')],
  ['the visa form can wait till friday', 'set_due_date', { date: 'friday' }, t('visa form')],
  ['the bins can wait until friday', 'set_due_date', { date: 'friday' }, t('bins')],
  ['the laundry can wait till saturday', 'set_due_date', { date: 'saturday' }, t('laundry')],
  ['the laundry can wait until next week', null],
  ['the car wash can wait', 'set_priority', { priority: 'low' }, t('car wash')],
  ['write the report by the end of today', 'add_task', { title: 'write the report', due_date: 'the end of today' }],
  // The newest or oldest tasks are an order, never a tag; two tags joined by "or" are either
  ['oldest tasks', 'sort_tasks', { field: 'created_at', order: 'asc' }],
  ['show me my newest tasks', 'sort_tasks', { field: 'created_at', order: 'desc' }],
  ['show me everything tagged diy or home', 'filter_tasks', { tags: ['diy', 'home'], tags_match: 'any' }],
  ['show diy or home tasks', 'filter_tasks', { tags: ['diy', 'home'], tags_match: 'any' }],
  ['today or tomorrow tasks', 'filter_tasks', { due: 'tomorrow' }],
  // The rule's verb as a state; a due date said with "to be due", "should be", an arrow after the verb
  ['make the gym task recurring weekly', 'update_task', { recurring: 'weekly' }, t('gym')],
  ['update 7 to be due friday', 'set_due_date', { date: 'friday' }, id(7)],
  ['change the report to be due friday', 'set_due_date', { date: 'friday' }, t('report')],
  ['due date for the report should be the 20th', 'set_due_date', { date: 'the 20th' }, t('report')],
  ['change essay due date -> next fri', 'set_due_date', { date: 'next fri' }, t('essay')],
  // A date said roughly is the day its part begins; "late" before a month is no lateness; "sharp" goes with its time
  ['add team offsite in late march', 'add_task', { title: 'team offsite', due_date: 'in late march' }],
  ['add book mot in early february', 'add_task', { title: 'book mot', due_date: 'in early february' }],
  ['add review budget mid next week', 'add_task', { title: 'review budget', due_date: 'mid next week' }],
  ['add call the council at 9 sharp tomorrow', 'add_task', { title: 'call the council', due_date: 'at 9 sharp tomorrow' }],
  ['anything late this week', 'filter_tasks', { due: 'overdue' }],
  // "on this weekend" is this weekend; tasks without tags are no tag "untagged" (no filter says it: asked)
  ['what have i got on this weekend', 'filter_tasks', { due_after: 'saturday 00:00', due_before: 'sunday 24:00' }],
  ['show untagged tasks', null],
  ['show me tasks with no tags', null],
  // A new task asked with "set up" or "make", its clauses after it; a day said first and its time last
  [
    'set up a task for filing taxes, due april 15, high priority',
    'add_task',
    { title: 'filing taxes', due_date: 'april 15', priority: 'high' },
  ],
  ['make a task for filing taxes, high priority', 'add_task', { title: 'filing taxes', priority: 'high' }],
  ['tmrw gym 7am', 'add_task', { title: 'gym', due_date: 'tomorrow 7am' }],
  ['fri dentist 3pm', 'add_task', { title: 'dentist', due_date: 'fri 3pm' }],
  ['tomorrow get the car washed', 'add_task', { title: 'get the car washed', due_date: 'tomorrow' }],
  ['today got the car washed', 'complete_task', {}, t('car')],
  ['in two weeks time renew gym membership', 'add_task', { title: 'renew gym membership', due_date: 'in two weeks time' }],
  ['next week sort the garage', 'add_task', { title: 'sort the garage', due_date: 'next week' }],
  ['reminder to self - call the garage', 'add_task', { title: 'call the garage' }],
  // A date corrected with the field named; put off, held off; a deadline a task needs; a bare hour after "time"
  ['wrong date on the report, should be the 18th', 'set_due_date', { date: 'the 18th' }, t('report')],
  ['hold off on the report until monday', 'set_due_date', { date: 'monday' }, t('report')],
  ['assign the report a due date of next monday', 'set_due_date', { date: 'next monday' }, t('report')],
  ['the report needs a deadline: friday', 'set_due_date', { date: 'friday' }, t('report')],
  ['change the time on the dentist to 4', 'set_due_date', { date: 'at 4' }, t('dentist')],
  // The next few are the open tasks due soonest; the top few priorities the highest
  ['show me the next 5 tasks', 'sort_tasks', { field: 'due_date', order: 'asc', status: 'pending', limit: 5 }],
  ['what are my next three tasks?', 'sort_tasks', { field: 'due_date', order: 'asc', status: 'pending', limit: 3 }],
  ['top 3 priorities', 'sort_tasks', { field: 'priority', order: 'desc', status: 'pending', limit: 3 }],
  // "let me add", "i'll add" are "add"; "…, add it for tomorrow" adds the clause before with its day
  ['lemme add gym at 6', 'add_task', { title: 'gym', due_date: 'at 6' }],
  ["i'll add gym at 6", 'add_task', { title: 'gym', due_date: 'at 6' }],
  ['call mum, add it for tomorrow', 'add_task', { title: 'call mum', due_date: 'tomorrow' }],
  ['ugh forgot to pay the electric bill, add it for today', 'add_task', { title: 'pay the electric bill', due_date: 'today' }],
  ['i forgot to call mum', null],
  // A place in the list said of a task named bare is asked, never a task so titled
  ['put gym at the bottom of the list', null],
  ['put gym at the bottom of my priorities', null],
  // A reminder about a task without its time is asked for the time
  ['remind me about the dentist', null],
  // What a task's subtasks are: the task is found (its line says how many are done)
  ['what are the subtasks of the report', 'search_tasks', { query: 'report' }],
  // A tag that is a rule's word is a tag; weekends left out of "daily" leave the working week
  ['add prep slides #quarterly', 'add_task', { title: 'prep slides', tags: ['quarterly'] }],
  ['add prep slides tagged quarterly', 'add_task', { title: 'prep slides', tags: ['quarterly'] }],
  ['make the stretch task daily except weekends', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }, t('stretch')],
  ['stretch daily but not on weekends', 'create_recurring', { title: 'stretch', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  // One tag traded for another is two changes, said back as two steps; never the old tag added
  ['retag the budget review as finance instead of work', null],
  ['tag the budget review finance not work', null],
  // A day of the month in digits without its suffix; "add task for <verb>" in a learner's English
  [
    'Please I want to add task for pay electricity bill at 20 of this month',
    'add_task',
    { title: 'pay electricity bill', due_date: '20 of this month' },
  ],
  ['haircut sometime this month', 'add_task', { title: 'haircut', due_date: 'this month' }],
  // A colon after "to" is the new title's; a place after "under the" is the title's; a tick after "done with" says
  // nothing more; "every" before a rhythm is no bulk change; the date reader's phrases in an appointment; "-ish"
  ['rename it to call mum re: christmas', 'update_task', { title: 'call mum re: christmas' }, last],
  ['add fix the shelf under the stairs', 'add_task', { title: 'fix the shelf under the stairs' }],
  ['add renew the visa under travel', 'add_task', { title: 'renew the visa', tags: ['travel'] }],
  ['done with the dry cleaning ✅', 'complete_task', {}, t('dry cleaning')],
  ['trash out every tuesday night', null],
  ['board prep monday after next', 'add_task', { title: 'board prep', due_date: 'monday after next' }],
  ['gym at half 5 today', 'add_task', { title: 'gym', due_date: 'at half 5 today' }],
  ['drinks w/ jen sat 8pm', 'add_task', { title: 'drinks w/ jen', due_date: 'saturday 8pm' }],
  // A reason after a comma is no part of the task; ⏰ first is "remind me"; thinking aloud before the request; a
  // deletion with a deadline after it is asked; "i need reminder" without its article
  [
    'lower prio on the garage clean out, not happening this month realistically',
    'set_priority',
    { priority: 'low' },
    t('garage clean out'),
  ],
  ['⏰ 15 min before standup pls', 'set_reminder', { before: '15m' }, t('standup')],
  ['hmm what else... oh yeah, cancel the Netflix trial before it charges me on the 9th', null],
  ['i need reminder 1 hour before the exam', 'set_reminder', { before: '1h' }, t('exam')],
  // The project said last, after a date phrase with its own "of"
  ['whats due this month for work', 'filter_tasks', { due_before: 'the end of the month 24:00', project: 'Work' }],
  // A reason said as a new sentence; the person first in an unassignment; "due of"; a learner's "it is" after the
  // subject and "make done"; a thing to be reminded of on a rule
  ['Please delete task 9. It is no longer relevant.', 'delete_task', {}, id(9)],
  ['unassign me from the budget spreadsheet', 'assign_task', { assignee: null }, t('budget spreadsheet')],
  ['change due of renew passport to june 1st', 'set_due_date', { date: 'june 1st' }, t('renew passport')],
  ['the electricity bill it is paid already, please make done', 'complete_task', {}, t('electricity bill')],
  ['remind me about the oil change every 3 months', 'create_recurring', { title: 'the oil change', pattern: 'FREQ=MONTHLY;INTERVAL=3' }],
  // Questions: a hedge at either end, "what about <a weekday>", "i forgot" after a question, words a task mentions
  ["what's high priority rn", 'filter_tasks', { priority: ['high'] }],
  ['what did i even do yesterday lol', 'filter_tasks', { completed: 'yesterday', status: 'completed' }],
  ['ok what about friday', 'filter_tasks', { due_after: 'friday 00:00', due_before: 'friday 24:00' }],
  ['hey when is the dentist again i forgot', 'search_tasks', { query: 'dentist' }],
  ['any tasks that mention mom', 'search_tasks', { query: 'mom' }],
  // Days talked about are no rule; a learner's need without "to" and a level said after the new task
  ['write me a poem about mondays', null],
  [
    'i need finish visa form before friday evening, is important',
    'add_task',
    { title: 'finish visa form', due_date: 'friday evening', priority: 'high' },
  ],
  [
    'i need to finish visa form before friday evening, it is important',
    'add_task',
    { title: 'finish visa form', due_date: 'friday evening', priority: 'high' },
  ],
  ['i need milk', null],
  ['i need help with the report', null],
  // A series counted from the last time done is asked (the chat's series count from due dates)
  ['haircut every 6 weeks from the last one', null],
  ['clean the fridge every 2 weeks after I last did it', null],
  [
    'mortgage payment 1st business day each month',
    'create_recurring',
    { title: 'mortgage payment', pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1', due_date: 'the first working day of the month' },
  ],
  // "at lunch" is noon; "lunchtime" before a day as well
  ['pick up rx at cvs at lunch', 'add_task', { title: 'pick up rx at cvs', due_date: 'lunch' }],
  ['remind me about the flights at lunchtime on Thursday', 'set_reminder', { at: 'lunchtime on Thursday' }, t('flights')],
  ['lunch with sam tomorrow', 'add_task', { title: 'lunch with sam', due_date: 'tomorrow' }],
  // A bare hour after "by" before a day is that day's time
  ['add deploy hotfix by 5 today', 'add_task', { title: 'deploy hotfix', due_date: 'today at 5' }],
  // A trade to make by a day is no rename
  ['swap shifts with jo on friday', null],
  ['swap oat milk for almond milk', 'update_task', { title: 'almond milk' }, t('oat milk')],
  // Said back about the last change: never a task done
  ["that's not what i asked", null],
  ['that is not what i meant', null],
  // A series' start month is its first due date, not the only month it keeps to
  [
    'add dentist checkup every 6 months starting in march',
    'create_recurring',
    { title: 'dentist checkup', pattern: 'FREQ=MONTHLY;INTERVAL=6', due_date: 'in march' },
  ],
  // A task's words, then a change said without "it": the change is the task's
  ['dentist move to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['gym task - move to 7am tomorrow', 'set_due_date', { date: '7am tomorrow' }, t('gym')],
  ['taxes 😩 move to monday', 'set_due_date', { date: 'monday' }, t('taxes')],
  ['invoice hendriks - change to high', 'set_priority', { priority: 'high' }, t('invoice hendriks')],
  ['passport renew add tag travel', 'add_tag', { tag: 'travel' }, t('passport renew')],
  ['buy milk move to groceries', 'move_task', { project: 'Groceries' }, t('buy milk')],
  // The rule of a task taken off is never a new series
  ['stop the weekly repeat on call grandma', 'update_task', { recurring: null }, t('call grandma')],
  ['turn off repeating for the vitamins', 'update_task', { recurring: null }, t('vitamins')],
  ['drop the wednesday pilates, keep mondays', null],
  // "todo" said as a code comment's label adds
  [
    'todo migrate staging db to postgres 16, p1, due 11/4 #infra',
    'add_task',
    { title: 'migrate staging db to postgres 16', priority: 'high', tags: ['infra'], due_date: '11/4' },
  ],
  // The words that point at a task are no part of its name
  ['rename the task currently called misc to sort out the garage', 'update_task', { title: 'sort out the garage' }, t('misc')],
  ['change priority of renew passport from high to medium', 'set_priority', { priority: 'medium' }, t('renew passport')],
  ['change due time for pay rent to 9am', 'set_due_date', { date: '9am' }, t('pay rent')],
  ['the one with receipts in the name, delete it', 'delete_task', {}, t('receipts')],
  ['i finished the haircut one ✅', 'complete_task', {}, t('haircut')],
  ['I have now completed the passport renewal, so you may remove it from my list.', 'complete_task', {}, t('passport renewal')],
  ['shipped the login fix, close it out', 'complete_task', {}, t('login fix')],
  // What comes after lunch, work or school is that hour
  ['shift renew car insurance to after lunch today', 'set_due_date', { date: 'after lunch today' }, t('renew car insurance')],
  ['walk the dog after work', 'add_task', { title: 'walk the dog', due_date: 'after work' }],
  ['book the after school club', null],
  // A project named as a field of its own is the new task's
  [
    'fix leaky kitchen tap this weekend, Work, medium priority',
    'add_task',
    { title: 'fix leaky kitchen tap', priority: 'medium', due_date: 'this weekend', project: 'Work' },
  ],
  ['file expense report by friday 5pm in Work', 'add_task', { title: 'file expense report', due_date: 'friday 5pm', project: 'Work' }],
  ['things in work due friday', 'filter_tasks', { due_after: 'friday 00:00', due_before: 'friday 24:00', project: 'Work' }],
  ['Work: file report by friday', 'add_task', { title: 'file report', due_date: 'friday', project: 'Work' }],
  // Tags said with a new task are its own
  ['submit lab report tomorrow, tag it school', 'add_task', { title: 'submit lab report', tags: ['school'], due_date: 'tomorrow' }],
  [
    'weekly review every friday at 4pm, tag #planning',
    'create_recurring',
    { title: 'weekly review', pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday at 4pm', tags: ['planning'] },
  ],
  // A field of one task asked about is found by the task's words
  ["what's the note on the book flights task", 'search_tasks', { query: 'book flights' }],
  // Two tasks moved in one sentence are asked one at a time, never a date "next week and car wash to saturday"
  ['push haircut to next week and car wash to saturday', null],
  [
    'Work: order the seed catalogue for the first monday of next month',
    'add_task',
    { title: 'order the seed catalogue', due_date: 'the first monday of next month', project: 'Work' },
  ],
  // A field of a task named first and then taken off is the field, never the task
  ['the note on the dentist, remove it', 'update_task', { description: '' }, t('dentist')],
  ['Due date for the birthday card, remove it pls', 'set_due_date', { date: null }, t('birthday card')],
  ['grab milk tomorrow', 'add_task', { title: 'grab milk', due_date: 'tomorrow' }],
  [
    'internship application deadline nov 18 at 11:59pm, dont let me miss this one',
    'add_task',
    { title: 'internship application deadline', due_date: 'nov 18 at 11:59pm' },
  ],
  [
    'remind me please to bring passport copy to the office on monday',
    'add_task',
    { title: 'bring passport copy to the office', due_date: 'monday', remind_before: '0m' },
  ],
  ['I would like to move my gym task to the Work list, if that is possible.', 'move_task', { project: 'Work' }, t('gym')],
  // A wish for a due date is a move; a learner's "please to" is "please"
  ["I'd like the flights task to be due this Friday instead of next Friday.", 'set_due_date', { date: 'this Friday' }, t('flights')],
  [
    'Please to change the date of meeting with landlord to after three days.',
    'set_due_date',
    { date: 'after three days' },
    t('meeting with landlord'),
  ],
  // A title's own "to" is no clause: the change after it is the task's
  ['book flight to lisbon move to friday', 'set_due_date', { date: 'friday' }, t('book flight to lisbon')],
  // When a task is due, asked with its errand's verb and "done by", is found by its words (never a completion)
  ['When do I have to get the taxes done by?', 'search_tasks', { query: 'taxes' }],
  ['when do i have to get the taxes done', 'search_tasks', { query: 'taxes' }],
  // Two tasks reported done are asked one at a time, never the first alone
  ['dentist is done, invoice is done', null],
  ['the dentist is done and the invoice is done', null],
  // A question after a lead-in of when is the question; a remark after a question is no part of its window
  ['Before my 2pm call: what Work tasks are due today?', 'filter_tasks', { due: 'today', project: 'Work' }],
  [
    "Anything due this weekend? Trying to plan around the kids' football.",
    'filter_tasks',
    { due_after: 'saturday 00:00', due_before: 'sunday 24:00' },
  ],
  ["is there anything due before friday that's high priority", 'filter_tasks', { due_before: 'friday 00:00', priority: ['high'] }],
  ['Please show me the tasks which are not having a date.', 'filter_tasks', { has_due_date: false }],
  ['whats tagged "school"?', 'filter_tasks', { tags: ['school'] }],
  ['Do I have something with the word "birthday"?', 'search_tasks', { query: 'birthday' }],
  // Said not done, a task is never completed
  ['oops didnt actually finish the essay, mark it back to not done', 'complete_task', { completed: false }, t('essay')],
  ['essay, mark it as not done', 'complete_task', { completed: false }, t('essay')],
  // A move said as a need, with its reason after it
  ['Right, the MOT needs shifting to the 3rd, garage rang.', 'set_due_date', { date: 'the 3rd' }, t('MOT')],
  ['plz make taxes high priority im freaking out', 'set_priority', { priority: 'high' }, t('taxes')],
  // A series made of a change to a task there is is asked
  ['Bins out should happen every Tuesday evening, set it to repeat', null],
  ['Could you pop the bin collection onto a fortnightly repeat, ta', null],
  // A note on a task named first
  ['add to the roof repair task a note, the quote was 850', 'update_task', { description: 'the quote was 850' }, t('roof repair')],
  ['For the passport one, add that I need 2 photos', 'update_task', { description: 'I need 2 photos' }, t('passport')],
  // A wish for a task there is is its change
  [
    'would be great if the team standup just repeated every weekday tbh',
    'update_task',
    { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
    t('team standup'),
  ],
  ["it'd be nice if the vet was on friday", 'set_due_date', { date: 'friday' }, t('vet')],
  // A when said in place of another changes a task there is: asked, never a new series
  ["repeat 'weekly report' on mondays instead of fridays", null],
  // A task's reminder named first, or moved "instead" before a reason, is the reminder's change, never the due date's
  ['change the reminder on the pharmacy one to tomorrow instead, i wont make it today', 'set_reminder', { at: 'tomorrow' }, t('pharmacy')],
  ['the milk reminder - make it 5pm', 'set_reminder', { at: '5pm' }, t('milk')],
  ['reminder on the milk task - make it 5pm instead of 6', 'set_reminder', { at: '5pm' }, t('milk')],
  // Titles that are a change in other words are never a chore
  ['add a second reminder to the tax return, day of at 9am too', null],
  ['when the car service is due, remind me the morning of', null],
  ['put a "calls" tag on ring the bank and call Nani', null],
  ['the client deck one should be tagged acme not globex', null],
  // A level said as a clause, or between two fields, is the new task's priority
  ['renew car insurance, this is urgent, due friday', 'add_task', { title: 'renew car insurance', priority: 'high', due_date: 'friday' }],
  ['buy milk, urgent, due friday', 'add_task', { title: 'buy milk', priority: 'high', due_date: 'friday' }],
  // Words of a request pointing back, or of a series' end, are no task's name
  ["Mum's birthday is 4 March, make it come round every year", null],
  ['finished the slides and emailed sarah, tick both off', null],
  ['stop repeating the invoice after march', null],
  ['the rest of the work stuff can wait', null],
  // A task named up to "one" or in quotes; what follows is a remark
  ['downgrade the library books one, theyre not due for ages', 'set_priority', { priority: 'low' }, t('library books')],
  ['remove the "learn spanish" task altogether', 'delete_task', {}, t('learn spanish')],
  // A title in quotes put in, or put somewhere with a when or a level after it, is a task to add
  ['put in "haircut" next tues at half 3', 'add_task', { title: 'haircut', due_date: 'next tues at half 3' }],
  ['chuck "book flights" in as high pri', 'add_task', { title: 'book flights', priority: 'high' }],
  ["chuck 'book flights' in as high pri, need it done before prices go up", 'add_task', { title: 'book flights', priority: 'high' }],
  ['stick "buy light bulbs" in groceries for whenever', 'add_task', { title: 'buy light bulbs', priority: 'low', project: 'Groceries' }],
  ['create a task "quarterly tax" due 2025-01-15 high', 'add_task', { title: 'quarterly tax', priority: 'high', due_date: '2025-01-15' }],
  // Done said without "as"; a friend addressed is no word of the task
  ['mark the electricity bill paid', 'complete_task', {}, t('electricity bill')],
  ['mate, the bbq prep isnt till sunday arvo, fix the date', 'set_due_date', { date: 'sunday arvo' }, t('bbq prep')],
  // Questions about the list
  ['have i already got a task for the plumber?', 'search_tasks', { query: 'plumber' }],
  ['list completed tasks in work from last month', 'filter_tasks', { completed: 'last_month', status: 'completed', project: 'Work' }],
  ['what have i finished this month', 'filter_tasks', { completed: 'this_month', status: 'completed' }],
  ['give me a rundown of everything due this fortnight', 'filter_tasks', { due_before: 'in 14 days 24:00', due_after: 'today 00:00' }],
  ['can you show my work tasks sorted by due date', 'sort_tasks', { field: 'due_date', project: 'Work' }],
  ['list the wedding tagged ones by date', 'filter_tasks', { tags: ['wedding'] }],
  // A deletion after a reason about the speaker is read; after a reason about a thing it is asked
  ['sorry im so disorganised this week, can you just delete the yoga one', 'delete_task', {}, t('yoga')],
  ['the gym closed, delete the gym one', null],
  // Reminders in other words
  ['alarm 5:45am flight check-in', 'set_reminder', { at: '5:45am' }, t('flight check-in')],
  ['can u ping me at 9 tmrw re: the insurance claim', 'set_reminder', { at: '9 tomorrow' }, t('insurance claim')],
  ['i need a reminder for that dentist thing, day before is fine', 'set_reminder', { before: '1d' }, t('dentist')],
  ['remind me about the council rates a week out', 'set_reminder', { before: '1w' }, t('council rates')],
  // A level after a quoted title is the new task's, never one it negates
  ['add "get quotes for the fence" - not urgent', 'add_task', { title: 'get quotes for the fence', priority: 'low' }],
  ['add "get quotes for the fence" not urgent', 'add_task', { title: 'get quotes for the fence', priority: 'low' }],
  // Counted weekends are a length of time, never a rule; a remark after a comma, a question mark or "at last" is no
  // word of the task
  ['fixed the gate latch at last, only took 3 weekends lol', 'complete_task', {}, t('gate latch')],
  ['ticked off the gym today 💪', 'complete_task', {}, t('gym')],
  ['can you un-complete the slides? boss wants edits', 'complete_task', { completed: false }, t('slides')],
  ['consider the gutters cleaned', 'complete_task', {}, t('gutters')],
  // A place in a list shown before, or a second request joined to the task's words, is asked
  ["that first one's done", null],
  ['tick off the dentist and make a new one for the 6 month checkup', null],
  // A deadline said as "needs doing …" is the due date; "at some point" before a date says when within it
  ['add the essay, needs doing in a couple of days', 'add_task', { title: 'the essay', due_date: 'in 2 days' }],
  ['I should probably book a haircut at some point next week', 'add_task', { title: 'book a haircut', due_date: 'next week' }],
  ['ring the bank re: mortgage, mid next month', 'add_task', { title: 'ring the bank re: mortgage', due_date: 'mid next month' }],
  // A sort by time is by due date, never a report of something sorted out
  ['todays list, sorted by time pls', 'sort_tasks', { field: 'due_date' }],
  // An apology before a request, and a rule or a date said first for a task named as one, change the task
  ['sorry can you make the tax return task repeat yearly on 31 oct', 'update_task', { recurring: 'FREQ=YEARLY' }, t('tax return')],
  ['monthly for the pay rent task, on the 1st', 'update_task', { recurring: 'FREQ=MONTHLY;BYMONTHDAY=1' }, t('pay rent')],
  ['3pm for task 4', 'set_due_date', { date: '3pm' }, id(4)],
  // A rule corrected, or asked of "it", is asked, never a new series
  ['its every other saturday for the farmers market, not every saturday', null],
  ['can it be a weekly thing, fridays?', null],
  // How it was asked is no word of the task
  ['can that one be due at 3pm instead of noon?', 'set_due_date', { date: '3pm' }, last],
  ['can the gym be due at 3pm instead of noon?', 'set_due_date', { date: '3pm' }, t('gym')],
  ['i want the dog walk reminder at 6:30 pm not 7', 'set_reminder', { at: '6:30pm' }, t('dog walk')],
  ['no reminder needed for the recycling anymore', 'set_reminder', { clear: true }, t('recycling')],
  ['it should be in groceries actually', 'move_task', { project: 'Groceries' }, last],
  // How a question goes on is no tag; another question after a day is no part of it
  ['anything high priority sitting in work?', 'filter_tasks', { priority: ['high'], project: 'Work' }],
  [
    'have i got anything on saturday or am i free to go fishing',
    'filter_tasks',
    { due_after: 'saturday 00:00', due_before: 'saturday 24:00' },
  ],
  // "24/7" before what it describes is all day, every day
  ['add review 24/7 support rota', 'add_task', { title: 'review 24/7 support rota' }],
  ['add call on 24/7', 'add_task', { title: 'call', due_date: '24/7' }],
  // A task's words, a break, then a change of its priority: asked, never a chore titled with both
  ['fix squeaky door - lower the priority', null],
  // A preference, a reminder's lead time after the task, "preponed" said of a task there is
  ["I'd prefer the quarterly report on monday tbh", 'set_due_date', { date: 'monday' }, t('quarterly report')],
  ['the pharmacy pickup - set a reminder 30 min before', 'set_reminder', { before: '30m' }, t('pharmacy pickup')],
  ['the deadline on the ppt for Rohan sir has been preponed to wednesday', 'set_due_date', { date: 'wednesday' }, t('ppt for Rohan sir')],
  // Days said first with "only", a field a new task has anyway, a reminder asked after the task, two changes of one task
  [
    'weekends only: long run, 6am',
    'create_recurring',
    { title: 'long run', pattern: 'FREQ=WEEKLY;BYDAY=SA,SU', due_date: 'saturday or sunday at 6am' },
  ],
  ['jot down: look into solar panels, no date, work', 'add_task', { title: 'look into solar panels', project: 'Work' }],
  [
    'I keep forgetting to take the chicken out of the freezer, can you remind me at 5 tonight',
    'add_task',
    { title: 'take the chicken out of the freezer', due_date: 'at 5 tonight', remind_before: '0m' },
  ],
  ['can the paint samples thing go under work and be tagged diy', null],
  ['un-urgent the newsletter one, it got pushed', 'set_priority', { priority: 'low' }, t('newsletter')],
  // A level said with "priority" is no order; a new task after an arrow; a day said first with commas; a date as a
  // heading; a change said as a swap from one value to another; a note asked after the task; news of a change with a
  // bare ask to make it; a title in quotes kept whole; two things reported done at once
  [
    'Order dog food by Friday, tag pets, medium priority',
    'add_task',
    { title: 'Order dog food', priority: 'medium', tags: ['pets'], due_date: 'Friday' },
  ],
  ['new todo -> fix squeaky door hinge', 'add_task', { title: 'fix squeaky door hinge' }],
  ['friday, dentist, 3pm', 'add_task', { title: 'dentist', due_date: 'friday 3pm' }],
  ['get rid of the due date on "learn spanish", there\'s no rush on that', 'set_due_date', { date: null }, t('learn spanish')],
  ['gimme the top 5 most urgent', 'filter_tasks', { priority: ['high'], limit: 5 }],
  ['end of the week: finish reading the contract', 'add_task', { title: 'finish reading the contract', due_date: 'end of the week' }],
  ['end of the week: call the bank', 'add_task', { title: 'call the bank', due_date: 'end of the week' }],
  ['swap the laundry from weekly to every other week', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, t('laundry')],
  [
    "the book club task - can you add that we're reading Middlemarch",
    'update_task',
    { description: "we're reading Middlemarch" },
    t('book club'),
  ],
  [
    'bin day is every thursday night now, not wednesday — update the bins one pls',
    'update_task',
    { recurring: 'FREQ=WEEKLY;BYDAY=TH' },
    t('bin day'),
  ],
  ['rename "buy stuff" to "buy birthday present for Jake"', 'update_task', { title: 'buy birthday present for Jake' }, t('buy stuff')],
  ['change the diet plan to start monday', 'set_due_date', { date: 'monday' }, t('diet plan')],
  ['returned the library books and picked up the prescription', null],
  ['I called mum and booked the dentist', null],
  // Details said as short sentences after a new task; a level in brackets after a day said first; what a task is for
  // said before its title; a quoted title added "to" a date; a hedged time after a day; a span ahead led to by "sometime
  // in the"; a reminder set up; two days asked about together; a due-date order on a window; a level as a heading over a
  // task's name (asked); a level dropped to, with why after it
  [
    'Could you please add a task to book the car in for its MOT before the 14th? Tag it car.',
    'add_task',
    { title: 'book the car in for its MOT', tags: ['car'], due_date: 'the 14th' },
  ],
  [
    'add task: return library books. due wednesday. low.',
    'add_task',
    { title: 'return library books', priority: 'low', due_date: 'wednesday' },
  ],
  ['add dr. smith appointment friday', 'add_task', { title: 'dr. smith appointment', due_date: 'friday' }],
  [
    '3pm today - ring the school about the permission slip (medium)',
    'add_task',
    { title: 'ring the school about the permission slip', priority: 'medium', due_date: '3pm today' },
  ],
  [
    'add a task for the car: oil change, 2 weeks from today, medium',
    'add_task',
    { title: 'oil change', priority: 'medium', due_date: '2 weeks from today' },
  ],
  [
    "add 'get quote for boiler service' to next week, tag house",
    'add_task',
    { title: 'get quote for boiler service', tags: ['house'], due_date: 'next week' },
  ],
  ['call grandma sunday evening around 6', 'add_task', { title: 'call grandma', due_date: 'sunday evening around 6' }],
  ['walk tomorrow about 5 miles', 'add_task', { title: 'walk about 5 miles', due_date: 'tomorrow' }],
  ['book a smear test sometime in the next 2 weeks', 'add_task', { title: 'book a smear test', due_date: 'next 2 weeks' }],
  [
    'set up a reminder to pick up the prescription on Wednesday at 10',
    'add_task',
    { title: 'pick up the prescription', due_date: 'Wednesday at 10', remind_before: '0m' },
  ],
  ['show me today and tomorrow', 'filter_tasks', { due_before: 'tomorrow 24:00', due_after: 'today 00:00' }],
  ['show me whats due this month sorted by date', 'filter_tasks', { due_before: 'the end of the month 24:00' }],
  ['top priority: the slide deck', null],
  ['urgent: renew the car insurance', 'add_task', { title: 'renew the car insurance', priority: 'high' }],
  ["jamie's PR review — drop to low, he's on leave", 'set_priority', { priority: 'low' }, t("jamie's PR review")],
  ['drop the PR review to low, it can wait', 'set_priority', { priority: 'low' }, t('PR review')],
  // News that did not happen is no task done; news of a new day moves the task; a rule said of a task without "the",
  // the old rule after it; a reason with "'s" before a day; a lapse after a dash; a reminder asked after the task named
  ["the plumber STILL hasn't turned up", null],
  ["the plumber rang, he's coming wednesday now instead", 'set_due_date', { date: 'wednesday' }, t('plumber')],
  ['dentist cancelled on me AGAIN lol, rebooked for next tues at 3', 'set_due_date', { date: 'next tues at 3' }, t('dentist')],
  [
    'filter change for the aircon is every 3 months not every month lol',
    'update_task',
    { recurring: 'FREQ=MONTHLY;INTERVAL=3' },
    t('filter change for the aircon'),
  ],
  [
    "make Leo's birthday present high, the party's sunday and i've got nothing",
    'set_priority',
    { priority: 'high' },
    t("Leo's birthday present"),
  ],
  ['renew the car insurance - it runs out on 03/04', 'add_task', { title: 'renew the car insurance', due_date: '03/04' }],
  ["for dad's card, remind me on the monday so i can post it", 'set_reminder', { at: 'on monday' }, t("dad's card")],
  // A project asked for after a new task with a comma, a dash or an emoji; a task named with "the" and put somewhere moves
  ['bin bags, add to groceries', 'add_task', { title: 'bin bags', project: 'Groceries' }],
  ['order the banner, put it under work, p2', 'add_task', { title: 'order the banner', priority: 'medium', project: 'Work' }],
  ['the report, put it in work', 'move_task', { project: 'Work' }, t('report')],
  // A comma chrono takes after a weekday stays the sentence's
  ['get bday present for liv by fri, nothing fancy', 'add_task', { title: 'get bday present for liv, nothing fancy', due_date: 'fri' }],
  // A question asked through "tell me if", a day said before it, or how much is on; the whole list with the done ones;
  // news of a new day; how it went after a task done; a plural task pointed at as "them"; a one-off that was a series;
  // "that" as a note; a reason after a tag or a move; a shift said without a verb; a series until it is settled; a
  // thing to find out is a task, never one done
  ["can you tell me if there's anything due friday", 'filter_tasks', { due_before: 'friday 24:00', due_after: 'friday 00:00' }],
  [
    'Could you let me know whether anything is due on Tuesday, please?',
    'filter_tasks',
    { due_before: 'Tuesday 24:00', due_after: 'Tuesday 00:00' },
  ],
  ['please tell me if the plumber task is done', null],
  ['was there one about the fence', 'search_tasks', { query: 'fence' }],
  ['before xmas what do i need to get done', 'filter_tasks', { due_before: 'xmas 00:00' }],
  ['this weekend... anything?', 'filter_tasks', { due_before: 'sunday 24:00', due_after: 'saturday 00:00' }],
  ['how much is on my plate for work this week', 'filter_tasks', { due: 'this_week', project: 'Work' }],
  [
    'Work due next month',
    'filter_tasks',
    { due_before: 'the end of next month 24:00', due_after: 'the 1st of next month 00:00', project: 'Work' },
  ],
  ['rest of the week pls', 'filter_tasks', { due: 'this_week' }],
  ['health related tasks', 'search_tasks', { query: 'health' }],
  ['gimme the full list, done ones too', 'list_tasks', {}],
  ['all tasks, done and not done', 'list_tasks', {}],
  ["plumber just texted, he can't make it until next wednesday now", 'set_due_date', { date: 'next wednesday' }, t('plumber')],
  ["the dentist rang, they've moved me to the 19th at 9:40", 'set_due_date', { date: 'the 19th at 9:40' }, t('dentist')],
  ['sorted the car insurance, went with admiral in the end', 'complete_task', {}, t('car insurance')],
  ['finished the team report, sent it to Jo', 'complete_task', {}, t('team report')],
  ['lisbon flights - can we do them this weekend instead', 'set_due_date', { date: 'this weekend' }, t('lisbon flights')],
  ['right, the flights. move those to next month please', 'set_due_date', { date: 'next month' }, t('flights')],
  ['put the plumber under work, its for the bathroom', 'add_tag', { tag: 'work' }, t('plumber')],
  [
    "the report isn't weekly any more, it's just a one-off this friday",
    'update_task',
    { recurring: null, due_date: 'this friday' },
    t('report'),
  ],
  ['school form, she needs £5 too so add that as a note', 'update_task', { description: 'she needs £5 too' }, t('school form')],
  [
    'sarah wants the forecast in, can you add that as a note on the budget email',
    'update_task',
    { description: 'sarah wants the forecast in' },
    t('budget email'),
  ],
  ['add that as a note', null],
  ["untag the gym from health, it's more of a social thing tbh", 'remove_tag', { tag: 'health' }, t('gym')],
  ['VAT return one day earlier pls', 'postpone_task', { by: '-P1D' }, t('VAT return')],
  [
    "chase the insurance claim every monday until it's paid",
    'create_recurring',
    { title: 'chase the insurance claim', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' },
  ],
  ['just remembered - library books due the 17th 😬', null],
  [
    'in a month check whether the new hedge plants have taken',
    'add_task',
    { title: 'check whether the new hedge plants have taken', due_date: 'in a month' },
  ],
  ['check if the parcel has arrived', 'add_task', { title: 'check if the parcel has arrived' }],
  // Levels listed or all but one; the next hours; words searched for "in it", "re:", "abt"; asked whether it was already
  // done or written down; the field after "sorted by"; a reminder "for me to"; the verb before a project's name; a task
  // with no title; written down, never a move or news
  ['high and medium only', 'filter_tasks', { priority: ['high', 'medium'] }],
  ['everything except the low priority ones', 'filter_tasks', { priority: ['high', 'medium'] }],
  ['just the top priority things pls', 'filter_tasks', { priority: ['high'] }],
  ['anything due in the next hour??', 'filter_tasks', { due_before: 'in 1 hour', due_after: 'now' }],
  ['anything in the next 48 hrs', 'filter_tasks', { due_before: 'in 48 hours', due_after: 'now' }],
  ['anything w/ school trip in it', 'search_tasks', { query: 'school trip' }],
  ['anything re: council tax', 'search_tasks', { query: 'council tax' }],
  ['did i put down to call the bank', 'search_tasks', { query: 'call the bank' }],
  ['did i already finish the passport renewal?', 'search_tasks', { query: 'passport renewal' }],
  ['i know i added smth about a birthday present, where is it', 'search_tasks', { query: 'birthday present' }],
  ['lookin for the thing abt the gym membership', 'search_tasks', { query: 'gym membership' }],
  ['lemme see everything due this week sorted by priority', 'sort_tasks', { field: 'priority' }],
  [
    'Would you mind adding a reminder for me to book the car wash on Saturday around 10? Cheers',
    'add_task',
    { title: 'book the car wash', due_date: 'Saturday around 10', remind_before: '0m' },
  ],
  [
    'Put in my work list: quarterly review prep, due 2 weeks from today',
    'add_task',
    { title: 'quarterly review prep', due_date: '2 weeks from today', project: 'Work' },
  ],
  ['add a task for friday', null],
  [
    'uhh can u put down get passport photos done sometime b4 the 5th',
    'add_task',
    { title: 'get passport photos done', priority: 'low', due_date: 'the 5th' },
  ],
  ['add get passport photos done', null],
  ["the bins aren't fortnightly any more. they're a one-time thing now", 'update_task', { recurring: null }, t('bins')],
  // A day said first, then the errand: with a verb that also edits, "the day after tomorrow" without "the", a loose hour
  // before the day, "mid-afternoon", "in like 2 hrs"; a call for attention after the task, a lead without its unit, why
  // the reminder is wanted
  ['in 2 hours check the sourdough', 'add_task', { title: 'check the sourdough', due_date: 'in 2 hours' }],
  ['next month switch energy supplier', 'add_task', { title: 'switch energy supplier', due_date: 'next month' }],
  ['start of next month - cancel old phone contract', 'add_task', { title: 'cancel old phone contract', due_date: 'start of next month' }],
  ['by the weekend fix the kids bike puncture', 'add_task', { title: 'fix the kids bike puncture', due_date: 'weekend' }],
  ['day after tomorrow - chase the invoice', 'add_task', { title: 'chase the invoice', due_date: 'day after tomorrow' }],
  ['around 4 tomorrow ring the council', 'add_task', { title: 'ring the council', due_date: 'around 4 tomorrow' }],
  [
    'noonish wed - collect the new keys from the estate agent',
    'add_task',
    { title: 'collect the new keys from the estate agent', due_date: 'noonish wed' },
  ],
  ['mid-afternoon sunday — bath the dog', 'add_task', { title: 'bath the dog', due_date: 'mid-afternoon sunday' }],
  ['in like 2 hrs check on the sourdough', 'add_task', { title: 'check on the sourdough', due_date: 'in like 2 hrs' }],
  [
    '10am tomorrow: conference call with suppliers, ping me 15 before',
    'add_task',
    { title: 'conference call with suppliers', due_date: '10am tomorrow', remind_before: '15m' },
  ],
  [
    'plant swap 18th may 10am, remind me the week before so i can pot up cuttings',
    'add_task',
    { title: 'plant swap', due_date: '18th may 10am', remind_before: '1w' },
  ],
  [
    'take the chicken out at 5:45, buzz me 5 min early',
    'add_task',
    { title: 'take the chicken out', due_date: 'at 5:45', remind_before: '5m' },
  ],
  // A level said after "flag it"; a task asked about first ("you know the …?"); musing and someone else's call change
  // nothing; "also" after a task named first; several tags for it
  ['flag it high', 'set_priority', { priority: 'high' }, last],
  ['the plumber one - can you make it tomorrow and flag it high', 'update_task', { due_date: 'tomorrow', priority: 'high' }, t('plumber')],
  ['you know the tap job? stick it in work', 'move_task', { project: 'Work' }, t('tap job')],
  ['remember when we used to have weekends? haha', null],
  ['I should really exercise more, but whatever', null],
  ["my mom called today, she's doing better", null],
  ['weekly review: also tag it #habits', 'add_tag', { tag: 'habits' }, t('weekly review')],
  ['invoice to acme: add tag #clients and #billing', 'add_tag', { tags: ['clients', 'billing'] }, t('invoice to acme')],
  // A task given a reminder is reminded of, never a task "give …" added
  ['the birthday cake one, can you give it a reminder the day before', 'set_reminder', { before: '1d' }, t('birthday cake')],
  ['give the dentist a reminder an hour before', 'set_reminder', { before: '1h' }, t('dentist')],
  // The done ones of a window asked as a listing, never a task "last month" completed
  ['show completed for last month', 'filter_tasks', { completed: 'last_month', status: 'completed' }],
  ['completed tasks last month', 'filter_tasks', { completed: 'last_month', status: 'completed' }],
  ['show me finished tasks from yesterday', 'filter_tasks', { completed: 'yesterday', status: 'completed' }],
  // A time, then the day of the month it falls on; the deadline's own words leave the title
  [
    'apply for the grad scheme, closes 11:59pm on the 30th',
    'add_task',
    { title: 'apply for the grad scheme', due_date: 'the 30th at 11:59pm' },
  ],
  ['add call jo at 5 on the 3rd', 'add_task', { title: 'call jo', due_date: 'the 3rd at 5' }],
  [
    'gotta register aarav for cricket coaching, last date is next sunday',
    'add_task',
    { title: 'register aarav for cricket coaching', due_date: 'next sunday' },
  ],
  ['the report, closing date is friday', 'set_due_date', { date: 'friday' }, t('report')],
  // A whole date said first, then the work to do then
  ['end of the month do the expenses', 'add_task', { title: 'do the expenses', due_date: 'end of the month' }],
  [
    'the day after tomorrow drop the car at the garage',
    'add_task',
    { title: 'drop the car at the garage', due_date: 'the day after tomorrow' },
  ],
  ['on the 15th pay the window cleaner', 'add_task', { title: 'pay the window cleaner', due_date: 'the 15th' }],
  ['friday drop the yoga task', null],
  // Moves said with "shove", "shunt" and "down the road"
  ['shove laundry to sat', 'set_due_date', { date: 'saturday' }, t('laundry')],
  ['kick the bathroom grout job down the road a couple weeks', 'postpone_task', { by: 'P2W' }, t('bathroom grout job')],
  // A weekday said last after what one has; "owt" is anything
  ['whats on my plate thurs', 'filter_tasks', { due_after: 'thurs 00:00', due_before: 'thurs 24:00' }],
  ['have i got owt on monday', 'filter_tasks', { due_after: 'monday 00:00', due_before: 'monday 24:00' }],
  // A question about one task: "get round to" and "or not" are no words of it
  ['did i ever get round to booking the mot', 'search_tasks', { query: 'mot' }],
  ['did i pay the water bill or not', 'search_tasks', { query: 'water bill' }],
  // A tag after a bare "w"; "sometime" before a month; a rule that "can be"; days and their part in the plural
  ['tag the flight stuff w travel', 'add_tag', { tag: 'travel' }, t('flight')],
  ['book flu jab sometime in october', 'add_task', { title: 'book flu jab', due_date: 'in october' }],
  ['the lawn mowing can be weekly now', 'update_task', { recurring: 'weekly' }, t('lawn mowing')],
  [
    'gym mon + wed evenings',
    'create_recurring',
    { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE', due_date: 'monday or wednesday evening' },
  ],
  // A title in double quotes, remarks after it
  ['get rid of "learn guitar" lets be honest its never happening', 'delete_task', {}, t('learn guitar')],
  // "you can" and "for me" around the verb; the when asked for in passing
  [
    'Please you can add for me meeting with teacher of my son on wednesday 3 o clock',
    'add_task',
    { title: 'meeting with teacher of my son', due_date: 'wednesday 3 o clock' },
  ],
  [
    'okay so um I need to call the insurance company about the claim and uh can you set it for wednesday afternoon',
    'add_task',
    { title: 'call the insurance company about the claim', due_date: 'wednesday afternoon' },
  ],
  // A deed done to "it" after a task ticked off restates it; "completed last month" names no task
  ['check off W-9, recieved it this morning', 'complete_task', {}, t('W-9')],
  ['tick off the gas bill, paid it yesterday', 'complete_task', {}, t('gas bill')],
  ['completed last month', null],
  // "instead" after a change with its verb; COB before a day; a form's number is no clock time
  [
    'change standup update to every weekday at 10 instead',
    'update_task',
    { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', due_date: 'monday or tuesday or wednesday or thursday or friday at 10' },
    t('standup update'),
  ],
  ['put timesheets on my list for COB thursday', 'add_task', { title: 'timesheets', due_date: 'COB thursday' }],
  [
    'yearly jan 31 - send 1099s to contractors, high',
    'create_recurring',
    { title: 'send 1099s to contractors', pattern: 'FREQ=YEARLY', due_date: 'jan 31', priority: 'high' },
  ],
  // A quoted title keeps no particle of "put … on"
  [
    'can you put "1:1 prep - Alex" on for tomorrow 1:30 and remind me 30 min before',
    'add_task',
    { title: '1:1 prep - Alex', due_date: 'tomorrow 1:30', remind_before: '30m' },
  ],
  // "tag it" with more said after a comma, or tags joined by "&", is never a task titled with the other words
  ['sociology essay due 3rd march, tag it uni, low priority', null],
  ['expense report for the Chicago trip, due the 30th, tag finance & travel', null],
  // "lose the … thing" deletes it; the cake is no misspelt "make"; reminders are no tag
  ['lose the British Gas thing, we switched to Octopus', 'delete_task', {}, t('British Gas')],
  ['cake for janets do needs to be thursday not fri, party got moved', null],
  ['what reminders have I got set for today', 'filter_tasks', { due: 'today' }],
  ['what was that thing i had to do for sarah', 'search_tasks', { query: 'sarah' }],
  // A reason run on after the new level or a request of "it", also after a task said first
  ["bump it up to high they're keen to get going", 'set_priority', { priority: 'high' }, last],
  ['the dentist thing, delete it i already went', 'delete_task', {}, t('dentist')],
  ['delete it i already went', 'delete_task', {}, last],
  ["the quote for the baxters, bump it up to high, they're keen", 'set_priority', { priority: 'high' }, t('quote for the baxters')],
  [
    "the quote for the baxters, bump it up to high they're keen to get going",
    'set_priority',
    { priority: 'high' },
    t('quote for the baxters'),
  ],
  // A rhythm said inside a task's words asks; an amount of time or money is how it went; "no point …" is why; what
  // follows "so" is what is not needed
  ["Nan's eye drops is actually twice a day now, morning and night", null],
  ['Cancelled Sky, 40 mins on hold but its done', null],
  [
    'put off the council streetlight call til next week, no point ringing on a bank holiday',
    'set_due_date',
    { date: 'next week' },
    t('council streetlight call'),
  ],
  ['the mill rd flat is sold so i dont need the gas cert anymore, delete it', 'delete_task', {}, t('gas cert')],
];

/** The last change taken back, in other words. */
const UNDONE = [
  'oops, undo that',
  'scrap that last change',
  'scratch that last change',
  'oops, didnt mean to delete that, bring it back',
  'oops, didnt mean to tick that',
  'bring it back',
  'i didnt mean to do that',
  'restore the task I just deleted',
];

function asCall(value: Interpretation) {
  if (value.kind !== 'call') return { tool: null };
  return { tool: value.tool, args: value.args, target: value.target ?? null };
}

describe('requests typed the first time', () => {
  it.each(READINGS)('reads %j as %s', (phrase, tool, args = {}, target) => {
    const got = asCall(interpret(phrase, { projects: ['Inbox', 'Groceries', 'Work'] }));
    expect(got).toEqual(tool === null ? { tool: null } : { tool, args, target: target ?? null });
  });
});

describe('the last change taken back', () => {
  it.each(UNDONE)('reads %j as undo', (phrase) => {
    expect(interpret(phrase, { projects: ['Inbox', 'Groceries', 'Work'] })).toEqual({ kind: 'undo' });
  });
});

describe('a new task put under a project of two words', () => {
  it('goes in the project, with its when; under one word it is tagged', () => {
    const known = { projects: ['Inbox', 'Garden Club', 'Work'] };
    expect(interpret('add plan fete stall under garden club for next tuesday', known)).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'plan fete stall', due_date: 'next tuesday', project: 'Garden Club' },
    });
    expect(interpret('add call the plumber under work', known)).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'call the plumber', tags: ['work'] },
    });
  });
});
