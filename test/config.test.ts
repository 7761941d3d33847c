import { loadConfig } from '../src/config';

describe('configuration', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', neo4jUser: 'neo4j', neo4jPassword: 'knowledge-graph', neo4jDatabase: 'neo4j', localNeo4jPort: 7687 });
    expect(config.neo4jUri).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '' });
    expect(config.neo4jUri).toBeUndefined();
    expect(config.port).toBe(4000);
  });

  it('names every bad variable and what it accepts, all at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_LOCAL_HEAP: 'lots', NODE_ENV: 'staging' })).toThrow(
      [
        'Invalid configuration:',
        '  NODE_ENV="staging" is not valid: expected one of development, production, test.',
        '  PORT="eighty" is not valid: expected a TCP port number from 0 to 65535.',
        '  NEO4J_LOCAL_HEAP="lots" is not valid: expected a size such as 512m or 1g.',
      ].join('\n'),
    );
  });

  it('reads the roles with the ceilings each sets, and leaves the rest to the global settings', () => {
    expect(loadConfig({ ROLES: 'visitor:depth=5 kiosk:rate=10,registered-only admin', ANONYMOUS_ROLE: 'visitor' }).roles).toEqual([
      { name: 'visitor', depth: 5 },
      { name: 'kiosk', perMinute: 10, registeredOnly: true },
      { name: 'admin' },
    ]);
  });

  it('names what is wrong with the roles', () => {
    const problem = (env: Record<string, string>) => () => loadConfig(env);
    expect(problem({ ROLES: 'anonymous Admin' })).toThrow('ROLES="anonymous Admin" is not valid: expected roles named with lower-case letters, digits, - and _; "Admin" is not one.');
    expect(problem({ ROLES: 'anonymous admin:rate=fast' })).toThrow('"rate=fast" of role admin is not one');
    expect(problem({ ROLES: 'anonymous admin:speed=3' })).toThrow('"speed=3" of role admin is not one');
    expect(problem({ ROLES: 'anonymous admin admin' })).toThrow('admin is given twice');
    expect(problem({ ROLES: 'visitor admin' })).toThrow('ANONYMOUS_ROLE="anonymous" is not valid: expected one of the roles of ROLES (visitor, admin).');
    expect(problem({ ADMIN_ROLE: 'root' })).toThrow('ADMIN_ROLE="root" is not valid: expected one of the roles of ROLES (anonymous, dashboard, admin).');
    expect(problem({ REDIS_URL: 'localhost:6379' })).toThrow('REDIS_URL="localhost:6379" is not valid: expected a URL such as redis://127.0.0.1:6379.');
  });
});
