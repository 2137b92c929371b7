import { createHash } from 'node:crypto';
import { toTaskDto } from '../../tasks/task.ts';
import { taskToVcalendar } from '../vtodo-mapping.ts';
import type { ObjectRow } from './caldav-store.ts';

export interface RenderedObject {
  text: string;
  /** A strong ETag: the hash of the text, so it changes exactly when the task or the client's extras do. */
  etag: string;
}

export function renderObject(object: ObjectRow): RenderedObject {
  const extras = object.extras
    ? { ...object.extras, uid: object.uid }
    : { calendar: [], timezones: [], todo: [], components: [], echo: {}, uid: object.uid };
  const text = taskToVcalendar(toTaskDto(object.task), { extras, parentUid: object.parentUid });
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  return { text, etag };
}
