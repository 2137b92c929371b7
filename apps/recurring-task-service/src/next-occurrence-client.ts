/** Asks the task owner (the backend) to create the occurrence after a completed one; idempotent on the task. */
export interface NextOccurrenceClient {
  /** `eventId`: the completion that asks, for the caller's logs; the backend needs only the user and the task. */
  createNextOccurrence(request: { userId: string; taskId: number; eventId: string }): Promise<void>;
}
