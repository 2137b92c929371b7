/** Asks the task owner (the backend) to create the occurrence after a completed one; idempotent on the task. */
export interface NextOccurrenceClient {
  createNextOccurrence(request: { userId: string; taskId: number; eventId: string }): Promise<void>;
}
