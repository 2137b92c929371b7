// More of the words people use at work, each said once the way the rest of the rules read it: a deadline extended by
// a length of time, tasks past their deadline, an overview asked for, "due by COB today", a reminder that "would be
// appreciated", "prior"/"ahead of" for "before", "no deadline" said of a task being added, and asking to confirm
// whether something has been done (a question, never a change).

type Rewrite = [pattern: RegExp, replacement: string];

const LENGTH = String.raw`(?:\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-five|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)`;

/** Said before the rules that take "confirm whether …" to be a request to show something. */
export const OFFICE_QUESTIONS: Rewrite[] = [
  // "confirm whether the audit task has been completed": asked about, never marked done.
  [
    /^(?:confirm|let\s+me\s+know|advise(?:\s+me)?|tell\s+me|check)\s+(?:whether|if)\s+(.+?)\s+(has|have)\s+(?:already\s+)?been\s+(completed|done|finished|closed|sent|paid|submitted|actioned|resolved)\b.*$/i,
    '$2 $1 been $3?',
  ],
  // "tell me if the plumber task is done": asked about, never marked done.
  [
    /^(?:confirm|let\s+me\s+know|advise(?:\s+me)?|tell\s+me|check)\s+(?:whether|if)\s+(.+?)\s+(is|are|was|were)\s+(?:already\s+)?(completed|done|finished|closed|sent|paid|submitted|resolved)\b.*$/i,
    '$2 $1 $3?',
  ],
];

export const OFFICE_PHRASES: Rewrite[] = [
  // "extend the deadline on task 12 by one week": postponed by that much.
  [/\bextend\s+(?:the\s+)?(?:deadline|due\s+date)\s+(?:on|of|for)\s+(.+?)\s+by\s+/i, 'postpone $1 by '],
  // "extend the report deadline by two days", "extend the audit's due date to friday": the task's deadline named first.
  [/\bextend\s+((?:the|my|our)\s+.+?)(?:'s)?\s+(?:deadline|due\s+date)\s+by\s+/i, 'postpone $1 by '],
  [/\bextend\s+((?:the|my|our)\s+.+?)(?:'s)?\s+(?:deadline|due\s+date)\s+(?:to|till|until)\s+/i, 'move $1 to '],
  // "give the report until monday", "give task 4 till the 20th": more time, up to that day.
  [/^give\s+((?:the|my|our)\s+.+?|task\s+\d+|#?\d+)\s+(?:until|till|til)\s+/i, 'move $1 to '],
  // "which actions are past their deadline": overdue.
  [/\b(is|are)\s+(?:now\s+)?(?:past|beyond|over)\s+(?:their|its|the)\s+(?:deadlines?|due\s+dates?)\b/i, '$1 overdue'],
  // "send me an overview of everything that is due …": shown.
  [/^(?:send|give|provide)\s+(?:me\s+)?(?:with\s+)?an?\s+(?:overview|summary|rundown|list)\s+of\s+/i, 'show '],
  // "what's due by COB today": due today. "make the report due by EOD" sets that time, 5pm, and is read so.
  [
    /(?<!^(?:make|set|have|get|move|push|change|put)\b.*)\bdue\s+(?:by|before)\s+(?:cob|eod|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?(?:working\s+)?day)(?:\s+today\b|(?=\s*[?.!]*$))/i,
    'due today',
  ],
  // "timesheets for COB thursday", "the deck EOD friday": by the end of that working day.
  [
    /(?:\s+for|(?<!\b(?:by|before|till|until|to|on|at|due|from|after)))\s+(cob|eod|eob)\s+(?=(?:today|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri)(?:day)?|mon|tue|wed|thu|thur|thurs|fri)\b)/i,
    ' by $1 ',
  ],
  // "A reminder two hours ahead of the client call would be appreciated": remind me so.
  [/^(?:a|an)\s+reminder\s+(.+?)\s+would\s+be\s+(?:appreciated|helpful|great|useful|good|ideal|welcome)$/i, 'remind me $1'],
  // "two hours ahead of the call", "one day prior to it", "one day prior": before.
  [new RegExp(String.raw`\b(${LENGTH})\s+(?:ahead\s+of|prior\s+to)\s+`, 'i'), '$1 before '],
  [new RegExp(String.raw`\b(${LENGTH})\s+prior\b`, 'i'), '$1 before'],
  // "change the budget task so that it is titled Q1 budget reconciliation": renamed.
  [/\b(?:change|update|edit)\s+(.+?)\s+so\s+(?:that\s+)?it\s+(?:is|'s|reads|says)\s+(?:titled|called|named|entitled)\s+/i, 'rename $1 to '],
  // "the recurring invoice task should no longer repeat": it stops repeating.
  [
    /^((?:the|my|our)\s+)(?:recurring\s+|repeating\s+)?(.+?)\s+(?:should|must|needs?\s+to|is\s+to)\s+(?:no\s+longer|not)\s+(?:repeat|recur)(?:\s+any\s*more)?$/i,
    'stop $1$2 from repeating',
  ],
  // "log a task to update the org chart – low priority, no deadline": no date said, nothing in the title.
  [/^((?:add|create|log|raise|new|put)\b.*?)\s*,\s*(?:no|without\s+a|without\s+any)\s+(?:deadline|due\s+date)(?=\s*(?:[,.;]|$))/i, '$1'],
];
