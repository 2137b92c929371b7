import { EMAIL, readAssignment, withRef } from './assignments.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { clean } from './phrases.ts';
import {
  escapeRegExp,
  extractProject,
  type KnownNames,
  knownProject,
  leadingProject,
  projectArgument,
  spelled,
  unknownProject,
} from './project-names.ts';
import { EDIT_VERB } from './vocabulary.ts';

export { extractListProject, extractProject, type KnownNames, knownProject } from './project-names.ts';

// The sentences about projects: listing, creating and sharing them, assigning tasks and moving them between projects,
// searching one, and a project said first ("Groceries: add tomatoes").

const ROLE =
  /(?:\s*,?\s*(?:(?:as\s+(?:an?\s+)?|\(\s*)(editor|viewer)s?\s*\)?|(read[\s-]?only|view[\s-]?only|who can view|who can only view|can view)|(who can edit|can edit)))$/i;

function roleOf(text: string): { text: string; role?: 'editor' | 'viewer' } {
  const match = ROLE.exec(text);
  if (!match) return { text };
  const role = match[1] ? (match[1].toLowerCase() as 'editor' | 'viewer') : match[2] ? 'viewer' : 'editor';
  return { text: text.slice(0, match.index), role };
}

/** A second change after the project a task goes to: "… home projects and make it low", "… Work, then tag it urgent". */
const SECOND_CHANGE_AFTER_PROJECT =
  /^(?:\s+project)?\s*(?:,\s*|\s+)(?:and|then|also|plus|,)?\s*(?:then\s+|also\s+)?(?:make|set|mark|tag|untag|label|rename|retitle|call|change|move|push|add|give|put|drop|bump|clear|remove|take)\s+(?:it|that|them|this)\b/i;

/** How many characters a leading "the", "my" or "our" takes. */
const leadingArticle = (phrase: string) => /^\s*(?:the|my|our)\s+/i.exec(phrase)?.[0].length ?? 0;

