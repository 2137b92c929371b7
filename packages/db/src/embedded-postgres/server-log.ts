import { closeSync, openSync, readSync, renameSync, statSync } from 'node:fs';

const ROTATE_AT_BYTES = 10 * 2 ** 20;

/** Starts the log afresh when it has grown past 10 MiB, keeping the previous one as `<file>.1`. */
export function rotateLog(file: string): void {
  try {
    if (statSync(file).size > ROTATE_AT_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No log yet.
  }
}

/** The log's last few lines, to say why the server did not start. */
export function readLogTail(file: string, bytes = 2_000): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const size = statSync(file).size;
      const buffer = Buffer.alloc(Math.min(bytes, size));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString('utf8').trim();
    } finally {
      closeSync(fd);
    }
  } catch {
    return '(no log)';
  }
}
