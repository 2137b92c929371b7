// More of the command line (command-line.ts reads the rest): the program's name before the command ("t add …",
// "todo.sh del 5", "task 9 done"), Taskwarrior's reports and filters ("task overdue", "due.before:fri",
// "status:pending", "sort:due"), fields written with "=" or as "--flags", todo.txt's priority letters, Todoist's
// "!!1", "+word" on a new task or a listing, and lengths of time run together after "every", "due:+" and "remind:".
// Each is said once the way the rest of the rules read it; nothing here decides what is meant.

type Rewrite = [pattern: RegExp, replacement: string | ((...groups: string[]) => string)];

const NUMBER = String.raw`#?\d+`;
/** todo.txt's letters and Taskwarrior's codes: (A) is the most important. */
const LEVELS: Record<string, string> = { a: 'high', b: 'medium', c: 'low', h: 'high', m: 'medium', l: 'low' };
const level = (code: string) => LEVELS[code.toLowerCase()] ?? code.toLowerCase();
const UNITS: Record<string, string> = {
  d: 'days',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  mo: 'months',
  y: 'years',
  h: 'hours',
  m: 'minutes',
};
const SHORT_LENGTH = String.raw`(\d+)\s*(mo|wks?|d|w|y|h|m)`;
const length = (amount: string, unit: string) => `${amount} ${UNITS[unit.toLowerCase()] ?? unit}`;
const SORT_FIELDS: Record<string, string> = {
  due: 'due date',
  pri: 'priority',
  priority: 'priority',
  title: 'title',
  description: 'title',
  entry: 'date created',
  created: 'date created',
  modified: 'date updated',
  updated: 'date updated',
};
/** A line that asks to see tasks, typed as a command. */
const LISTING = /^(?:ls|list|show)\b/i;

const REWRITES: Rewrite[] = [
  // "t add …", "todo.sh a …", "todo.sh del 5", "todo ls", "t do 4": the program's name, then its command.
  [/^(?:t|td|todo(?:\.sh)?)\s+(?:add|a)\s+(?=\S)/i, 'add '],
  [new RegExp(`^(?:t|td|todo(?:\\.sh)?)\\s+do\\s+(?=${NUMBER}\\b)`, 'i'), 'done '],
  [/^(?:t|td|todo(?:\.sh)?)\s+(?=(?:ls|list|del|rm|done|pri|x|mv)\b)/i, ''],
  // "task list +home", "task next", "task overdue", "task completed" (Taskwarrior's reports).
  [/^task\s+(?:list|ls|next|ready|long)$/i, 'ls'],
  [/^task\s+(?:list|ls|next|ready|long)\s+(?=\S)/i, 'ls '],
  [/^task\s+(overdue|completed|done)$/i, 'ls $1'],
  // "task 9 done", "task 18 delete": the task's number, then the command.
  [new RegExp(`^task\\s+(${NUMBER})\\s+(done|delete|del|rm|x)$`, 'i'), '$2 $1'],
  // "14 remind -1d", "14 snooze 2d": the number before the command.
  [new RegExp(`^(${NUMBER})\\s+(remind|snooze|postpone)\\s+(?=\\S)`, 'i'), '$2 $1 '],
  // "task 11 modify status:pending": open again, or done.
  [
    new RegExp(`^(?:task\\s+)?(${NUMBER})\\s+(?:(?:modify|mod)\\s+)?status\\s*[:=]\\s*(pending|open|waiting|completed|done|deleted)$`, 'i'),
    (_all, ref = '', status = '') =>
      `${/^(?:pending|open|waiting)$/i.test(status) ? 'reopen' : /^deleted$/i.test(status) ? 'delete' : 'done'} ${ref}`,
  ],
  // "task 3 modify due:", "7 recur:none": a field left empty takes it away.
  [new RegExp(`^(?:task\\s+)?(${NUMBER})\\s+(?:(?:modify|mod)\\s+)?due\\s*[:=]\\s*(?:none|""|'')?$`, 'i'), 'remove the due date from $1'],
  [
    new RegExp(`^(?:task\\s+)?(${NUMBER})\\s+(?:(?:modify|mod)\\s+)?(?:recur|rec|repeat)\\s*[:=]\\s*(?:none|never|off|no|""|'')?$`, 'i'),
    'stop repeating $1',
  ],
  // "5 due:+3d": due that long from now (Taskwarrior), not put off by it.
  [
    new RegExp(`^(?:task\\s+)?(${NUMBER})\\s+(?:(?:modify|mod)\\s+)?due\\s*[:=]\\s*\\+${SHORT_LENGTH}$`, 'i'),
    (_all, ref = '', n = '', unit = '') => `make ${ref} due in ${length(n, unit)}`,
  ],
  [new RegExp(`\\bdue\\s*[:=]\\s*\\+${SHORT_LENGTH}\\b`, 'gi'), (_all, n = '', unit = '') => `in ${length(n, unit)}`],
  // "task 12 modify "call the landlord"": words that are no field are the new title (Taskwarrior).
  [new RegExp(`^task\\s+(${NUMBER})\\s+(?:modify|mod)\\s+(?![+-])(?![^"']*[:=])(?=\\S)`, 'i'), 'rename $1 to '],
  // "pri 9 A", "pri 4 (C)" (todo.txt).
  [
    new RegExp(`^pri(?:ority)?\\s+(${NUMBER})\\s+\\(?([abc])\\)?$`, 'i'),
    (_all, ref = '', code = '') => `set priority of ${ref} to ${level(code)}`,
  ],
  // "add fix prod bug !!1" (Todoist): p1.
  [/(?<=\s)!!([1-4])\b/g, 'p$1'],
  // "--due tomorrow", "--priority high", "--tag home", "--project Work": flags for the fields.
  [/\s+--(?:due|date)(?:\s*=\s*|\s+)/gi, ' due:'],
  [/\s+--pri(?:ority)?(?:\s*=\s*|\s+)/gi, ' pri:'],
  [/\s+--(?:tag|label)(?:\s*=\s*|\s+)/gi, ' #'],
  [/\s+--(?:project|proj|list)(?:\s*=\s*|\s+)/gi, ' project:'],
  // "done --all", "rm -a": every task.
  [/^(\S+)\s+(?:--all|-a)$/i, '$1 all'],
  // "pri=high", "priority = L": the field written with "=".
  [/\bpri(?:ority)?\s*=\s*(?=\w)/gi, 'pri:'],
  // "remind:30m", "reminder:-2h" on a new task: reminded that long before it is due.
  [
    new RegExp(`\\s+remind(?:er)?\\s*[:=]\\s*-?${SHORT_LENGTH}\\b`, 'gi'),
    (_all, n = '', unit = '') => `, remind me ${length(n, unit)} before`,
  ],
  // "remind #3 in 2h": reminded then.
  [new RegExp(`^remind\\s+(?:me\\s+)?(${NUMBER})\\s+(?=in\\s+\\d)`, 'i'), 'remind me about $1 '],
  // "every 2w: clean filter": a length of time run together after "every".
  [new RegExp(`\\b(every|each|evry)\\s+${SHORT_LENGTH}\\b`, 'gi'), (_all, every = '', n = '', unit = '') => `${every} ${length(n, unit)}`],
  // "grep -i invoice", "find --all dentist": flags the search does not have.
  [/^(grep|find|search)\s+(?:-{1,2}[a-z][a-z-]*\s+)+(?=\S)/i, '$1 '],
  // "ls -n 5", "list --limit 5", "ls | head -5": the first tasks only.
  [/^(?:ls|list|show)\s+(?:-n\s*|--limit(?:\s*=\s*|\s+)|\|\s*head\s+-n?\s*)(\d+)$/i, 'show me the first $1 tasks'],
  // "list sort:due", "ls sort:pri-": the order.
  [
    /^(?:ls|list|show)\s+sort\s*[:=]\s*([a-z]+)([+-])?$/i,
    (_all, field = '', way = '') =>
      `sort by ${SORT_FIELDS[field.toLowerCase()] ?? field}${way === '-' ? ' descending' : way === '+' ? ' ascending' : ''}`,
  ],
  // "due.before:fri", "due.after:2026-02-01" (Taskwarrior): a window of dates.
  [
    /\bdue\.(before|after|by|until|below|above)\s*[:=]\s*/gi,
    (_all, side = '') => `due ${/^(?:after|above)$/i.test(side) ? 'after' : 'before'} `,
  ],
];

