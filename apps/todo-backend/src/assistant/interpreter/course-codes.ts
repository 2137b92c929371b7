// "anything for CS101?", "what's on for MATH2040": a course code names the tasks whose titles carry it ("CS101 problem
// set 3"), so the tasks are searched for it; it is no tag the user gave them.

const COURSE_CODE = String.raw`[A-Za-z]{2,5}\s?\d{3,4}[A-Za-z]?`;
const ASKED_FOR_CODE = new RegExp(
  String.raw`^(?:anything|any\s+tasks?|stuff|tasks?|what'?s|whats|what\s+is|what\s+(?:do|have)\s+i\s+(?:have|got)|what've\s+i\s+got)\s+(?:(?:on|due|left|to\s+do)\s+)?(?:for|in|on)\s+(${COURSE_CODE})$`,
  'i',
);

/** The course code a question about its tasks names, or undefined. */
export function courseCodeAsked(text: string): string | undefined {
  return ASKED_FOR_CODE.exec(text.trim())?.[1];
}
