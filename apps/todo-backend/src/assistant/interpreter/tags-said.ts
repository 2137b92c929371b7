// A tag asked for as a wish or a state rather than with "tag …": "I want the insurance task tagged finance", "the
// insurance task should have the finance tag", "can the insurance task get a finance tag", "apply the finance tag to
// 4", "#finance for 4", "insurance task: tag finance", and taken away: "4 should not be tagged finance".

export type TagSaid =
  | { tool: 'add_tag' | 'remove_tag'; ref: string; args: { tag: string } | { tags: string[] } }
  | { tool: 'update_task'; ref: string; args: { tags: [] } }
  | { ask: string };

const TAG = String.raw`#?([\p{L}\p{N}_-]+)`;
const WITH_TAG = String.raw`(?:(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?|(?:with|to\s+have)\s+(?:the\s+|a\s+)?(?:tag|label)\s+)`;

/** Shapes with the task first, then the tag. */
const TASK_THEN_TAG = [
  // "I want the insurance task tagged finance", "I'd like 4 labelled as work".
  new RegExp(String.raw`^(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+(.+?)\s+${WITH_TAG}${TAG}$`, 'iu'),
  // "the task of the insurance I want with the tag finance".
  new RegExp(String.raw`^(.+?)\s+(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+${WITH_TAG}${TAG}$`, 'iu'),
  // "the insurance task should have the finance tag", "can the insurance task get a finance tag", "the gutters want an
  // outdoor tag" (a plural task says "want").
  new RegExp(
    String.raw`^(.+?)\s+(?:(?:should|needs?\s+to|must)\s+(?:have|get|carry)|needs?|wants?|could\s+(?:use|do\s+with)|deserves?)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`,
    'iu',
  ),
  // "categorise the receipt under finance", "classify 4 as admin", "put the report in the work category".
  new RegExp(
    String.raw`^(?:categori[sz]e|classify|class)\s+(.+?)\s+(?:under|as|in(?:to)?)\s+(?:the\s+)?${TAG}(?:\s+(?:category|tag|label))?$`,
    'iu',
  ),
  new RegExp(String.raw`^(?:put|file|sort|move|place)\s+(.+?)\s+(?:in|into|under)\s+(?:the\s+)?${TAG}\s+(?:category|tag|label)$`, 'iu'),
  // "add to the gym task the label fitness": the task, then the tag, after "add to" (never a task to add).
  new RegExp(String.raw`^(?:add|give|put|attach)\s+(?:to|on)\s+(.+?)\s+(?:the|a|an)\s+(?:tag|label)\s+${TAG}$`, 'iu'),
  new RegExp(String.raw`^(?:add|give|put|attach)\s+(?:to|on)\s+(.+?)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  // "tag the report under work".
  new RegExp(String.raw`^(?:tag|label)\s+(.+?)\s+under\s+${TAG}$`, 'iu'),
  // "label: home", "tag it: home".
  new RegExp(String.raw`^(?:tag|label)(?:\s+(it|that|this))?\s*:\s*${TAG}$`, 'iu'),
  // "make the report tagged work", "get 4 labelled admin".
  new RegExp(String.raw`^(?:make|get|have)\s+(.+?)\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?${TAG}$`, 'iu'),
  // "can the gym task be tagged fitness".
  new RegExp(String.raw`^(?:can|could)\s+(.+?)\s+be\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?${TAG}$`, 'iu'),
  // "mark the report #work": a "#" word is a tag, never a state.
  /^(?:mark|flag)\s+(.+?)\s+#([\p{L}][\p{L}\p{N}_-]*)$/iu,
  // "mark 4 with the finance tag", "flag the essay with a school label".
  new RegExp(String.raw`^(?:mark|flag|tag|label)\s+(.+?)\s+with\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  new RegExp(String.raw`^(?:can|could)\s+(.+?)\s+(?:get|have)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  // "12 tag errands": a task's number, then the tag (a colon may come between).
  new RegExp(String.raw`^((?:task\s*)?#?\d+)\s*:?\s+(?:tag|label)\s+(?:it\s+)?(?:as\s+|with\s+)?${TAG}$`, 'iu'),
  // "re-label the gate as garden", "retag 5 to garden".
  new RegExp(String.raw`^(?:re-label|re-tag)\s+(.+?)\s+(?:as|with|to)\s+${TAG}$`, 'iu'),
  new RegExp(String.raw`^(?:retag|relabel|re-tag|re-label)\s+(.+?)\s+(?:to|into)\s+${TAG}$`, 'iu'),
  // "retag the report finance": the tag last, after a task said without "as" or "to".
  new RegExp(String.raw`^(?:retag|relabel|re-tag|re-label)\s+(.+?)(?<!\s(?:as|with|to|into))\s+${TAG}$`, 'iu'),
  // "tag report -> work", "label the report with the label work", "give the report a tag: work".
  new RegExp(String.raw`^(?:tag|label)\s+(.+?)\s*(?:->|→|=>)\s*${TAG}$`, 'iu'),
  new RegExp(String.raw`^(?:tag|label)\s+(.+?)\s+with\s+(?:the|a)\s+(?:tag|label)\s+${TAG}$`, 'iu'),
  new RegExp(String.raw`^(?:give|add)\s+(.+?)\s+(?:a|the)\s+(?:tag|label)\s*:\s*${TAG}$`, 'iu'),
  // "add a tag to the report: work".
  new RegExp(String.raw`^(?:add|put|give)\s+(?:a|the)\s+(?:tag|label)\s+(?:to|on)\s+(.+?)\s*:\s*${TAG}$`, 'iu'),
  // "report: add tag work".
  new RegExp(String.raw`^(.+?)\s*:\s*(?:add|put)\s+(?:the\s+|a\s+)?(?:tag|label)\s+${TAG}$`, 'iu'),
  // "insurance task: tag finance".
  new RegExp(String.raw`^(.+?)\s*:\s*(?:tag|label)\s+(?:it\s+)?(?:as\s+|with\s+)?${TAG}$`, 'iu'),
];
/** Shapes with the tag first: "apply the finance tag to 4", "#finance for 4". */
const TAG_THEN_TASK = [
  new RegExp(String.raw`^(?:apply|attach|assign)\s+(?:the\s+|a\s+|an\s+)?${TAG}\s+(?:tag|label)\s+(?:to|on)\s+(.+)$`, 'iu'),
  /^#([\p{L}\p{N}_-]+)\s+(?:for|on|to)\s+(.+)$/iu,
  // "I want the tag work on the report", "add work as a tag to the report".
  new RegExp(String.raw`^(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+(?:the|a)\s+(?:tag|label)\s+${TAG}\s+(?:on|for)\s+(.+)$`, 'iu'),
  new RegExp(String.raw`^(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+(?:the|a)\s+${TAG}\s+(?:tag|label)\s+(?:on|for)\s+(.+)$`, 'iu'),
  new RegExp(String.raw`^(?:add|put|give|apply)\s+${TAG}\s+as\s+(?:a\s+|the\s+)?(?:tag|label)\s+(?:to|on|for)\s+(.+)$`, 'iu'),
  // "tag with work": the task talked about.
  new RegExp(String.raw`^(?:tag|label)\s+(?:it\s+)?with\s+${TAG}()$`, 'iu'),
  // "add label "home" to 5" (the tag unquoted first).
  new RegExp(String.raw`^(?:add|put|give)\s+(?:the\s+|a\s+)?(?:tag|label)\s+${TAG}\s+(?:to|on)\s+(.+)$`, 'iu'),
  // "home tag on the boiler", "add the home tag" (to the task talked about).
  new RegExp(String.raw`^${TAG}\s+(?:tag|label)\s+(?:on|for|to)\s+(.+)$`, 'iu'),
  new RegExp(String.raw`^(?:add|put|give|stick|slap|apply)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)()$`, 'iu'),
];
/** The verbs of taking a tag off ("get rid of the home tag on 5"): never a task to delete. */
const TAKE_OFF = String.raw`(?:remove|delete|drop|clear|ditch|lose|strip|scrap|get\s+rid\s+of|take\s+(?:off|away)|rm)`;
/** Shapes that take a named tag off: "remove the urgent tag" (the task talked about), "get rid of the home tag on 5". */
const TAG_OFF = [
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+|its\s+|that\s+)?${TAG}\s+(?:tag|label)()$`, 'iu'),
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+|its\s+|that\s+)?${TAG}\s+(?:tag|label)\s+(?:from|on|off|of|for)\s+(?:of\s+)?(.+)$`, 'iu'),
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+)?(?:tag|label)\s+${TAG}()$`, 'iu'),
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+)?(?:tag|label)\s+${TAG}\s+(?:from|on|off|of|for)\s+(?:of\s+)?(.+)$`, 'iu'),
  // "get the work label off the report", "take the work tag off 4".
  new RegExp(String.raw`^(?:get|take|pull|strip)\s+(?:the\s+|its\s+)?${TAG}\s+(?:tag|label)\s+off\s+(?:of\s+)?(.+)$`, 'iu'),
  // "no more work tag on the report".
  new RegExp(String.raw`^no\s+(?:more\s+)?${TAG}\s+(?:tag|label)\s+(?:on|for)\s+(.+)$`, 'iu'),
  // "untag home": one word, no task, taken off the task talked about.
  /^(?:untag|unlabel)\s+#?([\p{L}_-]+)()$/iu,
  // "remove fitness from the gym tags", "take work out of 4's labels".
  new RegExp(String.raw`^${TAKE_OFF}\s+${TAG}\s+(?:from|out\s+of|off)\s+(?:the\s+)?(.+?)(?:'s)?\s+(?:tags|labels)$`, 'iu'),
];