/** In a listing: "pri:H", "status:pending", "+home" said as words the listing rules read. */
const LISTING_FIELDS: Rewrite[] = [
  [/\s+pri(?:ority)?\s*:\s*(h|m|l|high|med|medium|low)\b/gi, (_all, code = '') => ` ${level(code === 'med' ? 'medium' : code)} priority`],
  [/\s+status\s*:\s*(pending|open|waiting)\b/gi, ' pending'],
  [/\s+status\s*:\s*(completed|done)\b/gi, ' completed'],
  [/\s\+(\p{L}[\p{L}\p{N}_-]*)/giu, ' #$1'],
];

/** "add paint fence +diy +outdoor", "+ eggs +Groceries": "+word" on a new task is a tag, or the project so named. */
const NEW_TASK = /^(?:add|new|create|\+)\s/i;

/** The message with these command-line shapes said the way the rest of the rules read them. */
export function inCommandFields(text: string): string {
  let line = text;
  for (const [pattern, replacement] of REWRITES)
    line =
      typeof replacement === 'string'
        ? line.replace(pattern, replacement)
        : line.replace(pattern, replacement as (...groups: string[]) => string);
  if (LISTING.test(line))
    for (const [pattern, replacement] of LISTING_FIELDS)
      line =
        typeof replacement === 'string'
          ? line.replace(pattern, replacement)
          : line.replace(pattern, replacement as (...groups: string[]) => string);
  if (NEW_TASK.test(line))
    line = line
      .replace(/(?<=\S\s+)\+(\p{L}[\p{L}\p{N}_-]*)(?=\s|$)/gu, '#$1')
      // "recur:daily", "recur:weekdays": the new task's rule.
      .replace(/\s+(?:recur|rec|repeat)\s*[:=]\s*(daily|weekly|monthly|yearly|annually|biweekly|fortnightly)\b/gi, ' $1')
      .replace(/\s+(?:recur|rec|repeat)\s*[:=]\s*(?=\S)/gi, ' every ');
  return line;
}
