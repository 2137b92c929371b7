// Slang for deleting a task ("nix 22", "axe the book club", "lose the yoga one", "wipe out the cinema task", "erase for
// me the task 9"). These verbs say something else before most other words ("lose weight", "axe throwing"), so they are
// read only before a task: a number, or "the/that/my …" (and "lose" only with "task" or "one" after the words).

const SLANG =
  /^(?:nix|axe|zap|junk|wipe\s+out|erase\s+for\s+me|delete\s+for\s+me|remove\s+for\s+me)\s+((?:the|that|this|my)\s+.+|(?:task\s+)?#?\d+)$/i;
const LOSE = /^(?:lose|ditch|dump)\s+((?:the|that|this|my)\s+.+?\s+(?:task|one|todo)|(?:task\s+)#?\d+|#\d+)$/i;

/** The words naming the task to delete, or undefined. */
export function slangDeleteRef(text: string): string | undefined {
  return (SLANG.exec(text) ?? LOSE.exec(text))?.[1];
}
