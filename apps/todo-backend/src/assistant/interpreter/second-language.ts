// English as people write it whose first language lends it its shapes: verbs taken word for word ("do a new task",
// "make me remember", "erase", "take out", "mark like done"), prepositions from another language ("until friday" for
// "by friday", "of two days", "in the evening of tuesday"), times and dates as Europe writes them ("at 17h", "5.3",
// "5 o'clock of the afternoon"), formal politeness ("I would like that you …", "would you be so kind to …"), a
// negation without "do" ("not remind me more"), "it" before the verb ("the laundry I have it finished"). Each is
// said once the way the rest of the rules read it, before the sentence is read; nothing here decides what is meant.

import { dayOrdinal, MONTH_NAMES, MONTH_WORD, WEEKDAY_NAME } from '../calendar-words.ts';
import {
  LEVELS_SAID_OTHERWISE,
  LISTS_AND_CHANGES_SAID_OTHERWISE,
  REMINDERS_AND_MOVES_SAID_OTHERWISE,
  type Rewrite,
} from './second-language-more.ts';

/**
 * Where "until" means until: a task put off ("park the newsletter until next week") or a rule that ends ("every day
 * until friday take the antibiotics").
 */
const UNTIL_MEANT =
  /\b(?:put(?=\s.*\b(?:off|back)\s+until\s)|park|postpone|delay|snooze|push|defer|hold|leave|wait|keep|pause|stop|repeat|recur|repeating|recurring|every|each|daily|weekly|fortnightly|monthly|yearly|annually)\b/i;

/**
 * "Send the CV not Send the CB": a wrong name said after the right one starts as it does; "Do not disturb sign" has
 * no such second part and stays whole.
 */
function withoutWrongName(title: string): string {
  const [right = title, wrong] = title.split(/,?\s+(?:and\s+not|not|instead\s+of)\s+/i);
  const firstWord = (words: string) => words.trim().split(/\s+/)[0]?.toLowerCase();
  return wrong !== undefined && firstWord(right) === firstWord(wrong) ? right : title;
}

/** "the project Garden Club is shared" → "the Garden Club project is shared": the capitalised words are the name. */
function projectNameFirst(all: string, words: string): string {
  const name: string[] = [];
  for (const word of words.split(/\s+/)) {
    if (word[0] === word[0]?.toLowerCase()) break;
    name.push(word);
  }
  if (name.length === 0) return all;
  const rest = words.split(/\s+/).slice(name.length).join(' ');
  return `the ${name.join(' ')} project${rest ? ` ${rest}` : ''}`;
}

/** Politeness around a request ("please …", "…, thanks!"): set aside while the request is rewritten, then put back. */
const POLITE_BEFORE = /^(?:please|pls|plz|kindly)[,\s]+/i;
const THANKS_AFTER = /(?:[,.!\s]+(?:please|pls|plz|thanks|thank\s+you(?:\s+very\s+much)?|thx)[.!]*)+$/i;

