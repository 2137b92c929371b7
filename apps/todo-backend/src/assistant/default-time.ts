/** A date said without a time means 9 in the morning in the user's zone: in chat, quick add and the task tools alike. */
export const DEFAULT_HOUR = 9;
export const DEFAULT_TIME: [hour: number, minute: number] = [DEFAULT_HOUR, 0];
