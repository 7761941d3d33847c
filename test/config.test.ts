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
});
