import { describe, expect, it } from 'vitest';
import { tableResolver } from '../testing/table-resolver.ts';
import type { HostResolver } from './host-resolver.ts';
import { EndpointLookupError, EndpointRefusedError, endpointOrigin, endpointSyntaxProblem, permittedAddresses } from './push-endpoint.ts';

const resolveHost = tableResolver({
  'push.example.net': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'metadata.example': ['169.254.169.254'],
  'half-inside.example': ['93.184.215.14', '10.1.2.3'],
  'office.example': ['192.168.1.20'],
});
const strict = { resolveHost, allowLoopback: false };
const withTestPushService = { resolveHost, allowLoopback: true };

const check = (endpoint: string, policy = strict) => permittedAddresses(new URL(endpoint), policy);

describe('push endpoint addresses', () => {
  it('accepts an https endpoint whose host resolves only to public addresses, and returns those addresses', async () => {
    expect(await check('https://push.example.net/send/abc')).toEqual([
      { address: '93.184.215.14', family: 4 },
      { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
    ]);
    expect(await check('https://8.8.8.8/send/abc')).toEqual([{ address: '8.8.8.8', family: 4 }]);
    expect(await check('https://[2001:4860:4860::8888]/send')).toEqual([{ address: '2001:4860:4860::8888', family: 6 }]);
  });

  it.each([
    ['https://127.0.0.1/x', /is a loopback address/],
    ['https://127.1/x', /is a loopback address/],
    ['https://0x7f000001/x', /is a loopback address/],
    ['https://2130706433/x', /is a loopback address/],
    ['https://017700000001/x', /is a loopback address/],
    ['https://[::1]/x', /is a loopback address/],
    ['https://[::ffff:127.0.0.1]/x', /is a loopback address/],
    ['https://[::ffff:a00:1]/x', /is a private address/],
    ['https://localhost/x', /resolves to a loopback address/],
    ['https://169.254.169.254/latest/meta-data', /is a link-local address/],
    ['https://metadata.example/x', /resolves to a link-local address/],
    ['https://10.0.0.1/x', /is a private address/],
    ['https://172.16.5.4/x', /is a private address/],
    ['https://192.168.0.1/x', /is a private address/],
    ['https://office.example/x', /resolves to a private address/],
    ['https://half-inside.example/x', /resolves to a private address/],
    ['https://100.64.0.1/x', /is a carrier-grade NAT address/],
    ['https://0.0.0.0/x', /is an unspecified address/],
    ['https://[::]/x', /is an unspecified address/],
    ['https://224.0.0.1/x', /is a multicast address/],
    ['https://[ff02::1]/x', /is a multicast address/],
    ['https://[fe80::1]/x', /is a link-local address/],
    ['https://[fd00::1]/x', /is a unique-local address/],
    ['https://[64:ff9b::a00:1]/x', /is a reserved address/],
    ['https://[::7f00:1]/x', /is a reserved address/],
    ['https://192.0.2.1/x', /is a reserved address/],
  ])('refuses %s', async (endpoint, reason) => {
    const refusal = check(endpoint);
    await expect(refusal).rejects.toBeInstanceOf(EndpointRefusedError);
    await expect(refusal).rejects.toThrow(reason);
  });

  it('refuses a host that does not resolve, and reports a lookup that failed for a passing reason apart', async () => {
    await expect(check('https://nowhere.example/x')).rejects.toThrow(/nowhere\.example does not resolve/);
    const flaky: HostResolver = async () => {
      throw Object.assign(new Error('queryA ETIMEOUT'), { code: 'EAI_AGAIN' });
    };
    await expect(check('https://push.example.net/x', { resolveHost: flaky, allowLoopback: false })).rejects.toBeInstanceOf(
      EndpointLookupError,
    );
  });

  it('refuses userinfo and other schemes even for a stored endpoint', async () => {
    await expect(check('https://user:secret@push.example.net/x')).rejects.toThrow(/user name or password/);
    await expect(check('ftp://push.example.net/x')).rejects.toThrow(/not https/);
  });

  it('with a local test push service allowed: loopback and plain http to it pass, nothing else changes', async () => {
    expect(await check('http://localhost:8090/notify/1', withTestPushService)).toHaveLength(2);
    expect(await check('http://127.0.0.1:8090/notify/1', withTestPushService)).toHaveLength(1);
    expect(await check('https://[::1]:8090/notify/1', withTestPushService)).toHaveLength(1);
    await expect(check('http://push.example.net/x', withTestPushService)).rejects.toThrow(
      /plain http is only for a local test push service/,
    );
    await expect(check('https://10.0.0.1/x', withTestPushService)).rejects.toThrow(/private address/);
    await expect(check('https://169.254.169.254/x', withTestPushService)).rejects.toThrow(/link-local address/);
    await expect(check('http://localhost:8090/notify/1')).rejects.toThrow(/loopback address/);
  });
});

describe('push endpoint syntax', () => {
  it.each([
    ['https://push.example.net/send/a\u0000b', /printable ASCII/],
    ['https://push.example.net/send/a\nb', /printable ASCII/],
    ['https://push.example.net/send/a b', /printable ASCII/],
    ['https://push.example.net/send/\u00e9', /printable ASCII/],
    ['push.example.net/send', /https URL/],
    ['http://push.example.net/send', /https URL/],
    ['javascript:alert(1)', /https URL/],
    ['https://user:secret@push.example.net/send', /user name or password/],
    ['https://user@push.example.net/send', /user name or password/],
  ])('refuses %j', (endpoint, problem) => {
    expect(endpointSyntaxProblem(endpoint, false)).toMatch(problem);
  });

  it('accepts an https URL, and plain http only when a local test push service is allowed', () => {
    expect(endpointSyntaxProblem('https://fcm.googleapis.com/fcm/send/abc:APA91b?x=1', false)).toBeUndefined();
    expect(endpointSyntaxProblem('http://localhost:8090/notify/1', false)).toMatch(/https URL/);
    expect(endpointSyntaxProblem('http://localhost:8090/notify/1', true)).toBeUndefined();
  });

  it('shows only the origin of an endpoint', () => {
    expect(endpointOrigin('https://fcm.googleapis.com/fcm/send/secret-token')).toBe('https://fcm.googleapis.com');
    expect(endpointOrigin('not a url')).toBe('(not a URL)');
  });
});
