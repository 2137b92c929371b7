// More of English as people write it whose first language lends it its shapes, read as second-language.ts reads the
// rest (and at the places its list names): a reminder asked for otherwise ("remember me the passport on friday", "set an
// alarm 10 mins prior to the call", "half hour before"), a task moved "for" or "to" a day, a level said as it is ("of
// high priority", "more high", "the task passport put it urgent"), lists asked otherwise ("the tasks that are
// expired", "the tasks which I did"), a change said with the task first ("the meeting I want to pass it to …"), the
// days a rule runs ("from Monday to Friday") and a second field said as a list ("title X, priority high").

export type Rewrite = [pattern: RegExp, replacement: string | ((...groups: string[]) => string)];

/** Read before "make me remember" and "remind me the …" are. */
export const REMINDERS_AND_MOVES_SAID_OTHERWISE: Rewrite[] = [
  // "remember me the passport on friday", "remember me at 7": "remind me".
  [/\bremember\s+me\s+(?=(?:to|at|on|in|about|of|the|my|tomorrow|tonight|today|next|\d)\b)/i, 'remind me '],
  // "half hour before", "a half hour before": half an hour.
  [/\b(?:a\s+)?half\s+hour\b/gi, 'half an hour'],
  // "set an alarm 10 mins before the call": a reminder before it.
  [
    /^(?:set|put|give|make)\s+(?:me\s+)?an?\s+(?:alarm|alert|reminder)\s+(?=(?:\d+|an?|one|two|three|half)\b[^,]*\b(?:before|prior\s+to|ahead\s+of)\b)/i,
    'remind me ',
  ],
  [/(?<=\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+)(?:prior\s+to|ahead\s+of)\s+/i, 'before '],
  // "the dentist reminder, remove it": the reminder goes, never the task.
  [
    /^the\s+(.+?)\s+(?:reminder|alarm|alert),?\s+(?:please\s+)?(?:(?:remove|delete|cancel|erase|take\s+out|turn\s+off|switch\s+off)\s+(?:it|that)|(?:turn|switch)\s+(?:it|that)\s+off|take\s+(?:it|that)\s+(?:out|away))\b/i,
    'cancel the reminder for the $1',
  ],
  // "move the task 3 for saturday", "put the dentist to the day after tomorrow": a task moved to a day.
  [
    /^(move|shift|put)\s+((?:the|my|task|#|it\b|that\b).*?)\s+(?:for|to)\s+(?=(?:the\s+)?(?:day\s+after\s+tomorrow|\d|next|this|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i,
    'move $2 to ',
  ],
  [/^(move|shift)\s+((?:the\s+)?task\s+#?\d+|#?\d+|it|that)\s+(?=next\s+(?:week|month)\b)/i, 'move $2 to '],
];

/** Read before the task said first with the change after it ("the dentist task put it low"). */
export const LEVELS_SAID_OTHERWISE: Rewrite[] = [
  // "what is there for tomorrow?": what there is to do then.
  [
    /^what\s+(?:is|are)\s+there\s+(?=(?:for|on)\s+(?:today|tomorrow|tonight|this|next|the\s+weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i,
    'what do I have ',
  ],
  // "the report is of high priority", "make the priority of task 6 more high": the level as it is.
  [/\b(is|are)\s+of\s+(high|low|medium|top|normal)\s+(?:priority|importance)\b/i, '$1 $2 priority'],
  [/\b(?:more|most)\s+(high|low)$/i, '$1'],
  // "the task passport put it urgent": the task named after "task", the change with "it".
  [
    /^the\s+task\s+(?!(?:#?\d|of)\b)(?!(?:\S+\s+){0,3}?(?:is|are|was|were)\b)([^,]+?),?\s+(put|set|make|give)\s+it\s+(?=(?:to\s+|in\s+|on\s+)?(?:high|low|medium|normal|urgent|top)\b)/i,
    'the $1 task, $2 it ',
  ],
  [/^((?:the\s+)?task\s+#?\d+|the\s+[^,]+?\s+task),?\s+(?:put|set|make)\s+it\s+(?:to\s+|in\s+|on\s+)?urgent$/i, 'make $1 urgent'],
  // "the school fees are very urgent, kindly prioritise": the level is said; the verb after it adds nothing.
  [
    /^(.+?\s+(?:is|are)\s+(?:(?:very|really|super|so)\s+)*(?:urgent|important))\s*,\s*(?:kindly\s+|please\s+)?(?:prioriti[sz]e|bump|flag)(?:\s+(?:it|them))?$/i,
    '$1',
  ],
  // "make the rates bill top priority, it's due": a reason after the change says nothing of it.
  [
    /^((?:make|set|put|mark)\s+.+?\s+(?:top|high|low|medium|normal)\s+priority)\s*,\s*(?:as\s+|because\s+|since\s+)?(?:it'?s|it\s+is|they'?re|they\s+are)\b.*$/i,
    '$1',
  ],
  // "mark the visa file as most urgent": urgent.
  [/\bas\s+(?:the\s+)?(?:most|very|really|super)\s+(urgent|important)\b/i, 'as $1'],
  // "extend the deadline of the report by two days": put off by that much; "… to friday": moved.
  [/^(?:extend|push|move)\s+the\s+(?:deadline|due\s+date)\s+(?:of|for|on)\s+(.+?)\s+by\s+/i, 'postpone $1 by '],
  [/^extend\s+the\s+(?:deadline|due\s+date)\s+(?:of|for|on)\s+(.+?)\s+(?:to|till|until)\s+/i, 'move $1 to '],
  // "the vet is not urgent, put it in low": "in" before the level.
  [/\b(put|set|make)\s+it\s+in\s+(high|low|medium|normal)\b/i, '$1 it $2'],
];

/** Read before "give me all the tasks …" is. */
export const LISTS_AND_CHANGES_SAID_OTHERWISE: Rewrite[] = [
  // "the tasks that are expired": overdue.
  [/\b(tasks|ones|todos|things)\s+(?:that|which)\s+(?:are|is)\s+(?:already\s+)?expired\b/i, 'overdue $1'],
  [/\bexpired\s+(tasks|ones|todos|things)\b/i, 'overdue $1'],
  // "the tasks which I did already": the completed ones.
  [
    /\b(?:the\s+)?(tasks|ones|todos|things)\s+(?:that|which)\s+(?:i|we)\s+(?:(?:have|had)\s+)?(?:already\s+)?(?:did|done|made|finished|completed)(?!\s+not\b|n't\b)(?:\s+already)?\b/i,
    'the completed $1',
  ],
  // "give to number 3 the maximum priority": the task before the level, the level as the top or the bottom.
  [/^give\s+to\s+(.+?)\s+the\s+(?:maximum|max|highest|top)\s+priority$/i, 'give $1 top priority'],
  [/^give\s+to\s+(.+?)\s+the\s+(?:minimum|min|lowest)\s+priority$/i, 'give $1 lowest priority'],
  // "the meeting I want to pass it to next Tuesday": the task first, then the move with "it"; "pass" as "pasar" says
  // "move".
  [
    /^((?:the|my)\s+[^,]+?),?\s+(?:i|we)\s+(?:want|would\s+like|need)\s+to\s+(?:move|pass|put|shift|change)\s+it\s+(?=to\b|on\b|for\b)/i,
    'move $1 ',
  ],
  [
    /^pass\s+(.+?)\s+to\s+(?=(?:the\s+)?(?:\d|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i,
    'move $1 to ',
  ],
  // "from Monday to Friday at 7:30 wake up the kids": every weekday, said as the days it runs.
  [/^(?:every\s+day\s+)?from\s+monday\s+(?:to|till|until|through)\s+friday\b/i, 'every weekday'],
  // "title Monthly report, priority high": a second field said after the first, as a list.
  [/(\btitle\b.+?),\s*(?:and\s+)?(?:the\s+)?priority\s*:?\s*(high|medium|low|normal|urgent|top)$/i, '$1 and make it $2 priority'],
];
