// A note said straight after the task it is for, without a colon, as speech comes out: "add a note to the passport
// task the photos are in the desk drawer", "add a note to task 12 the code is 4711". The word "task" (or its number)
// ends the reference, so what follows is the note; written with the colon the note rules read.

const NOTE_AFTER_TASK =
  /^((?:please\s+)?(?:add|put|write|attach|leave)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:note|description|comment)\s+(?:to|on|for)\s+(?:(?:the|my)\s+(?:[\p{L}'-]+\s+){1,3}?(?:task|one|item|todo)|task\s+#?\d+))\s+(?!(?:saying|that|which|to\s+say|:)\b)(?=\p{L})/iu;

export function noteAfterTaskWord(text: string): string {
  return text.replace(NOTE_AFTER_TASK, '$1: ');
}
