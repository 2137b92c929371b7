import { EDIT_VERB } from './vocabulary.ts';

// Work handed to someone else is a task of one's own, titled as said: "ask Priya to send the deck", "get Tom to book
// the room", "remind the team about timesheets friday". Said of "me" or "you" ("remind me …", "tell me …") it is a
// request to the chat, read by other rules.

/** The verb that hands the work over, then who takes it. */
const HANDED = /^(ask|tell|remind|get|chase|nudge)\s+(\S+(?:\s+\S+)?)\s+(to|about|re:?|if|whether)\s+(\S.*)$/i;

/** Someone by name ("Priya", "Dr Lee"), a group of people ("the team", "our volunteers") or a department ("HR"). */
const NAMED = /^(?:[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)?)$/u;
const GROUP =
  /^(?:(?:the|my|our)\s+(?:team|group|club|committee|members|volunteers|others|staff|crew|board|class|kids)|everyone|everybody|someone|somebody)$/i;
/** Words that are nobody ("get it to work", "ask me to …", "get rid of …"), whatever their case. */
const NOBODY = /^(?:i|me|you|us|it|this|that|them|him|her|rid|back|round|ready|going|started|up|on|in|out|doable)\b/i;

/** "add <the words>" when the sentence hands work to someone, or undefined. */
export function handedToSomeone(text: string): string | undefined {
  const handed = HANDED.exec(text.trim());
  const [, , someone = '', , work = ''] = handed ?? [];
  if (!handed || NOBODY.test(someone) || !(NAMED.test(someone) || GROUP.test(someone))) return undefined;
  // "ask Sam to move the deck to friday": a change to a task of ours inside it is asked about, never a task so titled.
  if (EDIT_VERB.test(work)) return undefined;
  return `add ${text.trim()}`;
}
