// A task's title or notes put right, said as a fix: "the dentist note is wrong, it should say …", "tidy the dentist
// title, make it …", 'spelling: "recieve parcel" should be "receive parcel"'. Said as the rules read a new title or new
// notes ("rename the dentist to …", "the note on the dentist should say …").

const FIELD = String.raw`(title|name|wording|notes?|description)`;
const NEW_VALUE = String.raw`(?:(?:so\s+)?(?:it|that)\s+should\s+(?:say|read|be)|should\s+(?:say|read|be)|make\s+it(?:\s+(?:say|read))?|change\s+it\s+to|it'?s)`;

const CORRECTIONS = [
  // "the dentist note is wrong, it should say bring the referral letter".
  new RegExp(
    String.raw`^(?!(?:what|which|is|are)\b)((?:the|my)\s+.+?|(?:task\s+|#)?\d+)(?:'s)?\s+${FIELD}\s+is\s+(?:wrong|off|not\s+right|a\s+typo)\s*(?:[,;:]|\s[-–—])\s*${NEW_VALUE}\s*:?\s+(.+)$`,
    'i',
  ),
  // "tidy the dentist title, make it Dentist (Dr Rahman)", "fix the vet notes - it should say …".
  new RegExp(
    String.raw`^(?:tidy(?:\s+up)?|fix|correct|sort\s+out|clean\s+up)\s+((?:the|my)\s+.+?|(?:task\s+|#)?\d+)(?:'s)?\s+${FIELD}\s*(?:[,;:]|\s[-–—])\s*${NEW_VALUE}\s*:?\s+(.+)$`,
    'i',
  ),
];
/** 'spelling: "recieve parcel" should be "receive parcel"': both titles quoted, with a label or without. */
const QUOTED_FIX =
  /^(?:(?:spelling|typo|spelling\s+mistake|correction|fix)\s*(?::|[-–—])\s*)?(["“][^"”]+["”]|'[^']+')\s+should\s+(?:be|say|read)\s+(["“][^"”]+["”]|'[^']+')$/i;

export function fieldCorrected(text: string): string {
  const said = text.trim().replace(/[.!]+$/, '');
  const quoted = QUOTED_FIX.exec(said);
  if (quoted?.[1] && quoted[2]) return `rename ${quoted[1]} to ${quoted[2]}`;
  for (const pattern of CORRECTIONS) {
    const match = pattern.exec(said);
    const [, task, field, value] = match ?? [];
    if (!task || !field || !value) continue;
    return /^(?:title|name|wording)$/i.test(field) ? `rename ${task} to ${value}` : `the note on ${task} should say ${value}`;
  }
  return text;
}
