import { buildWebAppIfStale } from '../scripts/build-if-stale.ts';

/** The browser tests load the built app from the embedded server, as `npm start` serves it. */
export default async function setup() {
  await buildWebAppIfStale();
}
