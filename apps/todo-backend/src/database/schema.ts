/** The PostgreSQL schema that holds every table the backend owns (auth, tasks, outbox, settings). */
export const BACKEND_SCHEMA = 'backend';
