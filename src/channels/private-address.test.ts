import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateUrlProblem } from './private-address.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    'fd00::1',
    'fc12:3456::1',
    'fe80::1%eth0',
    'ff02::1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '100.128.0.1',
    '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
    '::ffff:8.8.8.8',
    '2001:4860:4860::8888',
  ])('lets %s through', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('privateUrlProblem', () => {
  const guarded = {};
  it('refuses URLs naming a private address, by number or by name', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://2130706433/',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      expect(await privateUrlProblem(url, guarded), url).toMatch(/loopback, private or link-local/);
    }
  });

  it('lets public addresses through, and everything when TALLY_ALLOW_PRIVATE_URLS=true', async () => {
    expect(await privateUrlProblem('https://93.184.215.14/hook', guarded)).toBeUndefined();
    expect(
      await privateUrlProblem('http://127.0.0.1/hook', { TALLY_ALLOW_PRIVATE_URLS: 'true' }),
    ).toBeUndefined();
  });
});
