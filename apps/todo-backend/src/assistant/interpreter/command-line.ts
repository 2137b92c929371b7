import { inCommandFields } from './command-fields.ts';
import { escapeRegExp, type KnownNames } from './project-names.ts';

// A line typed the way Todoist, Taskwarrior, todo.txt and chat slash commands are typed: a prompt or a slash before
// the command ("> ls overdue", "/done dentist"), shell words for the list ("ls", "mv", "rm … from"), key:value fields
// ("due:tmr", "pri:H", "project:Work", "recur:weekly"), "+tag" and "-tag", "->" for "to", lengths of time run together
// ("-30m", "+2d", "in 3d"), "*" for all and "&&" between two commands. Each is said once the way the rest of the rules
// read it, before the sentence is read; nothing here decides what is meant.

type Rewrite = [pattern: RegExp, replacement: string | ((...groups: string[]) => string)];

/** A task named by number, as a command line names it: "14", "#14". */
const NUMBER = String.raw`#?\d+`;
const LEVELS: Record<string, string> = { h: 'high', m: 'medium', l: 'low', high: 'high', medium: 'medium', med: 'medium', low: 'low' };
const level = (code: string) => LEVELS[code.toLowerCase()] ?? code;
const UNITS: Record<string, string> = {
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  d: 'days',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  mo: 'months',
};
/** A length of time run together: "30m", "2h", "3d", "1w". */
const SHORT_LENGTH = String.raw`(\d+)(mins?|m|hrs?|h|d|wks?|w|mo)`;
const length = (amount: string, unit: string) => `${amount} ${UNITS[unit.toLowerCase()] ?? unit}`;
/** "before 14" could be the 14th of the month: a task's number said as one ("before task 14"). */
const taskNamed = (ref: string) => (/^#?\d+$/.test(ref) ? `task ${ref.replace('#', '')}` : ref);
/** The commands a slash or a prompt may stand before. */
const COMMAND =
  /(?:add|new|todo|task|done|complete|finish|close|reopen|undone|remind|delete|del|rm|remove|list|ls|show|find|search|grep|tag|untag|move|mv|snooze|postpone|rename|edit|due|what|whats|what's)\b/i;

const REWRITES: Rewrite[] = [
  // "> ls overdue", "$ task add call bob", "/todo add buy milk", "/done dentist": the prompt or the slash goes.
  [/^[>$%]\s+/, ''],
  [/^\/(?:todo|task|tasks|doable)\s+(?=\S)/i, ''],
  [new RegExp(`^\\/(?=${COMMAND.source})`, 'i'), ''],
  // "ok. ls today pls": an acknowledgement closed by a full stop, before the command.
  [/^(?:ok|okay|k|kk)[.!]+\s+(?=\S)/i, ''],
  // "rec: standup every wkday 9:15": the label of a line that says its own rule.
  [/^(?:rec|recur|recurring|rpt|repeat)\s*:\s*(?=.*\b(?:every|each|daily|weekly|monthly|yearly|bi-?weekly|weekdays?|wkdays?)\b)/i, ''],
  // "t: renew passport fri", "task add call bob" (Taskwarrior), "todo fix login bug p1 by fri" (a code comment's
  // label): a task added. "todo list for today" asks for the list.
  [
    /^(?:t|td|todo|task)\s*:\s*(?=\S)|^task\s+add\s+(?=\S)|^todo\s+(?!(?:list|lists|items?|tasks?|for|is|are|app|add|new)\b)(?=\p{L})/iu,
    'add ',
  ],
  // "14 x", "14 rm": the command after the number.
  [new RegExp(`^(${NUMBER})\\s+(x|done|rm|del|delete)$`, 'i'), '$2 $1'],
  // "x dentist" (todo.txt): done.
  [/^x\s+(?=\S)/i, 'done '],
  // "rm 3 -y", "del 14 --force": a flag the chat does not have; the command is read without it.
  [/(?<=\S)(?:\s+(?:-(?:y|f|q|v|rf|fr)|--(?:force|yes|quiet|verbose|no-confirm)))+$/i, ''],
  // "rm -rf everything", "del -f 14": the same flags right after the command; "rm -rf everything" is then many tasks.
  [
    /^((?:rm|del|delete|remove|done|x|mv|add)\s+)(?:(?:-(?:y|f|q|v|r|rf|fr)|--(?:force|yes|quiet|verbose|no-confirm|recursive))\s+)+(?=\S)/i,
    '$1',
  ],
  // "task 3 annotate call first" (Taskwarrior): a note on the task.
  [new RegExp(`^task\\s+(${NUMBER})\\s+annotate\\s+(?=\\S)`, 'i'), 'add a note to $1: '],
  // "rec 12 weekly", "pri 14 H", "remind 9 @ 8am": the command, the task's number, then its value.
  [new RegExp(`^(?:rec|recur|repeat)\\s+(${NUMBER})\\s+(?!every\\b)(?=\\S)`, 'i'), 'make $1 repeat '],
  [
    new RegExp(`^pri(?:ority)?\\s+(${NUMBER})\\s+(h|m|l|high|med|medium|low)$`, 'i'),
    (_all, ref = '', code = '') => `set priority of ${ref} to ${level(code)}`,
  ],
  [new RegExp(`^remind\\s+(?:me\\s+)?(${NUMBER})\\s+(?:@|at)\\s*(?=\\S)`, 'i'), 'remind me about $1 at '],
  // "remind standup @ 8:45 mon": a task's words, then "@" and when.
  [/^remind\s+(?!(?:me|us)\b)([^@]+?)\s*@\s*(?=\S)(?!.*\bto\s)/i, 'remind me about $1 at '],
  // "mv 4 tmr", "mv 4 fri 9a": a date after the number ("mv 4 work" is left to ask: a project, or a title's word?).
  [
    new RegExp(
      `^(?:mv|move)\\s+(${NUMBER})\\s+(?!2\\s+(?:the|my|next|nxt|this)\\b)(?=(?:mon|tue|wed|thu|fri|sat|sun|today|tonight|tmr|tmrw|tomorrow|next|nxt|eow|eom|\\d)[a-z]*\\b)`,
      'i',
    ),
    'move $1 to ',
  ],
  // "mv dentist nxt mon": "mv" only ever moves, so a task's words and a date after it need no "to".
  [
    /^mv\s+(?!.*\s(?:2|to)\s)(?=\D.*\s(?:mon|tue|wed|thu|fri|sat|sun|today|tonight|tmr|tmrw|tomorrow|next|nxt|eow|eom)[a-z]*(?:\s+[a-z0-9:]+)?$)/i,
    'reschedule ',
  ],
  // "rm 14 15", "done 3 4 5": several numbered tasks, listed as the rest of the rules list them.
  [
    new RegExp(`^(done|complete|finish|close|reopen|undone|x|rm|del|delete|remove|trash|snooze)\\s+(${NUMBER}(?:\\s+${NUMBER})+)$`, 'i'),
    (_all, verb = '', numbers = '') => `${verb} ${numbers.split(/\s+/).join(', ')}`,
  ],
  // "14 due fri", "due 14 fri": a numbered task's new date.
  [
    new RegExp(`^(${NUMBER})\\s*:?\\s+due\\s*:?\\s*(?=\\S)|^due\\s+(${NUMBER})\\s+(?!->|=>|→)(?=\\S)`, 'i'),
    (_all, first, second) => `move ${first ?? second} to `,
  ],
  // "task 7 modify due:…", "task 12 mod +home" (Taskwarrior): the task's number, then what changes.
  [new RegExp(`^task\\s+(${NUMBER})\\s+(?:modify|mod|edit)\\s+`, 'i'), '$1 '],
  // "biweekly tue": every other Tuesday (a rule that names its day is every two weeks, not twice a week).
  [/\bbi-?weekly\s+(?:on\s+)?(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i, 'every other '],
  // "stop recurring 12", "norec 12": no longer repeating.
  [/^(?:stop\s+recurring|no\s*rec(?:ur(?:rence)?)?|unrecur)\s+(?:on\s+|for\s+)?(?=\S)/i, 'stop repeating '],
  // "14 +urgent", "14 -home", "14 pri:L", "14 due:fri", "14 recur:weekly": a field set on a numbered task.
  [new RegExp(`^(${NUMBER})\\s+\\+([\\p{L}\\p{N}_-]+)$`, 'iu'), 'tag $1 #$2'],
  [new RegExp(`^(${NUMBER})\\s+-(\\p{L}[\\p{L}\\p{N}_-]*)$`, 'iu'), 'untag $1 $2'],
  [
    new RegExp(`^(${NUMBER})\\s+pri(?:ority)?\\s*:\\s*(\\w+)$`, 'i'),
    (_all, ref = '', code = '') => `set priority of ${ref} to ${level(code)}`,
  ],
  [new RegExp(`^(${NUMBER})\\s+due\\s*:\\s*(?=\\S)`, 'i'), 'move $1 to '],
  [new RegExp(`^(${NUMBER})\\s+desc(?:ription)?\\s*[:=]\\s*(?=\\S)`, 'i'), 'add a note to $1: '],
  [new RegExp(`^(${NUMBER})\\s+(?:recur|rec|repeat)\\s*:\\s*(?=\\S)`, 'i'), 'make $1 repeat '],
  // "tag budget +finance", "untag budget -finance": the sign says tag; the verb already does.
  [/^(tag|label)\s+(.+?)\s+\+([\p{L}\p{N}_-]+)$/iu, '$1 $2 #$3'],
  [/^(untag|unlabel)\s+(.+?)\s+-([\p{L}\p{N}_-]+)$/iu, '$1 $2 $3'],
  [/^(?:tag|label)\s+(.+?)\s+-(\p{L}[\p{L}\p{N}_-]*)$/iu, 'untag $1 $2'],
  // "edit 22 title=…", "title 14: …", "desc 9: …", "note dentist: …": the field named, then its value.
  [/^(?:edit|modify|mod)\s+(#?\d+|\S+\s+(?:one|task))\s+title\s*[=:]\s*(?=\S)/i, 'rename $1 to '],
  [/^title\s+(?:(?:of|for|on)\s+)?([^:=,]+?)\s*[=:]\s*(?=\S)/i, 'rename $1 to '],
  [
    /^(?:desc|description|note)\s+(?!(?:to\s+self|this|that|it|down)\b)(?:(?:on|for|of|about|to)\s+)?([^:=,]+?)\s*[=:]\s*(?=\S)/i,
    'add a note to $1: ',
  ],
  // "p1 on tax return", "p3 the gym one": the level first, the task after it.
  [/^(p[1-4]|![1-3])\s+on\s+([^,;]+)$/i, 'make $2 $1'],
  // "!! on the invoice": the marks of the top level, said of a task.
  [/^!{2,3}\s+on\s+([^,;]+)$/i, 'make $1 high priority'],
  // "p1 the tax return" is left to ask: a task so titled, or the task so named?
  [new RegExp(`^(p[1-4])\\s+((?:the|my)\\s+.+\\s(?:one|task|thing|item|todo)|${NUMBER})$`, 'i'), 'make $2 $1'],
  // "snooze gym +2d", "snooze 14 1w": put off by that long.
  [
    new RegExp(
      `^(?:snooze|postpone|delay|defer|push)\\s+(.+?)\\s+(?:by\\s+)?\\+?${SHORT_LENGTH}$|^(?:mv|move)\\s+(.+?)\\s+\\+${SHORT_LENGTH}$`,
      'i',
    ),
    (_all, ref, n, unit, movedRef, movedN, movedUnit) =>
      `postpone ${ref ?? movedRef} by ${length(n ?? movedN ?? '', unit ?? movedUnit ?? '')}`,
  ],
  // "remind -30m before dentist", "remind 14 -1h": reminded that long before the task.
  [
    new RegExp(`^remind\\s+(?:me\\s+)?-?${SHORT_LENGTH}\\s+(?:before|ahead\\s+of|b4)\\s+(.+)$`, 'i'),
    (_all, n = '', unit = '', ref = '') => `remind me ${length(n, unit)} before ${ref}`,
  ],
  [
    new RegExp(`^remind\\s+(?:me\\s+)?(?:re:?\\s+|about\\s+)?(.+?)\\s+-${SHORT_LENGTH}(?:\\s+before)?$`, 'i'),
    (_all, ref = '', n = '', unit = '') => `remind me ${length(n, unit)} before ${taskNamed(ref)}`,
  ],
  // "in 20m", "in 3d", "+2d", "1d before": a length of time run together, with the word that makes it one.
  [new RegExp(`\\b(in|by|after)\\s+${SHORT_LENGTH}\\b`, 'gi'), (_all, word = '', n = '', unit = '') => `${word} ${length(n, unit)}`],
  [
    new RegExp(`(?<![\\w:])${SHORT_LENGTH}(?=\\s+(?:before|beforehand|early|earlier|ahead|prior|b4)\\b)`, 'gi'),
    (_all, n = '', unit = '') => length(n, unit),
  ],
  // "rm reminder 12", "no remind 12", "remind 12 off": the reminder goes, never the task.
  [
    /^(?:(?:rm|del|clear|unset|remove|drop)\s+(?:the\s+)?reminders?(?!\s+(?:task|one|item|todo)\b)|no\s+remind(?:ers?)?|unremind)\s+(?:from\s+|on\s+|for\s+|of\s+)?(?=\S)/i,
    'remove the reminder from ',
  ],
  [/^remind(?:er)?\s+(?!me\b)(.+?)\s+off$/i, 'remove the reminder from $1'],
  // "rm due from 9", "clear due 9": the date goes, never the task ("remove the due date and the priority from …" lists
  // fields, read elsewhere).
  [
    /^(?:rm|del|clear|unset|remove|drop)\s+(?:the\s+)?due(?:\s+date)?(?!\s+(?:date|and|&)\b)\s+(?:from\s+|on\s+|of\s+)?(?=.)/i,
    'remove the due date from ',
  ],
  // "mv 14 -> work": moved to.
  [/^(mv|move|due|resched(?:ule)?)\s+(.+?)\s*(?:->|=>|→)\s*/i, 'move $2 to '],
  // "ls", "ls tags", "ls today": the list.
  [/^ls$/i, 'list my tasks'],
  [/^ls\s+(tags|labels|projects|lists)$/i, 'list my $1'],
  [/^ls\s+(?:done|completed|closed)$/i, 'show completed tasks'],
  [/^ls\s+(?=\S)/i, 'show '],
  // "show p1 today": the tasks of that level ("show p1" names no task to add).
  [/^(?:show|list)\s+(?!(?:me|my|all|the|tasks|todos)\b)(?=(?:.*\s)?(?:p[1-4]|![1-3])(?:\s|$))/i, 'show tasks '],
  // "what's @work": the tasks so tagged.
  [/^(?:what'?s|whats|what\s+is)\s+(?:in\s+|on\s+|under\s+)?(?=[@#][\p{L}\p{N}_-]+$)/iu, 'show '],
  // "show due:tmr", "add … due:eow", "pri:H", "project:\"Home Projects\"": a field and its value.
  [/^((?:show|list|find)\b.*?\b)due\s*:\s*/i, '$1due '],
  [/(?<=\s)due\s*:\s*(?=\S)/gi, 'by '],
  [/\s+pri(?:ority)?:(h|m|l|high|med|medium|low)\b/gi, (_all, code = '') => `, ${level(code)} priority`],
  [/\s+proj(?:ect)?:(?:"([^"]+)"|(\S+))/gi, (_all, quoted, bare) => ` to ${quoted ?? bare}`],
  // "rm #errands": every task so tagged, or the tag itself; either is many tasks, which is asked.
  [/^(?:rm|del|delete|remove|trash)\s+[#@](\p{L}[\p{L}\p{N}_-]*)$/iu, 'delete all tasks tagged $1'],
  // "1:1 w/ manager": "w/" is "with" (the title keeps what was typed).
  [/(?<=^|\s)w\/(?=\s)/gi, 'with'],
  // "tag the flight stuff w travel": the tag after a bare "w".
  [/^((?:tag|label)\s+.+?)\s+w\s+(?=[\p{L}\p{N}_-]+$)/iu, '$1 with '],
  // "eow", "eom": the end of the week, of the month.
  [/\beo(w|m)\b/gi, (_all, period = '') => `end of the ${period.toLowerCase() === 'w' ? 'week' : 'month'}`],
  // "done *", "rm *": every task.
  [/^(\S+(?:\s+\S+)?)\s+\*$/, '$1 all'],
  // "edit 3 title=… pri=high": the new title, then how much it matters.
  [/^(rename\s+.+?\s+to\s+.+?),\s+(high|medium|low)\s+priority$/i, '$1 and make it $2 priority'],
  // "rm 14 && add call bob", "done 3; rm 4": two commands on one line.
  [/\s*&&\s*/g, ' and also '],
  [/\s*;\s*(?=(?:done|complete|close|reopen|rm|del|delete|mv|move|tag|untag|ls)\s+(?!(?:it|that|them)\b))/gi, ' and also '],
];

/**
 * "/groceries", "#groceries" after a listing, a share, a move or an add: the caller's project of that name, said as the
 * rest of the rules read a project ("in Garden Club", "share Work with …", "to Groceries").
 */
function projectsMarked(text: string, known: KnownNames): string {
  let line = text;
  for (const project of [...(known.projects ?? [])].sort((a, b) => b.length - a.length)) {
    const marked = new RegExp(`(^|\\s)[/#]${escapeRegExp(project).replace(/\s+/g, '[\\s-]?')}(?![\\p{L}\\p{N}_-])`, 'iu');
    if (!marked.test(line)) continue;
    if (/^(?:show|list)\s+[/#]\S/i.test(line) && line.replace(marked, '').trim().split(/\s+/).length === 1) return `what's in ${project}`;
    if (/^(?:(?:what'?s|whats|what\s+is)\s+in|share|unshare)\s+/i.test(line)) line = line.replace(marked, `$1${project}`);
    else if (/^(?:move|mv)\s+/i.test(line))
      line = line.replace(
        marked,
        (_said, lead: string, at: number) => `${lead}${/\bto\s*$/i.test(line.slice(0, at)) ? '' : 'to '}${project}`,
      );
    else if (/^\//.test(marked.exec(line)?.[0]?.trim() ?? '')) line = line.replace(marked, ` to ${project}`);
  }
  return line;
}

/** Politeness before a command and thanks after it ("please ls", "snooze 14 1w, thanks!"): set aside while it is rewritten. */
const POLITE_BEFORE = /^(?:(?:please|pls|plz|kindly|(?:can|could|would)\s+you(?:\s+please)?)[,\s]+)+(?=\S)/i;
const THANKS_AFTER = /[,.!\s]+(?:thanks|thank\s+you|thx|ty|cheers)[!.]*$/i;

/** The message with the command-line shapes above said the way the rest of the rules read them. */
export function inCommandLine(message: string, known: KnownNames = {}): string {
  const said = message.trim();
  const polite = POLITE_BEFORE.exec(said)?.[0] ?? '';
  const thanks = THANKS_AFTER.exec(said.slice(polite.length))?.[0] ?? '';
  let text = inCommandFields(said.slice(polite.length, said.length - thanks.length).trim());
  for (const [pattern, replacement] of REWRITES)
    text =
      typeof replacement === 'string'
        ? text.replace(pattern, replacement)
        : text.replace(pattern, replacement as (...groups: string[]) => string);
  return `${polite}${projectsMarked(text, known).trim()}${thanks}`;
}
