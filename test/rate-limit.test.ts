// The per-client rate limit's counting, apart from HTTP (test/clients.int.test.ts checks the 429s it answers).
import { clientOfAddress, fixedWindowLimiter } from '../src/http/rate-limit';

describe('fixedWindowLimiter', () => {
  it('counts each client apart within a minute and starts again when the minute ends', () => {
    const limiter = fixedWindowLimiter(2);
    const start = 1_000_000;
    expect(limiter.hit('a', start)).toEqual({ remaining: 1, resetMs: 60_000 });
    expect(limiter.hit('a', start + 1_000)).toEqual({ remaining: 0, resetMs: 59_000 });
    expect(limiter.hit('a', start + 2_000).remaining).toBe(-1);
    expect(limiter.hit('b', start + 2_000).remaining).toBe(1);
    expect(limiter.hit('a', start + 60_000)).toEqual({ remaining: 1, resetMs: 60_000 });
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