const TAG_LIST = String.raw`(#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)+)`;
/**
 * Several tags after a task that ends plainly ("tag the gym task fitness and health", "label 5 home, errands"), or
 * listed with commas ("label the bike hobby, outdoors": the word before the first comma is the first tag).
 */
const MANY_AFTER_TASK = [
  // "add the tags work and urgent to the report".
  new RegExp(String.raw`^(?:add|put|give|apply)\s+(?:the\s+)?(?:tags|labels)\s+${TAG_LIST}\s+(?:to|on)\s+(.+)$`, 'iu'),
  new RegExp(String.raw`^(?:tag|label|retag|relabel)\s+(.+?\s+(?:task|todo|one)|(?:task\s*)?#?\d+)\s+(?:as\s+|with\s+)?${TAG_LIST}$`, 'iu'),
  /^(?:tag|label|retag|relabel)\s+(.+?)\s+(#?[\p{L}\p{N}_-]+(?:\s*,\s*(?:and\s+)?#?[\p{L}\p{N}_-]+)+)$/iu,
  // "tag the bike hobby and outdoors": after a task said with "the" or "my", the two words around "and" are the tags.
  /^(?:tag|label|retag|relabel)\s+((?:the|my)\s+.+?)\s+(?:as\s+|with\s+)?(#?[\p{L}\p{N}_-]+\s+(?:and|&)\s+#?[\p{L}\p{N}_-]+)$/iu,
  // "tag the report with #work #finance": marks written one after the other.
  /^(?:tag|label|retag|relabel)\s+(.+?)\s+(?:as\s+|with\s+)?(#[\p{L}\p{N}_-]+(?:\s+#[\p{L}\p{N}_-]+)+)$/iu,
];

/** "4 should not be tagged finance", "the report shouldn't have the work tag". */
const NOT_TAGGED = [
  // "the gate no longer needs the home tag", "the gate doesn't need the home tag anymore".
  new RegExp(
    String.raw`^(.+?)\s+(?:no\s+longer\s+needs|doesn'?t\s+need|does\s+not\s+need|don'?t\s+need|do\s+not\s+need)\s+(?:the|a|an|its)\s+${TAG}\s+(?:tag|label)(?:\s+any\s*more)?$`,
    'iu',
  ),
  // "remove the report's finance tag", "delete 4's work label": the task's own tag, never the task.
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+)?(.+?)'s?\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  // "the report is no longer tagged finance", "4 isn't labelled work any more".
  new RegExp(String.raw`^(.+?)\s+(?:is\s+no\s+longer|isn'?t|is\s+not)\s+(?:tagged|labell?ed)\s+(?:as\s+)?${TAG}(?:\s+any\s*more)?$`, 'iu'),
  // "the report: remove tag work".
  new RegExp(String.raw`^(.+?)\s*:\s*(?:remove|delete|drop|untag)\s+(?:the\s+)?(?:tag|label)\s+${TAG}$`, 'iu'),
  new RegExp(
    String.raw`^(.+?)\s+(?:should\s+not|shouldn'?t|doesn'?t\s+need\s+to)\s+be\s+(?:tagged|labell?ed)\s+(?:as\s+)?${TAG}(?:\s+any\s*more)?$`,
    'iu',
  ),
  new RegExp(String.raw`^(.+?)\s+(?:should\s+not|shouldn'?t)\s+have\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)(?:\s+any\s*more)?$`, 'iu'),
];
/** Words that begin a question or a listing, never a task: "which tasks should have the work tag". */
const NOT_A_TASK = /^(?:what|which|who|how|show|list|tasks|todos|everything|all|any)\b/i;

/** "untag the invoice", "unlabel my passport task": no tag named, so every tag comes off (the task stays). */
const UNTAG_ALL = /^(?:untag|unlabel)\s+((?:the|my|this|that)\s+.+|it|that|this|that\s+one|this\s+one|(?:task\s*)?#?\d+)$/i;

/** "take the tags off the boiler", "strip all the labels off 4": every tag comes off. */
const ALL_OFF = /^(?:take|get|strip|pull|rip)\s+(?:all\s+)?(?:the\s+|its\s+)?(?:tags|labels)\s+off\s+(?:of\s+)?(.+)$/i;
/** "remove the tag", "delete the label": which tag, from which task? Never the task itself. */
/** "clear its tags", "remove all tags": every tag of the task talked about. */
const ITS_TAGS_OFF = new RegExp(String.raw`^${TAKE_OFF}\s+(?:all\s+(?:of\s+)?)?(?:its|the|all|all\s+the)\s+(?:tags|labels)$`, 'i');
/** "tag 3 urgent and 4 home": two tasks, each with its tag; asked, one at a time. */
const TWO_TAGGINGS =
  /^(?:tag|label)\s+(?:task\s*)?#?\d+\s+(?:as\s+)?#?[\p{L}\p{N}_-]+\s*(?:,|and|&)\s*(?:task\s*)?#?\d+\s+(?:as\s+)?#?[\p{L}\p{N}_-]+$/iu;
/** "tag the fence and the gate garden": two tasks named, one at a time. */
const SEVERAL_TAGGED = /^(?:tag|label|retag|relabel)\s+(?:the|my|task|#?\d).*?\s(?:and|&)\s+(?:the|my|task|#?\d)/i;
const WHICH_TAG = new RegExp(String.raw`^${TAKE_OFF}\s+(?:the|a|that|this|its)\s+(?:tag|label)s?$`, 'i');
/**
 * "remove home from the boiler": one word taken off a task that is no list or project of the caller's is a tag; a
 * task is never deleted for it ("remove milk from groceries" is read by the project rules first).
 */
const WORD_OFF = /^(?:remove|take|drop|strip)\s+#?([\p{L}_-]+)\s+(?:from|off)\s+((?:the|my|task)\s+.+|#?\d+|it|that|this)$/iu;

/** Words of a task's other fields or of pointing back, never a tag taken off: "remove reminder from the report". */
const NOT_A_TAG =
  /^(?:it|that|this|them|everything|all|the|my|reminders?|alerts?|alarms?|notifications?|dates?|due|deadlines?|priority|prio|descriptions?|notes?|details?|comments?|subtasks?|steps?|assignees?|owners?|recurrence|repeats?|repetition|time|tags?|labels?)$/i;

/** "remove the work and urgent tags from the report": several tags off at once are taken one at a time. */
// "clear the date and the tags on …" names two fields, no tags.
const SEVERAL_OFF = new RegExp(
  String.raw`^${TAKE_OFF}\s+(?:the\s+)?(?!(?:due\s+)?(?:dates?|deadlines?|notes?|descriptions?)\s+(?:and|&)\s)${TAG_LIST}\s+(?:tags|labels)\b`,
  'iu',
);

/** "rename the tag work to office": a tag itself is renamed in the app, never a task. */
const TAG_RENAMED = /^(?:rename|retitle|change\s+the\s+name\s+of)\s+(?:the\s+|my\s+)?(?:tag|label)\b/i;
/** "add errands to 12": a word added to a task's number may be a tag or a subtask; asked. */
const WORD_TO_NUMBER = /^add\s+([\p{L}][\p{L}_-]*)\s+to\s+((?:task\s*)?#?\d+)$/iu;

/** "tag the report as "work"": the plain tag shapes, read again once a quoted tag is unquoted. */
const QUOTED_TAG = /["“']([\p{L}\p{N}_-]+)["”']/gu;
const PLAIN_TAG = [
  new RegExp(String.raw`^(?:tag|label|retag|relabel)\s+(.+?)\s+(?:as|with)\s+${TAG}$`, 'iu'),
  new RegExp(String.raw`^(?:tag|label)\s+(.+?)\s+${TAG}$`, 'iu'),
];

export function readTagSaid(said: string): TagSaid | undefined {
  const text = said.replace(QUOTED_TAG, '$1');
  if (text !== said) {
    for (const shape of PLAIN_TAG) {
      const match = shape.exec(text);
      if (match?.[1] && match[2]) return { tool: 'add_tag', ref: match[1], args: { tag: match[2].toLowerCase() } };
    }
  }
  if (TAG_RENAMED.test(text)) return { ask: 'I do not rename tags; tag the tasks with the new name and remove the old one.' };
  const wordTo = WORD_TO_NUMBER.exec(text);
  if (wordTo?.[1] && wordTo[2])
    return {
      ask: `Should "${wordTo[1]}" be a tag on ${wordTo[2]}? Say "tag ${wordTo[2]} ${wordTo[1]}", or "add a subtask to ${wordTo[2]}: …".`,
    };
  if (TWO_TAGGINGS.test(text) || SEVERAL_TAGGED.test(text))
    return { ask: 'One task at a time, please: say "tag 3 urgent", then the next.' };
  if (ITS_TAGS_OFF.test(text)) return { tool: 'update_task', ref: 'it', args: { tags: [] } };
  if (SEVERAL_OFF.test(text)) return { ask: 'One tag at a time, please: say "remove the work tag from …", then the next.' };
  if (WHICH_TAG.test(text)) return { ask: 'Which tag, from which task? Say for example "remove the work tag from the report".' };
  const allOff = ALL_OFF.exec(text)?.[1];
  if (allOff) return { tool: 'update_task', ref: allOff, args: { tags: [] } };
  const wordOff = WORD_OFF.exec(text);
  if (
    wordOff?.[1] &&
    wordOff[2] &&
    !NOT_A_TAG.test(wordOff[1]) &&
    // "remove Ana from the report": a name is a person taken off the task (the project rules read it first).
    !/^\p{Lu}\p{Ll}/u.test(wordOff[1]) &&
    !/\b(?:list|project|inbox|tasks|todos|to-dos|agenda|calendar|schedule|plate|tags|labels)$/i.test(wordOff[2])
  )
    return { tool: 'remove_tag', ref: wordOff[2], args: { tag: wordOff[1].toLowerCase() } };
  const untagAll = UNTAG_ALL.exec(text);
  // "untag the report work" names the tag last: only a task said alone loses every tag.
  if (
    untagAll?.[1] &&
    !/\s(?:from|as)\s/i.test(untagAll[1]) &&
    /^(?:(?:the|my|this|that)\s+[\p{L}\p{N}'-]+(?:\s+(?:task|todo|one))?|it|that|this|that\s+one|this\s+one|(?:task\s*)?#?\d+)$/iu.test(
      untagAll[1],
    )
  )
    return { tool: 'update_task', ref: untagAll[1], args: { tags: [] } };
  for (const [index, shape] of MANY_AFTER_TASK.entries()) {
    const found = shape.exec(text);
    // The first shape names the tags first.
    const match = found && index === 0 ? [found[0], found[2], found[1]] : found;
    if (!match?.[1] || !match[2] || NOT_A_TASK.test(match[1].trim())) continue;
    const tags = match[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s+(?=#)/i).map((tag) => tag.replace(/^#/, '').toLowerCase());
    return { tool: 'add_tag', ref: match[1].trim(), args: { tags: [...new Set(tags)] } };
  }
  for (const [tool, shapes, taskFirst] of [
    ['remove_tag', NOT_TAGGED, true],
    ['add_tag', TASK_THEN_TAG, true],
    ['add_tag', TAG_THEN_TASK, false],
    ['remove_tag', TAG_OFF, false],
  ] as const) {
    for (const shape of shapes) {
      const match = shape.exec(text);
      // A tag taken off with no task said is taken off the task talked about.
      const ref = (taskFirst ? match?.[1] : match?.[2]) || (match && !taskFirst ? 'it' : undefined);
      const tag = taskFirst ? match?.[2] : match?.[1];
      // "tag the fence and the gate garden": two tasks, one at a time.
      if (ref && tag && /\s(?:and|&)\s+(?:the|my|task|#?\d)/i.test(ref))
        return { ask: 'One task at a time, please: tag the first, then the next.' };
      if (ref && tag && !NOT_A_TASK.test(ref.trim()) && !/^(?:tags?|labels?|all|every|each|any|the|a|an|its|my|this|that)$/i.test(tag))
        return { tool, ref: ref.trim(), args: { tag: tag.toLowerCase() } };
    }
  }
  return undefined;
}
