// The per-client rate limit's counting, apart from HTTP (test/clients.int.test.ts checks the 429s it answers,
// test/shared-state.int.test.ts the counts shared through Redis).
import { clientOfAddress, memoryCounter } from '../src/http/rate-limit';

describe('memoryCounter', () => {
  it('counts each client apart within a minute of the clock and starts again when the minute ends', () => {
    const counter = memoryCounter();
    const minute = 1_000 * 60_000;
    expect(counter.hit('a', minute + 10_000)).toEqual({ count: 1, resetMs: 50_000 });
    expect(counter.hit('a', minute + 11_000)).toEqual({ count: 2, resetMs: 49_000 });
    expect(counter.hit('b', minute + 12_000).count).toBe(1);
    expect(counter.hit('a', minute + 60_000)).toEqual({ count: 1, resetMs: 60_000 });
  });
});

describe('clientOfAddress', () => {
  it('counts an IPv4 address (and an IPv4-mapped one) as itself', () => {
    expect(clientOfAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(clientOfAddress('::ffff:203.0.113.7')).toBe('::ffff:203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    expect(clientOfAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientOfAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientOfAddress('2001:db8::7')).toBe('2001:db8:0:0::/64');
    expect(clientOfAddress('::1')).toBe('0:0:0:0::/64');
  });
});
