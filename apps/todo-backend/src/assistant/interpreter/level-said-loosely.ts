// A task's level said around the words the rules read: "knock the priority down on the shed" (lower the shed), "the MOT
// was low priority but now it's urgent" (what it is now counts), "the car insurance one goes to high" (made high), "can
// the newsletter go down to low?" (the same, asked).

const PRIORITY_DOWN =
  /^(?:knock|bring|take|turn|dial|drop|put)\s+(?:the\s+)?(?:priority|prio|urgency)\s+down\s+(?:a\s+(?:notch|bit|peg)\s+)?(?:on|of|for)\s+(.+)$/i;
const PRIORITY_UP =
  /^(?:bump|bring|turn|dial|crank|put)\s+(?:the\s+)?(?:priority|prio|urgency)\s+up\s+(?:a\s+(?:notch|bit|peg)\s+)?(?:on|of|for)\s+(.+)$/i;
const WAS_BUT_NOW =
  /^(.+?)\s+(?:was|used\s+to\s+be)\s+[^,]+?,?\s+but\s+(?:now\s+)?(?:it'?s|it\s+is|they'?re|they\s+are)\s+(?:now\s+)?(.+)$/i;

const GOES_TO_LEVEL =
  /^(?!(?:what|which|who|how|does|do|should|will|would|can|could)\b)(.+?)\s+(?:(?:can|could)\s+)?(?:goes|go|moves|gets\s+bumped|drops|comes)\s+(?:up\s+|down\s+)?to\s+(high|medium|low|normal|top|urgent)(?:\s+(?:priority|prio))?$/i;
/** "can the newsletter go down to low priority?": asked, it is the same request ("could" or "can" never asks a fact). */
const MAY_GO_TO_LEVEL =
  /^(?:can|could)\s+(.+?)\s+(?:go|move|drop|come)\s+(?:up\s+|down\s+)?to\s+(high|medium|low|normal|top|urgent)(?:\s+(?:priority|prio))?(?:\s+(?:instead|now))?$/i;

/** "renew car insurance, this is urgent, due friday": a level said of the words before it as a clause is that field. */
const LEVEL_CLAUSE =
  /,\s*(?:it'?s|its|it\s+is|this\s+is|this'?s|that'?s|thats|that\s+is)\s+(?:really\s+|very\s+|super\s+|quite\s+|so\s+)?(urgent|important|top\s+priority|high\s+priority|a\s+priority)(?=\s*(?:[,;]|$))/i;
const CHANGE_BEFORE =
  /^(?:make|set|mark|flag|bump|raise|lower|move|change|push|shift|reschedule|postpone|prioriti[sz]e|put|update)\b|\b(?:high|low|medium|urgent|important|priority|prio|p[1-4]|up|down)\b/i;
/** "renew car insurance, urgent, due friday": a level between two fields, said last as the rules read it there. */
const LEVEL_BETWEEN_FIELDS = /^([^,;]+),\s*(urgent|important|top\s+priority|asap)\s*,\s*([^,;]+)$/i;

/**
 * "top priority: the slide deck", "low prio - the shed": a level as a heading over a task named with "the" or "my" and
 * nothing to do. A new task so titled, or a task to change? Asked, never guessed.
 */
const LEVEL_HEADING_OVER_A_NAME =
  /^(top|high|highest|medium|low|lowest)\s+(?:priority|prio|pri)\s*(?::|\s[-–—])\s*((?:the|my|that)\s+[^,;:]+)$/i;

/** The question a level said over a task's name asks, or undefined. */
export function levelHeadingAsked(text: string): string | undefined {
  const heading = LEVEL_HEADING_OVER_A_NAME.exec(text.trim().replace(/[.!]+$/, ''));
  if (!heading?.[1] || !heading[2]) return undefined;
  const level = /^(?:top|high)/i.test(heading[1]) ? 'high' : /^low/i.test(heading[1]) ? 'low' : 'medium';
  return `Is "${heading[2]}" a new task, or one you have? Say "add …" for a new one, or "make … ${level} priority" to change it.`;
}

/** "jamie's PR review — drop to low": the task as a heading, then the change with its "it" left out. */
const TASK_THEN_CHANGE =
  /^(?!(?:what|which|how|show|list|add|new|create)\b)([^,;:–—]+?)\s*(?::|\s[-–—]|[–—])\s*(drop|bump|move|raise|lower|knock|push|put|set|change|make)\s+((?:down|up)\s+)?to\s+(high|medium|low|normal|top|urgent)(\s+(?:priority|prio))?(\s*[,;].*)?$/i;

/** "drop the PR review to low, he's on leave": a level a task drops to, then why; the why is no part of the change. */
const DROPPED_TO_LEVEL_THEN_WHY =
  /^((?:drop|knock|bump|move|lower|put|take)\s+.+?\s+(?:down\s+|up\s+)?to\s+(?:high|medium|low|normal)(?:\s+(?:priority|prio))?)\s*(?:[,;.]|\s[-–—])\s+(?!(?:and|then|also|add|tag|move|set|rename|remind)\b)\S.*$/i;

/** The sentence said as the change it asks ("lower the shed"), or as it came. */
export function levelSaidLoosely(text: string): string {
  const plain = text
    .trim()
    .replace(/[.!]+$/, '')
    .replace(LEVEL_CLAUSE, (clause, level: string, at: number, all: string) =>
      // "make the report high, it's urgent", "bump it up, this is urgent": a reason for a change said before it.
      CHANGE_BEFORE.test(all.slice(0, at)) ? clause : `, ${level.replace(/^a\s+/i, '')}`,
    )
    .replace(LEVEL_BETWEEN_FIELDS, '$1, $3, $2');
  const changed = TASK_THEN_CHANGE.exec(plain);
  if (changed?.[1] && changed[2] && changed[4])
    return levelSaidLoosely(`${changed[2]} ${changed[1]} ${changed[3] ?? ''}to ${changed[4]}${changed[5] ?? ''}${changed[6] ?? ''}`);
  const dropped = DROPPED_TO_LEVEL_THEN_WHY.exec(plain)?.[1];
  if (dropped) return dropped;
  const down = PRIORITY_DOWN.exec(plain);
  if (down?.[1]) return `lower ${down[1]}`;
  const up = PRIORITY_UP.exec(plain);
  if (up?.[1]) return `make ${up[1]} high priority`;
  const goes = GOES_TO_LEVEL.exec(plain) ?? MAY_GO_TO_LEVEL.exec(plain.replace(/\?+$/, ''));
  if (goes?.[1] && goes[2]) return `make ${goes[1]} ${goes[2]} priority`;
  const now = WAS_BUT_NOW.exec(plain);
  if (now?.[1] && now[2] && /\b(?:urgent|important|priority|prio|high|low|medium)\b/i.test(now[2])) return `${now[1]} is ${now[2]}`;
  return plain === text.trim().replace(/[.!]+$/, '') ? text : plain;
}
