// "no. 12" said for the task numbered 12, at the start of a request or after its verb: "demote no. 3 to medium", "no. 15 -
// rename to …", "put no. 11 back in Inbox". Said as "#12", which every rule reads; the full stop in "no." is no end of
// a sentence. Further on, "no." is left as said: "add a note to it: invoice no. 118" keeps its words.

const NUMBER_SIGN = /^((?:[\p{L}'-]+\s+)?)no\.\s*(\d+)\b/iu;

export function taskNumberSign(text: string): string {
  return text.replace(NUMBER_SIGN, '$1#$2');
}
