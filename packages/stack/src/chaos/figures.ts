import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseState } from './database-state.ts';
import type { TrafficFigures } from './traffic.ts';

/** One episode as it ran: what was killed, and how long after its parts were back the stack had recovered. */
export interface EpisodeRecord {
  name: string;
  tests: string;
  kills: string[];
  /** When the last killed part was back (its restart resolved). */
  backAt: number;
  /** Until every service answered `/readyz` 200. */
  readyAfterMs: number | undefined;
  /** Until the relay delivered events again. */
  publishingAfterMs: number | undefined;
  /** Until every event written before `backAt` was delivered (from the final outbox; later faults may add to it). */
  drainedAfterMs?: number | undefined;
}

export interface SoakFigures {
  seed: number;
  soakSeconds: number;
  traffic: TrafficFigures;
  episodes: EpisodeRecord[];
  liveClients: number;
  reconnections: number;
  /** What the invariants were checked over. */
  checked: {
    taskEvents: number;
    taskEventRecords: number;
    auditEntries: number;
    recurringCompletions: number;
    remindersDue: number;
    pushes: number;
  };
  lost: number;
  duplicated: number;
  /** Events the relay sent twice because a crash cut off the first send's answer (consumers drop them by event id). */
  resentAfterCrash: number;
  wallSeconds: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Median and maximum, in seconds, of the defined values. */
export function medianMax(values: (number | undefined)[]): string {
  const sorted = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return 'n/a';
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return `${seconds(median)}/${seconds(sorted[sorted.length - 1] as number)}`;
}

/** How long after `back` the last outbox row written before it was delivered: the backlog a fault left, drained. */
export function backlogDrainedAfterMs(db: DatabaseState, back: number): number | undefined {
  const before = db.outbox.filter((row) => row.created_at.getTime() <= back);
  if (before.some((row) => row.delivered_at === null)) return undefined;
  return Math.max(0, ...before.map((row) => (row.delivered_at as Date).getTime() - back));
}

/** The episodes grouped by name, in the order they first ran. */
export function byEpisode(episodes: EpisodeRecord[]): Map<string, EpisodeRecord[]> {
  return Map.groupBy(episodes, (e) => e.name);
}

/** The one line printed at the end of a soak. */
export function figuresLine(f: SoakFigures): string {
  const kills = f.episodes.reduce((n, e) => n + e.kills.length, 0);
  const recovery = [...byEpisode(f.episodes)]
    .map(
      ([name, runs]) =>
        `${name} ×${runs.length} ${medianMax(runs.map((r) => r.readyAfterMs))} (publishing ${medianMax(runs.map((r) => r.publishingAfterMs))}, backlog ${medianMax(runs.map((r) => r.drainedAfterMs))})`,
    )
    .join('; ');
  return [
    `chaos soak (seed ${f.seed}): ${f.soakSeconds} s of traffic, ${f.traffic.requests} requests, ${f.traffic.acknowledgedWrites} acknowledged writes`,
    `of ${f.traffic.writes}, ${f.episodes.length} faults injected (${kills} SIGKILLs), ${f.liveClients} WebSocket clients (${f.reconnections}`,
    `reconnections); checked ${f.checked.taskEvents} task events (${f.checked.taskEventRecords} records on Kafka, ${f.checked.auditEntries} audit`,
    `entries), ${f.checked.recurringCompletions} completions of recurring tasks, ${f.checked.remindersDue} reminders due (${f.checked.pushes} pushes);`,
    `ready again after, s median/max: ${recovery}; lost = ${f.lost}, duplicated =`,
    `${f.duplicated} (re-sent after a crash cut off the answer, dropped by consumers: ${f.resentAfterCrash}); ${Math.round(f.wallSeconds)} s in all`,
  ].join(' ');
}

/** Writes the figures as JSON (reports/chaos.json), for docs/reliability.md. */
export function writeFigures(file: string, f: SoakFigures): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(f, null, 2)}\n`);
}
