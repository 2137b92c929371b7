// What a courteous writer says around a request that is not the request: an apology or a doubt before it ("I am not
// sure if I did this right, but …", "Forgive me, I do not know how this works, but …", "I am sorry to be a bother,
// but …"), a sentence of story before a request that names its own task ("I think I put the chiropodist in twice.
// Please delete number 12"), and an appointment told first with the request after it pointing back ("I go to the lunch
// club every Tuesday and Friday. Please add that for me.", "I have the dentist on Tuesday at half past two. Would you
// remind me an hour before?"). Each is said once the way the rest of the rules read it; nothing here decides what is
// meant.

import { englishTerms } from './word-roots.ts';

/** The writer's doubt or apology, then "but": the request follows. */
const DOUBT_BUT =
  /^(?:forgive\s+me|pardon\s+me|excuse\s+me|(?:i'?m|i\s+am)\s+(?:so\s+|terribly\s+|very\s+|awfully\s+)?sorry|(?:i'?m|i\s+am)\s+(?:not\s+(?:sure|certain|very\s+good|good|clever|used\s+to)|afraid|unsure|new\s+to|hopeless)|i\s+(?:don'?t|do\s+not)\s+(?:really\s+)?(?:know|understand)|i\s+hope\s+(?:i\s+am|i'?m)\s+doing)\b[^.!?]*?(?:,\s*|\s+)but\s*,?\s+(?=\S)/i;

/** A request that starts a sentence of its own. */
const REQUEST_START = String.raw`(?:anyway\s*,?\s*)?(?:please|kindly|(?:could|would|can|will)\s+you)\b`;
/** Sentences of story before a request sentence. */
const STORY_THEN_REQUEST = new RegExp(String.raw`^(?:[^.!?]+[.!?]\s+)+(?=${REQUEST_START})`, 'i');
/**
 * A request that needs the sentence before it: it points back ("add that", "take it off") or says only when to remind
 * ("remind me an hour before").
 */
const POINTS_BACK =
  /\bthe\s+(?:related|corresponding|relevant|associated|same)\b|\b(?:it|that|this|them|those|these)\b(?!\s+(?:task|item|one)\s+(?:about|called|for)\b)|^\W*(?:\w+\s+){0,4}remind\s+me\s+(?!to\b|about\b|of\b)/i;

