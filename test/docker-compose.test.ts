// docker-compose.yml, checked without a Docker engine: what users with Docker rely on is there.
// (`.ci/run` also runs `docker compose config -q` where the compose plugin is installed.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const compose = parse(readFileSync(resolve(__dirname, '..', 'docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with a query healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain("cypher-shell -u neo4j");
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.ports).toEqual(['127.0.0.1:${NEO4J_BOLT_PORT:-7687}:7687']);
  });

  it('starts the API only once Neo4j is healthy, pointed at it through NEO4J_URI', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('has a scale profile: two API replicas on one Redis, sharing a key volume, behind one published port', () => {
    const { redis, replica, balancer } = compose.services;
    for (const service of [redis, replica, balancer]) expect(service.profiles).toEqual(['scale']);
    expect(redis.healthcheck.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(replica.deploy.replicas).toBe(2);
    expect(replica.ports).toBeUndefined();
    expect(replica.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379', API_KEYS_FILE: '/keys/api-keys.json', TRUST_PROXY: 'true', NEO4J_URI: 'bolt://neo4j:7687' });
    expect(replica.volumes).toEqual(['api-keys:/keys']);
    expect(replica.depends_on).toEqual({ api: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    expect(balancer.ports).toEqual(['127.0.0.1:${SCALE_PORT:-4080}:80']);
    expect(compose.configs.balancer.content).toMatch(/upstream replicas \{\s+server replica:4000;/);
    expect(compose.configs.balancer.content).toContain('proxy_pass http://replicas;');
    expect(Object.keys(compose.volumes)).toContain('api-keys');
  });

  it('builds the API image in stages and runs it as a non-root user', () => {
    const dockerfile = readFileSync(resolve(__dirname, '..', 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