/** The sentences that are about projects themselves, or undefined when the message is about something else. */
export function interpretProjectPhrase(text: string, known: KnownNames): Interpretation | undefined {
  const lower = text.toLowerCase();
  if (
    /^(?:(?:list|show|display|see|view|get)\s+)?(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:projects|projs|lists)$/i.test(lower) ||
    /^(?:what|which)\s+(?:projects|projs|lists)\b/i.test(lower) ||
    /^(?:what are|which are)\s+(?:all\s+)?(?:of\s+)?my\s+(?:projects|projs|lists)$/i.test(lower) ||
    /^(?:(?:list|show|display|see|view|get)\s+)?(?:me\s+)?(?:every|each)\s+(?:project|list)(?:\s+i\s+have)?$/i.test(lower) ||
    /^(?:(?:give|show|get|send)\s+me\s+)?(?:the\s+|a\s+)?list\s+of\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+)?(?:projects|lists)$/i.test(
      lower,
    ) ||
    /^how\s+many\s+(?:projects|projs|lists)\b/i.test(lower) ||
    // "show what lists I've made", "show me the projects we have": the lists, said with who made them.
    /^(?:list|show|display|see|view|get|tell)\s+(?:me\s+)?(?:what|which|the|my|all\s+(?:the|my))\s+(?:projects|projs|lists)\s+(?:i|we)(?:'ve|\s+have)?(?:\s+(?:got|made|created|set\s+up|started))?$/i.test(
      lower,
    )
  ) {
    return { kind: 'call', tool: 'list_projects', args: {} };
  }

  // "I want a new project for the kitchen", "let's start a list called Packing": a wish for one is a request to make it.
  const wanted = text
    .replace(
      /^(?:(?:i\s+(?:want|need|would\s+like|'d\s+like)|i'd\s+like)(?:\s+to\s+(?:make|create|start|set\s+up|have))?|let'?s\s+(?:make|start|create|have|set\s+up))\s+(?=(?:a|an)\s+)/i,
      'create ',
    )
    .replace(/^(?:can|could|may)\s+(?:i|we)\s+(?:have|get|make|create|start)\s+(?=(?:a|an)\s+)/i, 'create ')
    // "make a project, call it Renovation", "create a new list and name it Gifts".
    .replace(
      /^((?:create|make|add|start|new|set\s+up)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:project|list))\s*(?:,\s*|\s+and\s+)(?:call|name)\s+it\s+/i,
      '$1 called ',
    );
  const create =
    /^(?:create|make|add|start|new|set\s+up)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+)?(?:project|proj|list)\s*(?:called|named|titled|:)?\s+(.+)$/i.exec(
      wanted,
    ) ?? /^(?:new)\s+(?:project|list)\s*:?\s*(.+)$/i.exec(wanted);
  if (create?.[1]) {
    // "a project for the Wedding Planning" is named by what it is for; "a list of things to pack" is no name.
    const name = clean(create[1].replace(/^(?:for\s+(?:the\s+|my\s+|our\s+)?|with\s+(?:the\s+)?name\s+)/i, '')).replace(
      /^["'“](.*)["'”]$/,
      '$1',
    );
    if (name && !/^of\b/i.test(name)) return { kind: 'call', tool: 'create_project', args: { name } };
  }
  // "create Renovation project", "create the Renovation project": the name said before "project".
  const nameFirst = /^(?:create|set\s+up)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:new\s+)?(.+?)\s+project$/i.exec(wanted);
  if (
    nameFirst?.[1] &&
    !/^(?:a|an|the|my|new|our)$/i.test(nameFirst[1]) &&
    !knownProject(nameFirst[1], known) &&
    !/\s(?:to|in|into|for|under|on|about|with)\s/i.test(nameFirst[1])
  )
    return { kind: 'call', tool: 'create_project', args: { name: clean(nameFirst[1]) } };
  // "create a project", "make a new list": no name said, so asked, never a task titled "project".
  if (/^(?:create|make|add|start|new|set\s+up)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+)?(?:project|list)$/i.test(wanted))
    return { kind: 'help', reason: 'What should the project be called? Say for example "create a project called Garden".' };

  // "add bin bags to groceries and share it with sam@…": two requests, one of them about a project; asked, not half done.
  if (
    /^(?:add|create|new|put|make|move|assign)\b.*\s(?:and|then|,)\s+(?:then\s+|also\s+)?(?:share|invite|assign|move)\s+(?:it|that|them|the|my|\S+@|\p{L}+\s+with\s+\S+@)/iu.test(
      text,
    )
  )
    return { kind: 'help', reason: 'One thing at a time, please: say the first, then the second.' };

  // A task added or moved to a project the caller does not have is asked about before anything changes; a question
  // about one ("what's in the Camping project?") goes to the tool, whose answer lists the caller's projects.
  const unknown = QUESTION.test(text) ? undefined : unknownProject(text, known);
  if (unknown) {
    const yours = (known.projects ?? []).map((name) => `"${name}"`).join(', ');
    return {
      kind: 'help',
      reason: `You have no project called "${unknown}". Your projects: ${yours}. Say "create a project called ${unknown}" to make it.`,
    };
  }

  const link =
    /^(?:make|create|get|generate|give\s+me|send\s+me|i\s+(?:need|want))\s+(?:me\s+)?(?:an?\s+)?(?:new\s+)?(?:(?:invite|invitation|share|sharing|join)\s+)?link\s+(?:for(?:\s+(?:sharing|joining))?|to(?:\s+(?:share|join))?)\s+(.+?)(?:\s+(?:that|which)\s+(?:anyone|everyone|people)\s+can\s+use)?$/i.exec(
      text,
    ) ??
    // "link to share groceries please".
    /^(?:an?\s+)?(?:invite\s+|share\s+)?link\s+(?:to\s+(?:share|join)|for)\s+(.+?)(?:\s+(?:please|pls))?$/i.exec(text) ??
    /^share\s+(.+?)\s+(?:with|by|via|using)\s+(?:an?\s+)?(?:invite\s+|invitation\s+|share\s+)?link(?=$|\s*,|\s+as\b|\s+read|\s+view|\s+who|\s+can)(.*)$/i.exec(
      text,
    );
  if (link?.[1]) {
    const { text: rest, role } = roleOf(`${link[1]}${link[2] ?? ''}`);
    const project = spelled(rest, known);
    if (project) return { kind: 'call', tool: 'share_project', args: { project, link: true, ...(role ? { role } : {}) } };
  }

  // "so Ana helps with the deck now, can you share the Work project with ana@example.com": the request after the chatter.
  const asked =
    /(?:^|[,;]\s*|\s+(?:so|and)\s+)(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)?((?:share|invite)\s.+)$/i.exec(text)?.[1] ?? text;
  const share =
    // "share work w/ sam@…", "share my work project with my colleague sam@…".
    new RegExp(`^share\\s+(.+?)\\s+(?:with|w/|w(?=\\s))\\s*(?:(?:my|our)\\s+[\\p{L}-]+\\s+)?${EMAIL}(.*)$`, 'iu').exec(asked) ??
    // "share with sam@example.com the groceries list": the address first.
    new RegExp(`^share\\s+with\\s+${EMAIL}\\s+(.+?)$`, 'i').exec(asked) ??
    // "make sam@example.com an editor of work".
    ((match) => match && [match[0], match[1], `${match[3]} as ${match[2]}`])(
      new RegExp(`^make\\s+${EMAIL}\\s+(?:an?\\s+)?(editor|viewer)\\s+(?:of|on|for|in)\\s+(.+?)$`, 'i').exec(asked),
    ) ??
    // "give sam@example.com access to work".
    new RegExp(`^(?:give|grant)\\s+${EMAIL}\\s+access\\s+(?:to|on|for)\\s+(.+?)$`, 'i').exec(asked) ??
    new RegExp(`^(?:invite|add)\\s+${EMAIL}\\s+(?:to|into|on)\\s+(.+?)$`, 'i').exec(asked) ??
    // "give access to groceries to sam@example.com", "add sam@example.com as editor to work".
    ((match) => match && [match[0], match[2], match[1]])(
      new RegExp(`^(?:give|grant)\\s+access\\s+(?:to|on|for)\\s+(.+?)\\s+to\\s+${EMAIL}$`, 'i').exec(asked),
    ) ??
    ((match) => match && [match[0], match[1], `${match[3]} ${match[2]}`])(
      new RegExp(`^(?:invite|add)\\s+${EMAIL}\\s+(as\\s+(?:an?\\s+)?(?:editor|viewer))\\s+(?:to|into|on)\\s+(.+?)$`, 'i').exec(asked),
    ) ??
    // "send lee@example.com an invite to groceries"
    new RegExp(`^(?:send|email)\\s+${EMAIL}\\s+(?:an?\\s+)?(?:invite|invitation|share)\\s+(?:to|for)\\s+(.+?)$`, 'i').exec(asked);
  // "share work with ana@… and ben@…": one address at a time.
  if (share && /@/.test(share.slice(3).join(' ')))
    return { kind: 'help', reason: 'One person at a time, please: share with the first address, then the next.' };
  if (share?.[1] && share[2]) {
    const emailFirst = !/^share\s+(?!with\s)/i.test(asked);
    const { text: rest, role } = roleOf(emailFirst ? share[2] : `${share[1]}${share[3] ?? ''}`);
    // "invite sam@… to collaborate on groceries": what they are invited to do is no part of the name.
    const projectPart = (emailFirst ? rest : share[1]).replace(/^(?:collaborate|work|help(?:\s+out)?)\s+(?:on|with|in)\s+/i, '');
    const email = emailFirst ? share[1] : share[2];
    // "my wife wants to see the groceries list, share it with …": "it" is the project named before.
    const pointsBack = /^(?:it|that|this|them)$/i.test(roleOf(projectPart).text.trim());
    const project = pointsBack ? namedBefore(text.slice(0, text.length - asked.length), known) : spelled(roleOf(projectPart).text, known);
    if (project) return { kind: 'call', tool: 'share_project', args: { project, email: email.toLowerCase(), ...(role ? { role } : {}) } };
  }

  // "let sam@example.com edit Home Projects": a share with the role said by the verb.
  const letEdit = new RegExp(
    `^(?:let|i\\s+want|i'd\\s+like|i\\s+would\\s+like)?\\s*${EMAIL}\\s+(?:to\\s+|should\\s+(?:be\\s+able\\s+to\\s+)?|can\\s+)?(edit|view|see)\\s+(.+)$`,
    'i',
  ).exec(text);
  const letProject = letEdit?.[3] ? spelled(letEdit[3], known) : undefined;
  if (letEdit?.[1] && letProject) {
    const role = letEdit[2]?.toLowerCase() === 'edit' ? 'editor' : 'viewer';
    return { kind: 'call', tool: 'share_project', args: { project: letProject, email: letEdit[1].toLowerCase(), role } };
  }

  const assignment = readAssignment(text, known);
  if (assignment) return assignment;

  // "take the report out of Work": out of a project with nowhere else said is back to the Inbox.
  const outOf = /^(?:take|move|get|pull)\s+(.+?)\s+out\s+of\s+(.+)$/i.exec(text);
  // "pull the flooring out of Work, wrong list": a remark after the project is no part of its name.
  const leftProject = outOf?.[2] ? (/^(.+?)\s*[,;]\s+\S/.exec(outOf[2])?.[1] ?? outOf[2]) : undefined;
  const leaving = leftProject ? projectArgument(leftProject, known) : undefined;
  if (outOf?.[1] && leaving && knownProject(leaving, known)) return withRef('move_task', outOf[1], { project: 'Inbox' });

  // "the report belongs in Work", "this task should be in the work project, move it", "the fence job should be under
  // home projects not work": where it belongs is where it goes. "what goes in Work" and "I go to Work" name no task.
  const belongs =
    /^(?!(?:what|which|who|where|how|when|why|i|we|you|they|everything|anything|something|nothing)\b)(.+?)\s+(?:belongs?|goes|go|should\s+(?:be|go|live|sit))\s+(?:in|into|under|to|with|on)\s+(.+?)(?:\s*,?\s+(?:not|rather\s+than|instead\s+of)\s+[^,;]+)?(?:\s*[,;]\s*(?:so\s+)?(?:please\s+)?(?:move|put)\s+(?:it|that)(?:\s+there)?)?(?:\s*,?\s+(?:actually|instead|really|though))?$/i.exec(
      text,
    );
  const home = belongs?.[2] ? projectArgument(belongs[2], known) : undefined;
  if (belongs?.[1] && home && knownProject(home, known))
    return withRef('move_task', belongs[1].replace(/^(?:this|that)\s+(?:task|todo|one)$/i, 'it'), { project: home });

  // "the Smith thing is a Work job, move it over": the project the task is said to be of, where it goes when moved.
  const ofProject =
    /^(?!(?:what|which|who|it|that|this|there)\b)(.+?)\s+(?:is|'s)\s+(?:an?\s+)?(.+?)\s+(?:job|task|thing|one)\s*[,;]\s*(?:so\s+)?(?:please\s+)?(?:move|put|shift|shove)\s+(?:it|that)(?:\s+(?:over|across|there))?$/i.exec(
      text,
    );
  const ofWhich = ofProject?.[2] ? knownProject(ofProject[2], known) : undefined;
  if (ofProject?.[1] && ofWhich) return withRef('move_task', ofProject[1], { project: ofWhich });

  // "switch the gate task to Garden Club", "change the project of 4 to Work": a project named exactly is a move.
  const switchTo =
    /^(?:switch|change|set)\s+(?:the\s+)?project\s+(?:of|for|on)\s+(.+?)\s+to\s+(.+)$/i.exec(text) ??
    /^(?:switch|change|set)\s+(.+?)'s\s+project\s+to\s+(.+)$/i.exec(text) ??
    /^(?:switch|change)\s+(.+?)\s+(?:over\s+)?to\s+(?:the\s+)?(.+?)(?:\s+project)?$/i.exec(text);
  const switched = switchTo?.[2] ? knownProject(switchTo[2], known) : undefined;
  if (switchTo?.[1] && switched) return withRef('move_task', switchTo[1], { project: switched });

  // "put 12 in the Work project", "send the hedge task over to Garden Club", "move the budget task out of Work into my
  // inbox", "move it back to the inbox": where it goes is the project; where it was and "back" are not the task.
  const move =
    /^(?:move|mv|relocate|transfer|put|send|shift|shove|stick|pop|throw|chuck|toss|file)\s+(.+?)\s+(?:over\s+)?(?:to|into|in|under)\s+(.+)$/i.exec(
      text,
    );
  if (move?.[1] && move[2]) {
    // "put the bread maker in Home Projects instead": "instead" says the task is somewhere already, and names no project.
    const instead = /\s+instead$/i.test(move[2]);
    const where = move[2].replace(/\s+instead$/i, '');
    // "put 11 back in Inbox, wrong project": a remark after the project is no part of its name.
    const beforeRemark = /^(.+?)\s*[,;]\s+\S/.exec(where)?.[1];
    const project = (beforeRemark ? knownProject(beforeRemark, known) : undefined) ?? projectArgument(where, known);
    // "move the report to work tomorrow": a project and a date at once, never a date read as "work tomorrow".
    const alsoDated = project ? undefined : leadingProject(where, known);
    // "put the gutters under home projects and make it low": a move and a second change, never a title or a parent
    // task "home projects and make it low".
    if (alsoDated && SECOND_CHANGE_AFTER_PROJECT.test(where.slice(alsoDated.length + where.search(/\S/) + leadingArticle(where))))
      return { kind: 'help', reason: `One change at a time: say "move it to ${alsoDated}", then the other change.` };
    if (alsoDated && /^(?:move|mv|relocate|transfer)\b/i.test(text))
      return { kind: 'help', reason: `One change at a time: say "move it to ${alsoDated}", then the new date.` };
    const ref = move[1].replace(/\s+(?:out\s+of|from)\s+.+$/i, '').replace(/\s+back$/i, '');
    // "put apples in groceries" adds; "put 12 in …", "send the hedge task over to …" name a task that exists.
    // "put the memo back in the inbox": what goes back was there before, so it is a task.
    // "shift the milk over to groceries": a verb that only moves what is there.
    const namesTask =
      instead ||
      /^(?:move|mv|relocate|transfer|shift|shove)\b/i.test(text) ||
      /\s+back$/i.test(move[1]) ||
      /^(?:(?:task\s*|number\s+)?#?\d+|it|that|this|that one|this one)$|\b(?:task|todo|one|thing|item)$|^(?:the\s+)?one\s+(?:about|for|with)\s/i.test(
        ref.trim(),
      );
    if (project && namesTask) return withRef('move_task', ref, { project });
    // "put the dentist in Work": a task of the caller's to move, or a thing to add to the project? Asked, never added.
    if (project && /^(?:the|my|that|this)\s/i.test(ref.trim()) && /^(?:put|stick|pop|send)\s+.+\s(?:in|into|to)\s/i.test(text))
      return {
        kind: 'help',
        reason: `Move the task "${ref.trim()}" to ${project}, or add it there as a new task? Say "move … to ${project}" or "add … to ${project}".`,
      };
  }
  return undefined;
}

