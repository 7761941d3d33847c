// The first slice end to end: the real service over HTTP against the real Neo4j.
import type { RunningService } from '../src/service';
import { graphql, startTestService } from './helpers/service';

describe('the service', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('answers /readyz with 200 when Neo4j answers a query', async () => {
    const response = await fetch(`${service.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('reads the Neo4j version from the database through GraphQL', async () => {
    const { status, body } = await graphql<{ service: Record<string, string> }>(service, '{ service { apiVersion neo4jVersion neo4jEdition database } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.service).toEqual({ apiVersion: '0.1.0', neo4jVersion: expect.stringMatching(/^5\.26\.\d+$/), neo4jEdition: 'community', database: 'neo4j' });
  });
});