/** "I go to the lunch club every Tuesday and Friday. Please add that for me.": the appointment told is the task. */
const TOLD_THEN_ADD =
  /^(?:i\s+(?:have|'ve\s+got|have\s+got)\s+(?:(?:the|a|an)\s+)?|i\s+(?=\w))(.+?)[.!]\s+(?:(?:please|kindly)\s+|(?:could|would|can)\s+you\s+(?:please\s+)?)*(?:add|put(?:\s+down|\s+in)?|set\s+up|write(?:\s+down)?|note(?:\s+down)?)\s+(?:that|it|this)(?:\s+(?:down|in|up|for\s+me))*(?:\s*,?\s*please)?[.!?]*$/i;
/** "I have the dentist on Tuesday at 2. Would you remind me an hour before?": that appointment, with its reminder. */
const TOLD_THEN_REMIND =
  /^i\s+(?:have|'ve\s+got|have\s+got)\s+(?:(?:the|a|an)\s+)?(.+?)[.!]\s+(?:(?:please|kindly)\s+|(?:could|would|can)\s+you\s+(?:please\s+)?)*(remind\s+me\s+.+?\s+(?:before|beforehand|ahead|in\s+advance))(?:\s*,?\s*please)?[.!?]*$/i;

/**
 * "can the thing about the raffle tickets be got rid of?": a task asked to go, in the passive. Only as a request (after
 * "…, but", or with "please"): "can the report be deleted?" alone asks whether it may be, and is asked back.
 */
const BE_GONE =
  /^(?:(?:so|then)\s+)?(?:can|could|may|might)\s+((?:the|my|that|this|task|number)\b.+?)\s+(?:please\s+)?be\s+(?:got\s+rid\s+of|deleted|removed|taken\s+off(?:\s+(?:the|my)\s+list)?|crossed\s+out|scrapped)(?:\s+please)?[?.!]*$/i;
/** "the optician has changed my appointment to Monday": the task moved by whoever it is with. */
const THEY_MOVED_IT =
  /^((?:the|my)\s+.+?)\s+(?:has|have|had)\s+(?:changed|moved|put\s+back|brought\s+forward)\s+(?:my|the|our)\s+(?:appointment|visit|booking|date|time)\s+(?:to|till|until|for)\s+(.+)$/i;
/** "add a little note to the doctor appointment, that I must bring my tablets": the note, said after "that". */
const NOTE_THAT =
  /\b(?:add|put|write|make)\s+a\s+(?:little\s+|short\s+|quick\s+)?note\s+(?:to|on)\s+((?:the|my)\s+[^,:]+?)\s*,?\s+(?:that\s+(?:says|reads)|saying|to\s+say|that)\s+(?=\S)/i;
/** "add a note to ring the chemist": a task to add, when a verb follows "to" and no note is given after a colon. */
const NOTE_TO_DO =
  /^((?:(?:please|kindly)\s+|(?:could|would|can)\s+you\s+(?:please\s+|kindly\s+)?)*)(?:add|make|put\s+down|write(?:\s+down)?)\s+a\s+(?:little\s+|quick\s+|short\s+)?note\s+to\s+([a-z]+)\b(?![^:]*:)/i;

/** "ring", "telephone", "collect": a word that is a verb after "to" ("to the dentist", "to dentist" are none). */
function isVerb(word: string): boolean {
  if (/^(?:the|my|a|an|it|that|this|task|number|me)$/i.test(word)) return false;
  return englishTerms(`i want to ${word} it`)[3]?.tags.includes('Verb') ?? false;
}

/** "Did the reminder for the bridge club get set? If not, please set it …": the request is about what was asked of. */
const ASKED_IF_NOT =
  /^(?:did|has|have|is|was)\s+((?:the|my)\s+.+?)\s+(?:get\s+|got\s+|been\s+|be\s+)?(?:set|done|added|sorted|made|put\s+in)(?:\s+up)?\s*\?\s*if\s+not\s*,?\s+(.+)$/i;

/** "… on the task for the lunch club, so please put 14 Elm Road in its notes": "its" is the task named before. */
const IN_ITS_NOTES =
  /\b(?:the\s+)?(?:task|item|one|entry)\s+(?:for|about|called|on)\s+((?:the|my)\s+[^,.;]+?)\s*[,.;]\s*(?:so\s+)?(?:(?:please|kindly)\s+|(?:could|would|can)\s+you\s+(?:please\s+)?)*(?:put|write|add|jot)\s+(.+?)\s+(?:in|on|to|into)\s+its\s+(?:notes?|description)(?:\s+please)?[.!?]*$/i;

function ownRequest(request: string): boolean {
  return !POINTS_BACK.test(request.replace(new RegExp(`^${REQUEST_START}\\s*`, 'i'), ''));
}

/** The request without the doubt, the story or the pointer back; the text as it was when there is none. */
export function withoutAsides(text: string): string {
  const remind = TOLD_THEN_REMIND.exec(text);
  if (remind?.[1] && remind[2]) return `add ${remind[1]}, ${remind[2]}`;
  const notes = IN_ITS_NOTES.exec(text);
  if (notes?.[1] && notes[2]) return `add a note to ${notes[1]}: ${notes[2]}`;
  const told = TOLD_THEN_ADD.exec(text);
  if (told?.[1]) return `add ${told[1]}`;
  const ifNot = ASKED_IF_NOT.exec(text);
  if (ifNot?.[1] && ifNot[2] && /\b(?:it|that|one)\b/i.test(ifNot[2]))
    return ifNot[2].replace(/\b(?:it|that|one)\b/i, ifNot[1].replace(/^(?:the|my)\s+(?=reminder)/i, 'a '));
  const doubt = DOUBT_BUT.test(text);
  let said = text.replace(DOUBT_BUT, '');
  const story = STORY_THEN_REQUEST.exec(said);
  if (story && ownRequest(said.slice(story[0].length))) said = said.slice(story[0].length);
  const note = NOTE_TO_DO.exec(said);
  if (note?.[2] && isVerb(note[2])) said = `${note[1]}add ${said.slice(note[0].length - note[2].length)}`;
  if (doubt || /\b(?:please|kindly)\b/i.test(said)) said = said.replace(BE_GONE, 'delete $1');
  return said.replace(NOTE_THAT, 'add a note to $1: ').replace(THEY_MOVED_IT, 'move $1 to $2');
}