const REWRITES: Rewrite[] = [
  // "modify the name of …".
  [/^modify\s+/i, 'change '],
  // "I would like that you add …", "I would like that the task 8 is called …": a wish said as a clause.
  [/\bi\s+(?:would\s+)?(?:like|want|need)\s+that\s+you\s+(?=[a-z])|\bi\s+would\s+(?:like|want)\s+you\s+to\s+(?=[a-z])/i, ''],
  [/\bi\s+would\s+like\s+that\s+(?=the\b|task\b|#?\d)/i, ''],
  [/\bi\s+would\s+like\s+to\s+(?=(?:add|create|share|delete|remove|see|rename|move|mark|set|change)\b)/i, ''],
  // "would you be so kind to add …".
  [/\b(?:would|could|can)\s+you\s+be\s+so\s+kind\s+(?:as\s+)?to\s+/i, ''],
  // "do a new task: …", "make a new task …", "do a new project with the name Wedding".
  [
    /\b(?:do|make|create)\s+(?:me\s+)?a\s+new\s+project\s+(?:with\s+the\s+name|with\s+name|of\s+name|named|called)\s+/i,
    'create a project called ',
  ],
  [/\b(?:do|make)\s+(?:me\s+)?a\s+new\s+(task|todo|to-do|item)\b/i, 'add a new $1'],
  // "add for me buy stamps", "could you add for me the task …": for whom, said before what.
  [/(?:^|(?<=\b(?:you|please|pls)\s+))(add|put|create|write)\s+for\s+me\s+(?=\S)/i, '$1 '],
  // "new task with name Renew visa", "add task with the title Call bank": the title given as "called" gives it.
  [/\b(task|todo|to-do|item)\s+with\s+(?:the\s+)?(?:name|title)\s*:?\s+(?=\S)/i, '$1 called '],
  // "add one task for call the bank": "one" for "a", and "for" before the errand's verb for "to".
  [/\b(add|create|make|do|put)\s+one\s+(new\s+)?(task|todo|to-do|item)\b/i, '$1 a $2$3'],
  [
    /\b(an?\s+(?:new\s+)?(?:task|todo|to-do|item))\s+for\s+(?=(?:call|buy|pay|send|book|write|clean|fix|get|take|bring|renew|visit|go|pick|order|check|ask|email|prepare|return|cancel|repair|wash|water|feed|meet|see|read|study|finish)\b)/i,
    '$1 to ',
  ],
  // "a reminder on friday for pay the rent": "for" before the errand's verb for "to".
  [
    /\b(reminder\b[^,]*?)\s+for\s+(?=(?:call|buy|pay|send|book|write|clean|fix|get|take|bring|renew|visit|go|pick|order|check|ask|email|prepare|return|cancel|repair|wash|water|feed|meet|see|read|study|finish)\b)/i,
    '$1 to ',
  ],
  // "remember to me to buy bread", "don't let me to forget the keys".
  [/\bremember\s+to\s+me\s+(?=to\b|at\b|on\b|tomorrow\b)/i, 'remind me '],
  [/\blet\s+me\s+to\s+forget\b/i, 'let me forget'],
  // "at 9 hours", "at 17 hours": an hour of the clock, never nine hours from now.
  [/\bat\s+([01]?\d|2[0-3])\s+hours?\b/i, (_all, hour = '') => `at ${hour}:00`],
  // "in the next monday", "the next week": the coming one.
  [
    new RegExp(
      String.raw`\b(?:(?:in|on|at|for)\s+the\s+next\s+(${WEEKDAY_NAME}|week|month|weekend)|the\s+next\s+(${WEEKDAY_NAME}))\b`,
      'i',
    ),
    (_all, when = '', day = '') => `next ${when || day}`,
  ],
  // "add buy bread to tomorrow": the day a new task is for.
  [/^((?:please\s+)?add\b.*?)\s+to\s+(tomorrow|today|tonight)\b/i, '$1 $2'],
  // "make a task for to call the plumber\": "for to" as "para" and "pour" say it.
  [/\bfor\s+to\s+(?=[a-z])/i, 'to '],
  // "put a task of cleaning the balcony": the task "of" what it is about.
  [/^(?:put|do|make)\s+a\s+(?:new\s+)?(?:task|todo|to-do)\s+(?:of|about)\s+/i, 'add '],
  // "… which repeats each two weeks: …": the rule said as a relative clause of the new task.
  [/(\badd\s+a\s+new\s+(?:task|todo|to-do|item))\s+(?:which|that)\s+(?:repeats|is\s+repeating|repeat)\s+/i, '$1 '],
  ...REMINDERS_AND_MOVES_SAID_OTHERWISE,
  // "make me remember to …", "make me remember at 17h …", "advise me one hour before": "remind me".
  [/\bmake\s+me\s+(?:to\s+)?remember\b/i, 'remind me'],
  [/\b(?:advise|notice|inform)\s+me\s+(?=(?:\d+|an?|one|two|three|half|the)\b[^,]*\bbefore\b)/i, 'remind me '],
  // "remind me the passport task on friday": the task named without "about" ("remind me the monday after next to …",
  // "the 3rd at 9 to …" name a day).
  [
    /\bremind\s+me\s+(?=(?:the\s+)?task\s+#?\d+\b|the\s+(?:\S+\s+){0,3}?(?:task|todo|one)\b|the\s+(?!(?:day|night|week|morning|evening|afternoon|hour|minute|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th))\b)\S+(?:\s+\S+){0,2}?\s+(?:at|on|tomorrow|tonight|today|next)\b)/i,
    'remind me about ',
  ],
  // "eliminate the task …", "take out the task 5", "the meeting is cancelled, take it out": delete verbs.
  [/\beliminate\s+(?=the|my|task|#?\d|it\b)/i, 'delete '],
  [/\btake\s+out\s+(?=(?:the\s+|all\s+(?:the\s+)?)?(?:tasks?|todos?|items?|tags?|labels?)\b|#?\d+\b|it\b)/i, 'remove '],
  [/\btake\s+(it|that|this(?:\s+one)?)\s+out\b/i, 'remove $1'],
  // "erase the tag home of the task 12": a tag taken "of" a task is taken from it.
  [/\b(?:erase|remove|delete|take\s+away)\s+the\s+(tag|label)\s+(\S+)\s+(?:of|from)\s+/i, 'remove the $1 $2 from '],
  // "mark like done", "put the task 13 like finished".
  [/\blike\s+((?:not\s+)?(?:done|finished|completed?|complete|ready))\b/i, 'as $1'],
  // "mark as done the electricity bill", "mark as done all the tasks of this week": what is marked said last.
  [
    /\b(mark|put|set)\s+as\s+(done|finished|completed?|complete)\s+(?!(?:and|but|then|please|pls|thanks?)\b)(\S.*?)([,\s]+(?:please|pls|thanks|thank\s+you)[.!]*)?$/i,
    (_all, verb = '', state = '', what = '', thanks = '') => `${verb} ${what} as ${state}${thanks}`,
  ],
  // "…, I was wrong, …": an admission between two clauses says nothing of the task.
  [/,\s*(?:i\s+was\s+wrong|i\s+made\s+a\s+mistake|it\s+was\s+my\s+mistake|my\s+mistake|my\s+bad|sorry)\s*,/i, ','],
  // "the passport task is not finished, open it again": "reopen".
  [/\bopen\s+(it|that|this|(?:the\s+)?task\s+#?\d+|#?\d+|the\s+\S+(?:\s+\S+)?\s+task)\s+again\b/i, 'reopen $1'],
  // "I finished already the report": the adverb between the verb and what was done.
  [/\b(finished|done|completed|made|did|sent|paid|called|repaired|fixed|cleaned|booked|bought)\s+already\s+(?=the|my|task|#?\d)/i, '$1 '],
  // "correct the title of 11, it is Send the CV not Send the CB": the right name, then the wrong one it replaces.
  [
    /^(?:correct|fix|change)\s+the\s+(?:title|name)\s+of\s+(.+?)(?:,|:)?\s+(?:it\s+is|it'?s|it\s+must\s+be|it\s+should\s+be)\s+(.+)$/i,
    (_all, ref = '', title = '') => `rename ${ref} to ${withoutWrongName(title)}`,
  ],
  // "the report I have sent it", "the tickets I bought them already": what was done said first, then the report.
  [
    /^((?:the|my)\s+[^,]+?),?\s+(?:i|we)\s+(?:have\s+|had\s+)?(?:already\s+)?(?!(?:deleted|removed|cancell?ed|erased|added|created|moved|renamed)\b)(\w+ed|sent|made|done|did|paid|bought|brought|wrote|written|took|taken|got|gave|given|sold|found|built)\s+(?:it|them)(?:\s+already)?$/i,
    'I $2 $1',
  ],
  // "the laundry I have it finished": "it" before the verb, as German and Dutch put it.
  [
    /^((?:the|my)\s+[^,]+?),?\s+(?:i|we)\s+(?:have|had)\s+(?:it|them)\s+(?:already\s+)?(\w+ed|done|made|sent|paid|bought|written|taken|given)(?:\s+already)?$/i,
    'I $2 $1',
  ],
  // "number 5 is ready, you can close": a task ready is done.
  [/^((?:the\s+)?(?:task|number|no\.?)\s*#?\d+|#\d+)\s+is\s+(?:ready|made)\b(?:,?\s+(?:you\s+can\s+)?close(?:\s+it)?)?/i, '$1 is done'],
  // "the task 5 please cancel", "the gym task erase": the verb last, as German puts it.
  [
    /^((?:the\s+)?task\s+#?\d+|the\s+[^,]+?\s+task),?\s+(?:please\s+)?(cancel|delete|erase|remove|complete|finish|close)(?:\s+(?:please|pls))?$/i,
    '$2 $1',
  ],
  // "the title of the dentist task must be …", "the task 8 is called …": a new name said as what it must be.
  [/^the\s+(?:name|title)\s+of\s+([^,]+?)\s+(?:must|should|has\s+to|shall)\s+be\s+/i, 'rename $1 to '],
  [
    /^((?:the\s+)?task\s+#?\d+|the\s+\S+(?:\s+\S+)?\s+task)\s+(?:is|should\s+be|must\s+be|shall\s+be)\s+(?:called|named)\s+/i,
    'rename $1 to ',
  ],
  // "change the name of the task 4 in …", "put the priority of 7 in low": "in" for "to" after a field of a task; "set
  // the due of task 9 on friday": "the due" for the due date, "on" for "to" before its day.
  [/\bthe\s+due\s+(?=of\b)/i, 'the due date '],
  [/^((?:change|put|set|make)\s+the\s+(?:name|title|priority|due\s+date|date)\s+of\s+.+?)\s+in\s+(?=\S)/i, '$1 to '],
  [/^((?:change|put|set|make)\s+the\s+(?:due\s+date|date|deadline)\s+of\s+.+?)\s+on\s+(?=\S)/i, '$1 to '],
  // "rename the task of the gym in yoga class": "in" for "to" after "rename" (German "umbenennen in").
  [/^(?![^:]*\bto\b)(rename|retitle)\s+([^:]+?)\s+in\s+(?!(?:the\s+)?(?:project|list)\b)(?=\S)/i, '$1 $2 to '],
  // "modify the description of the dentist, the new one is …".
  [
    /^change\s+the\s+(description|notes?|title|name)\s+of\s+(.+?),\s+the\s+new\s+(?:one|description|notes?|title|name)\s+is\s*:?\s+/i,
    'change the $1 of $2 to ',
  ],
  // "the title is wrong of the task 4, put Buy milk": the right name, never a task to add.
  [
    /^the\s+(?:title|name)\s+(?:of\s+(.+?)\s+is\s+wrong|is\s+wrong\s+(?:of|on|in|for)\s+(.+?))\s*,\s*(?:put|write|make\s+it|it\s+(?:is|must\s+be|should\s+be))\s*:?\s+/i,
    (_all, ref = '', otherRef = '') => `rename ${ref || otherRef} to `,
  ],
  // "in the task 5 write as note: …".
  [/^in\s+(.+?)\s+(?:write|put|add)\s+(?:as\s+)?(?:a\s+|the\s+)?(note|notes|description)\s*:/i, 'for $1 add a $2:'],
  // "put low priority to the garden task": the level first, then the task it goes to; never a task to add.
  [
    /^(?:put|give|set|make)\s+(?:a\s+|the\s+)?(high|low|medium|normal|top|maximum|minimum)\s+priority\s+(?:to|on|for|at)\s+(.+)$/i,
    'set the priority of $2 to $1',
  ],
  ...LEVELS_SAID_OTHERWISE,
  // "the task 4 give it high priority", "the dentist task put it low": the task first, then the change with "it".
  [/^((?:the\s+)?task\s+#?\d+|the\s+[^,]+?\s+task),?\s+give\s+it\s+(?=\S)/i, 'give $1 '],
  [
    /^((?:the\s+)?task\s+#?\d+|the\s+[^,]+?\s+task),?\s+(?:put|set|make)\s+it\s+(?:to\s+|in\s+|on\s+)?(high|low|medium|normal)(?:\s+priority)?$/i,
    'set the priority of $1 to $2',
  ],
  // "the priority of the dentist make it normal": the field first, then the change.
  [/^the\s+(priority|due\s+date|date)\s+of\s+(.+?),?\s+(?:make|put|set|change)\s+it\s+(?:to\s+|in\s+|on\s+)?/i, 'set the $1 of $2 to '],
  // "erase the reminder of the task 4": the reminder goes, never the task.
  [
    /\b(?:erase|remove|delete|eliminate|take\s+out|take\s+away|cancel)\s+(?:the\s+)?(?:reminders?|alarms?)\s+(?:of|from|for|on)\s+(?=\S)/i,
    'cancel the reminder for ',
  ],
  // "make that the task 4 repeats every day": "make that" as "faire que" says it.
  [/^make\s+that\s+(.+?)\s+(?:repeats|recurs)\s+/i, 'make $1 repeat '],
  // "write to the task 5 the note: …".
  [/^(?:write|put|add)\s+to\s+(.+?)\s+the\s+(description|note|notes)\s*:/i, 'for $1 add a $2:'],
  // "to the task of the visa put as description: …".
  [/^to\s+(.+?)\s+(?:put|add|write|set)\s+(?:as\s+)?(?:a\s+|the\s+)?(description|note|notes)\s*:/i, 'for $1 add a $2:'],
  // "the call with Anna change it on the 3rd": "on" for "to" when a task is moved to a day.
  [
    /\b(?:change|move|put)\s+(it|that)\s+on\s+(?=the\s+\d|\d|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i,
    'move $1 to ',
  ],
  // "move the dentist until friday": a task moved to a day.
  [
    /^(move|reschedule|change|put)\s+(.+?)\s+until\s+(?=(?:the\s+)?(?:\d|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i,
    '$1 $2 to ',
  ],
  // "postpone of two days the report": the length said before the task.
  [
    /^(postpone|delay|push\s+back|move\s+back|put\s+off|advance|bring\s+forward)\s+(?:of|by)\s+((?:\d+|an?|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|months?|hours?))\s+(?=the\b|my\b|task\b|#?\d|it\b)(.+)$/i,
    '$1 $3 by $2',
  ],
  // "postpone the hairdresser of two days\": "of" for "by" with a length of time.
  [
    /\b(postpone|delay|push\s+back|move\s+back|put\s+off|advance|bring\s+forward)\s+(.+?)\s+of\s+(?=(?:\d+|an?|one|two|three|four|five|six|seven|some)\s+(?:days?|weeks?|months?|hours?)\b)/i,
    '$1 $2 by ',
  ],
  // "there is a task about the notary?": a question in the order of a statement.
  [/^there\s+(is|are)\s+(.+\?)$/i, '$1 there $2'],
  // "what I must do tomorrow?": a question in the order of a statement.
  [/^(what|which\s+tasks?|which\s+ones?)\s+(i|we)\s+(must|have\s+to|should|need\s+to|can)\s+(?=do\b|finish\b|complete\b)/i, '$1 $3 $2 '],
  ...LISTS_AND_CHANGES_SAID_OTHERWISE,
  // "give me all the tasks with high priority": asking to be given a list is asking to see it.
  [/^give\s+me\s+(?=(?:all\s+)?(?:the\s+|my\s+)?(?:tasks|todos|ones)\b)/i, 'show me '],
  // "which tasks there are in the project …".
  [/^(what|which)\s+(tasks|todos|ones|things)\s+there\s+(are|is)\b/i, '$1 $2 $3'],
  // "put the task 8 in the project Garden Club": a task named, then the project it goes to.
  [
    /^(?:put|place)\s+((?:the\s+)?task\s+#?\d+|#?\d+|it|that|the\s+\S+(?:\s+\S+)?\s+task)\s+in(?:to)?\s+the\s+project\s+/i,
    'move $1 to the project ',
  ],
  // "in the project Garden Club": the name after "project", said the way the project rules read it ("the Garden Club
  // project"); only a capitalised name, so the words after a lowercase "project" stay as they are.
  [/\bthe\s+project\s+([\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+)*)/iu, (all, words = '') => projectNameFirst(all, words)],
  // "the tasks inside the project …": "in".
  [/\b(tasks|todos|ones)\s+inside\s+(?:of\s+)?(?=the\b|my\b)/i, '$1 in '],
  // "which tasks has the project Work?": the project as the one that has them.
  [/^(which|what)\s+tasks\s+(?:has|have|does)\s+(the\s+[^?]+?\s+project)(?:\s+have)?(\?*)$/i, '$1 tasks are in $2$3'],
  // "share … with the mail ana@example.com".
  [/\bwith\s+the\s+(?:e-?mail|mail)(?:\s+address)?\s+(?=\S+@\S+)/i, 'with '],
  // "share the project Groceries with my wife, her mail is maria@example.com".
  [
    /\bwith\s+(?:my\s+|our\s+)?[\p{L}\s]+?,?\s+(?:her|his|their|the)\s+(?:e-?mail|mail|address)(?:\s+address)?\s+is\s+(\S+@\S+)/iu,
    'with $1',
  ],
  // "all the days at 7h": "every day".
  [/\ball\s+the\s+days\b/i, 'every day'],
  [/\ball\s+the\s+(weeks|months|years)\b/i, (_all, unit = '') => `every ${unit.slice(0, -1)}`],
  // "every 15 of the month": the day of the month without its ordinal.
  [
    /\b(every|each)\s+(\d{1,2})\s+of\s+(?:the|each|every)\s+month\b/i,
    (_all, every = '', day = '') => `${every} month on the ${dayOrdinal(Number(day))}`,
  ],
  // "the gym task must not repeat more": "more" for "anymore", the task said first.
  [
    /^(?!(?:make|set|have|let|get|keep)\b)(.+?)\s+(?:(?:must|should|shall|does|do|has\s+to)\s+)?not\s+(?:repeat|recur)(?:\s+(?:any\s*more|more|again))?$/i,
    'no longer repeat $1',
  ],
  // "not remind me more about the gym": the negation said without "do".
  [/^(?:not|do\s+not|don'?t)\s+remind\s+me\s+(?:any\s*more\s+|more\s+|again\s+)?(?:about|of|for)\s+/i, "don't remind me about "],
  [/^i\s+(?:do\s+not|don'?t)\s+want\s+(?:any\s*)?more\s+the\s+(reminders?|alarms?)\s+(?:for|of|on)\s+/i, 'cancel the $1 for '],
  // "at 17h", "at 9h30": the hour as many countries write it.
  [/\bat\s+([01]?\d|2[0-3])\s?h(?:([0-5]\d))?\b/i, (_all, hour = '', minutes = '') => `at ${hour}:${minutes || '00'}`],
  // "at 5 o'clock of the afternoon", "at 7 in the morning".
  [
    /\b(1[0-2]|0?[1-9])\s*(?:o'?clock\s+)?(?:of|in)\s+the\s+(morning|afternoon|evening|night)\b/i,
    (_all, hour = '', part = '') => `${hour}${part.toLowerCase() === 'morning' ? 'am' : 'pm'}`,
  ],
  // "in the evening of tuesday": the part of a named day.
  [
    new RegExp(String.raw`\b(?:in|on)\s+the\s+(morning|afternoon|evening|night)\s+of\s+(${WEEKDAY_NAME}|tomorrow|today)\b`, 'i'),
    (_all, part = '', day = '') => (/^(?:tomorrow|today)$/i.test(day) ? `${day} ${part}` : `on ${day} ${part}`),
  ],
  // "in the weekend": the coming one.
  [/\bin\s+the\s+weekend\b/i, 'at the weekend'],
  // "on the monday": the coming one.
  [new RegExp(String.raw`\b(on|to|for|until|by)\s+the\s+(${WEEKDAY_NAME})\b`, 'i'), '$1 $2'],
  // "until 5.3", "on 24.2.": a day and a month with dots, day first as everywhere dots are written so.
  [
    /\b(until|by|on|for|due|before|from|to|is)\s+(?:the\s+)?(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.?(?![\d.])/i,
    (_all, word = '', day = '', month = '') => `${word} ${Number(day)} ${MONTH_NAMES[Number(month) - 1]}`,
  ],
];

/** "until friday" means "by friday" when a task is added or moved; a task put off "until" a day keeps it. */
const UNTIL_AS_BY = new RegExp(
  String.raw`\buntil\s+(?=(?:the\s+)?(?:end|\d|next|this|tomorrow|today|tonight|${WEEKDAY_NAME}|${MONTH_WORD})\b)`,
  'i',
);

export function inPlainerEnglish(message: string): string {
  const before = POLITE_BEFORE.exec(message)?.[0] ?? '';
  const after = THANKS_AFTER.exec(message.slice(before.length))?.[0] ?? '';
  let text = message.slice(before.length, message.length - after.length);
  for (const [pattern, replacement] of REWRITES)
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  if (!UNTIL_MEANT.test(text)) text = text.replace(UNTIL_AS_BY, 'by ');
  return `${before}${text}${after}`;
}
