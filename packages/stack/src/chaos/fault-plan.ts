import type { Random } from '@doable/test-kit';
import type { Part } from './chaos-stack.ts';

/** One fault episode: parts killed with SIGKILL (a second or two apart), down a few seconds, then started again. */
export interface Episode {
  name: string;
  /** What the episode tests, for the figures in docs/reliability.md. */
  tests: string;
  kills: Part[];
}

const postgres: Episode = {
  name: 'PostgreSQL',
  tests:
    'every service keeps running, answers 503 with Retry-After, and is ready again by itself; the outbox relay, the reminder scheduler and the consumers resume',
  kills: ['postgres'],
};
const kafka: Episode = {
  name: 'Kafka broker',
  tests: 'writes go on; the outbox keeps their events and delivers every one when the broker is back; consumers resume from their offsets',
  kills: ['kafka'],
};
const backend: Episode = {
  name: 'todo-backend replica',
  tests: 'a replica crashing mid-request loses nothing acknowledged; the other replica serves, takes over the relay and the scheduler',
  kills: ['todo-backend-0'],
};
const consumer: Episode = {
  name: 'audit-service',
  tests: 'a consumer crashing mid-delivery: its sidecar redelivers, and the audit log holds each event once',
  kills: ['audit-service-0'],
};
const sidecar: Episode = {
  name: "todo-backend's sidecar",
  tests: 'the backend turns unready and keeps its events in the outbox; they are published once each when the sidecar is back',
  kills: ['daprd:todo-backend-0'],
};
const websocket: Episode = {
  name: 'websocket-service replica',
  tests: 'its clients reconnect (to either replica), refetch, and converge with the database',
  kills: ['websocket-service-1'],
};

/** Each part alone, once, in this order. */
export const singleFaults: Episode[] = [postgres, kafka, backend, consumer, sidecar, websocket];

/** Then faults on top of each other (longer soaks add random pairs, PostgreSQL and Kafka together among them). */
export const overlappingFaults: Episode[] = [
  {
    name: 'PostgreSQL + recurring-task-service',
    tests: 'a consumer crashing during a database outage: completions are redelivered once both are back, one next occurrence each',
    kills: ['postgres', 'recurring-task-service-0'],
  },
  {
    name: 'Kafka broker + todo-backend replica',
    tests:
      'a backend replica crashing while the broker is away: whichever replica held the relay lease, every event is published once the broker is back, none lost',
    kills: ['kafka', 'todo-backend-1'],
  },
  {
    name: "todo-backend's sidecar + the other backend + a websocket-service replica",
    tests: 'no backend can serve for a while: writes fail cleanly, clients reconnect and converge when the backends are back',
    kills: ['daprd:todo-backend-0', 'websocket-service-0', 'todo-backend-1'],
  },
];

const restartRank = (part: Part) => (part === 'postgres' || part === 'kafka' ? 0 : part.startsWith('daprd:') ? 1 : 2);

/**
 * How killed parts come back, as Kubernetes restarts them, each on its own and at once, except that what others need
 * at start comes first: the stores, then sidecars (Dapr initialises its components, which need the stores, at start),
 * then the services (which wait for their sidecar).
 */
export function restartGroups(kills: Part[]): Part[][] {
  return [0, 1, 2].map((rank) => kills.filter((part) => restartRank(part) === rank)).filter((group) => group.length > 0);
}

/** After one pass over the plan: a single fault, or two overlapping, chosen at random. */
export function randomEpisode(random: Random): Episode {
  const first = random.pick(singleFaults) ?? postgres;
  if (random.next() < 0.5) return first;
  const second = random.pick(singleFaults.filter((e) => e !== first)) ?? kafka;
  return { name: `${first.name} + ${second.name}`, tests: `${first.tests}; and ${second.tests}`, kills: [...first.kills, ...second.kills] };
}