const QUESTION = /^(?:what|what's|whats|which|who|how|show|list|display|view|see|get|open|any|anything|search|find|look)\b/i;
const ADD_VERB = /^(?:add|create|new|put|todo|to-do)\b/i;
const ASK_VERB = /^(?:what|what's|whats|which|show|list|any|anything|how\s+many|search|find)\b/i;
/**
 * Words that begin a request or a question rather than a thing to do: "Work: done with the report", "Work: is it
 * shared?", "Work: sort by date". A chore's own verb stays one: "Garden Club: order the seed catalogue", "Work: file the
 * expenses", "Home Projects: check the smoke alarms".
 */
const REQUEST_WORD =
  /^(?:how|when|where|who|why|is|are|was|were|did|does|do|has|have|can|could|should|share|invite|assign|complete|finish|done|finished|tick|undo|open|empty|archive|rename|untag|label|please|thanks?|ok|okay|(?:sort|order)(?=\s+(?:by|them|it|these|those)\b)|file(?=\s+(?:it|this|that|them|under|away)\b)|check(?=\s+(?:off|it|that|this)\b)|clear(?=\s+(?:it|this|that|them|out|completed|done|all|everything)\b))\b/i;

/**
 * A sentence about a project said in another order, rewritten in the order the task rules read: the project said
 * first ("Groceries: add tomatoes", "in work: what's overdue", "create a task in Work: review the contract", "search
 * groceries for cheese") or added to with an everyday verb ("stick pasta on the groceries list"). Undefined otherwise.
 */
export function projectSaidFirst(text: string, known: KnownNames): string | undefined {
  const names = [...(known.projects ?? []), 'Inbox']
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const PROJECT = `(?:the\\s+|my\\s+|our\\s+)?(${names})(?:\\s+(?:project|list))?`;
  const labelled =
    // "put in my work list: …", "add to groceries: …": the verb of adding said before the project.
    new RegExp(`^(?:(?:put|add|stick|pop|write)\\s+)?(?:(?:in|to|for|on|into)\\s+)?${PROJECT}\\s*(?::|\\s[-–—]\\s)\\s*(.+)$`, 'i').exec(
      text,
    ) ??
    // "in work, what is overdue": after "in"/"for" a comma is enough.
    new RegExp(`^(?:in|for|on)\\s+${PROJECT}\\s*,\\s*(.+)$`, 'i').exec(text);
  if (labelled?.[1] && labelled[2]) {
    const project = knownProject(labelled[1], known) ?? labelled[1];
    if (ADD_VERB.test(labelled[2])) return `${labelled[2]} to ${project}`;
    if (ASK_VERB.test(labelled[2])) return `${labelled[2]} in ${project}`;
    // "Groceries: apples", "Work - call the client": a thing said after the project's name is a task to add to it.
    if (!EDIT_VERB.test(labelled[2]) && !REQUEST_WORD.test(labelled[2])) return `add ${labelled[2]} to ${project}`;
  }
  // "add to groceries bread and milk", "in garden club add weed the beds", "under work add call the client".
  const addTo = new RegExp(`^(?:add|put)\\s+(?:to|in|into|on)\\s+${PROJECT}\\s+(?![:–—-])(.+)$`, 'i').exec(text);
  if (addTo?.[1] && addTo[2]) return `add ${addTo[2]} to ${knownProject(addTo[1], known) ?? addTo[1]}`;
  const inThenAdd = new RegExp(`^(?:in|to|for|on|into|under)\\s+${PROJECT}\\s*,?\\s+((?:add|put|create)\\s.+)$`, 'i').exec(text);
  if (inThenAdd?.[1] && inThenAdd[2]) return `${inThenAdd[2]} to ${knownProject(inThenAdd[1], known) ?? inThenAdd[1]}`;
  const taskIn = new RegExp(
    `^(?:add|create|make|new|put)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?(?:(?:task|todo|to-do|item)\\s+)?(?:in|to|for|on|into)\\s+${PROJECT}\\s*(?::|\\s+(?:called|named|titled|to)\\s)\\s*(.+)$`,
    'i',
  ).exec(text);
  if (taskIn?.[1] && taskIn[2]) return `add ${taskIn[2]} to ${knownProject(taskIn[1], known) ?? taskIn[1]}`;
  // "home projects due next month", "garden club overdue": a project's tasks asked for by when they fall due.
  const nameThenDue = new RegExp(`^${PROJECT}\\s+((?:due|overdue)\\b.*)$`, 'i').exec(text);
  if (nameThenDue?.[1] && nameThenDue[2])
    return `what's ${nameThenDue[2].replace(/[?\s]+$/, '')} in ${knownProject(nameThenDue[1], known) ?? nameThenDue[1]}`;
  // "groceries add milk": the project, then the request to add, with no colon between.
  const nameThenAdd = new RegExp(`^${PROJECT}\\s+(add|put)\\s+(.+)$`, 'i').exec(text);
  if (nameThenAdd?.[1] && nameThenAdd[3]) return `add ${nameThenAdd[3]} to ${knownProject(nameThenAdd[1], known) ?? nameThenAdd[1]}`;
  const searchIn = new RegExp(
    `^(?:search|look\\s+through|go\\s+through|check)\\s+(?:in\\s+|through\\s+)?${PROJECT}\\s+for\\s+(.+)$`,
    'i',
  ).exec(text);
  if (searchIn?.[1] && searchIn[2]) return `search ${searchIn[2]} in ${knownProject(searchIn[1], known) ?? searchIn[1]}`;
  // "I need to add eggs to the groceries list": the need is the request to add.
  const needAdd = /^(?:i|we)\s+(?:need|have|want|got)\s+to\s+(?:add|put)\s+(.+)$/i.exec(text);
  if (needAdd?.[1] && extractProject(needAdd[1], known).project) return `add ${needAdd[1]}`;
  const informal = /^(?:stick|pop|throw|chuck|toss|slap|bung|whack|jot\s+down|write\s+down)\s+(.+)$/i.exec(text);
  if (informal?.[1] && !/^(?:out|away)\b/i.test(informal[1]) && extractProject(informal[1], known).project) return `add ${informal[1]}`;
  return undefined;
}

/** The caller's project a sentence names before a request ("my wife wants to see the groceries list"), or undefined. */
function namedBefore(before: string, known: KnownNames): string | undefined {
  const lower = before.toLowerCase();
  const byName = [...(known.projects ?? []), 'Inbox'].find((name) => new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`).test(lower));
  const listed = /\b(\p{L}+)\s+(?:list|project)\b/iu.exec(before)?.[1];
  return byName ?? (listed ? knownProject(listed, known) : undefined);
}
