// "maybe delete the gym thing? yeah, go on, delete it", "hmm, should the report be called final report? yeah do it",
// "wait is the report due friday? make it monday": a question the user answers in the same message. The answer decides:
// a yes does what the question said; a request of "it" after a question about a task is said of that task. A question
// with no answer after it is asked about elsewhere ("maybe delete the gym one?").

const VERB = String.raw`(?:delete|remove|bin|trash|scrap|drop|cancel|get\s+rid\s+of|complete|finish|tick\s+off|mark|reopen|move|push|postpone|rename|call|make|set|tag|untag|change)`;

/** "hmm, ", "wait ", "so ": words before the question that say nothing of it. */
const LEAD = /^(?:(?:hmm+|wait|so|oh|ok(?:ay)?|actually|um+)[,!.]*\s+)*/i;

/** "yeah", "yes, go on", "ok do it", "yep, go ahead": a yes, maybe with the request said again of "it". */
const YES = new RegExp(
  String.raw`^(?:yeah|yes|yep|yup|ok(?:ay)?|sure)\b[,!.\s]*(?:(?:go\s+on|go\s+ahead|do\s+it|why\s+not)\b[,!.\s]*)*(?:(${VERB})\s+(?:it|that)\b.*)?$`,
  'i',
);

/** "maybe delete the gym thing", "should I move the report to friday": a request put as a question. */
const REQUEST_ASKED = new RegExp(String.raw`^(?:maybe|perhaps|should\s+i|shall\s+i|do\s+i)\s+(${VERB}\s+.+)$`, 'i');
/** "should the report be called final report": a change of a task put as a question. */
const CHANGE_ASKED = /^should\s+((?:the|my)\s+.+?)\s+be\s+(.+)$/i;
/** "is the report due friday", "is the dentist on wednesday": a question about a task's date. */
const DATE_ASKED = /^(?:is|are|was)\s+((?:the|my)\s+.+?)\s+(?:due|on|at|for|still)\b/i;
/** "make it monday", "move it to 5pm": a request of "it". */
const REQUEST_OF_IT = new RegExp(String.raw`^(${VERB})\s+(?:it|that)\b(.*)$`, 'i');

/**
 * "delete the Friday drinks. wait, is that the team one? yeah, that one", "mark the plumber done. wait, was it the
 * plumber or the electrician? the electrician": a request, then a check the user answers at once.
 */
const CHECKED = /^(.+?)[.!;]\s+(?:(?:wait|hang\s+on|hmm+|oh)[,!.]*\s+)+((?:is|was|are|were)\s+[^?]+)\?+\s*([^?]+?)[.!]*$/i;
/** "was it the plumber or the electrician": the two the user chooses between. */
const EITHER = /^(?:is|was)\s+it\s+((?:the|my)\s+.+?|\d+)\s+or\s+((?:the|my)\s+.+?|\d+)$/i;

/** Asked when the user's answer to their own check leaves the request unsure ("… is that the old one? no"). */
const CHECK_LEFT_OPEN = 'Which task did you mean? Say the request again with just that one.';

/** The request as the user's answer to their own check leaves it, or a question when it leaves it unsure. */
function requestChecked(text: string): string | { ask: string } | undefined {
  const checked = CHECKED.exec(text.trim());
  const [, request, check, answer] = checked ?? [];
  if (!request || !check || !answer) return undefined;
  if (YES.test(answer) || /^(?:yeah|yes|yep|yup)\b[,!.\s]*(?:(?:it'?s\s+)?that\s+one)?$/i.test(answer)) return request;
  const either = EITHER.exec(check.trim());
  const chosen = answer.trim().toLowerCase();
  if (!either?.[1] || !either[2] || !request.toLowerCase().includes(either[1].toLowerCase())) return { ask: CHECK_LEFT_OPEN };
  if (chosen !== either[1].toLowerCase() && chosen !== either[2].toLowerCase()) return { ask: CHECK_LEFT_OPEN };
  const at = request.toLowerCase().indexOf(either[1].toLowerCase());
  return `${request.slice(0, at)}${answer.trim()}${request.slice(at + either[1].length)}`;
}

/** The request the answer decides, a question when it leaves the request unsure, or undefined. */
export function answeredOwnQuestion(text: string): string | { ask: string } | undefined {
  const checked = requestChecked(text);
  if (checked) return checked;
  const parts = /^([^?]+)\?+\s*([^?]+?)[.!]*$/.exec(text.trim());
  if (!parts?.[1] || !parts[2]) return undefined;
  const question = parts[1].replace(LEAD, '').trim();
  const answer = parts[2].trim();
  if (YES.test(answer)) {
    const request = REQUEST_ASKED.exec(question)?.[1];
    if (request) return request;
    const change = CHANGE_ASKED.exec(question);
    if (change?.[1] && change[2]) return `${change[1]} should be ${change[2]}`;
    return undefined;
  }
  const task = DATE_ASKED.exec(question)?.[1];
  const request = REQUEST_OF_IT.exec(answer);
  if (!task || !request?.[1]) return undefined;
  return /^make$/i.test(request[1]) ? `make ${task} due${request[2]}` : `${request[1]} ${task}${request[2]}`;
}
