import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Creates an empty database on the test server and returns its URL, so test files never share state. */
export async function createTestDatabase(serverUrl: string): Promise<string> {
  const name = `doable_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
