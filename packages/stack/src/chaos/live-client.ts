import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';

/** What a tab shows of a task, and the version (`updated_at`) that decides which of two copies is newer. */
export interface TaskView {
  title: string;
  priority: string;
  completed: boolean;
  updated_at: string;
}

export interface LiveClientOptions {
  token: string;
  /** The `/ws` address to (re)connect to: a ready replica, as a load balancer would pick. */
  socketUrl(): string;
  /** The user's whole task list, or undefined when it could not be read now. */
  fetchAll(): Promise<Map<number, TaskView> | undefined>;
}

/**
 * A browser tab as apps/websocket-service/README.md asks clients to behave: it applies `task.updated` messages by
 * task id (the newer `updated_at` wins, so redeliveries and a refetch racing a message do no harm), reconnects on
 * any close with backoff (250 ms doubling to 2 s), and refetches the list after every `hello`, because updates
 * sent while it was away are not replayed.
 */
export class LiveClient {
  readonly view = new Map<number, TaskView>();
  /** `hello`s received: the first connection and every reconnection. */
  connections = 0;
  #socket: WebSocket | undefined;
  #connected = false;
  #stopped = false;
  #failures = 0;
  #generation = 0;
  readonly #options: LiveClientOptions;

  constructor(options: LiveClientOptions) {
    this.#options = options;
  }

  get connected(): boolean {
    return this.#connected;
  }

  start(): void {
    this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    this.#socket?.terminate();
  }

  #connect(): void {
    if (this.#stopped) return;
    const generation = ++this.#generation;
    const socket = new WebSocket(this.#options.socketUrl());
    this.#socket = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; event?: { task_id: number; task_data: TaskView } };
      if (message.type === 'hello') {
        this.#connected = true;
        this.#failures = 0;
        this.connections++;
        void this.#refetch(generation);
      } else if (message.type === 'task.updated' && message.event) {
        this.#apply(message.event.task_id, message.event.task_data);
      }
    });
    // A refused handshake or a dropped connection: `close` follows `error`, and reconnects.
    socket.on('error', () => {});
    socket.on('close', () => {
      this.#connected = false;
      if (this.#stopped || generation !== this.#generation) return;
      const delay = Math.min(2_000, 250 * 2 ** this.#failures++);
      setTimeout(() => this.#connect(), delay);
    });
  }

  /** Reads the list until it succeeds, as long as this connection lasts. */
  async #refetch(generation: number): Promise<void> {
    while (!this.#stopped && generation === this.#generation && this.#connected) {
      const all = await this.#options.fetchAll();
      if (all) {
        for (const [id, task] of all) this.#apply(id, task);
        return;
      }
      await sleep(500);
    }
  }

  #apply(id: number, task: TaskView): void {
    const known = this.view.get(id);
    if (known && known.updated_at > task.updated_at) return;
    this.view.set(id, { title: task.title, priority: task.priority, completed: task.completed, updated_at: task.updated_at });
  }
}
