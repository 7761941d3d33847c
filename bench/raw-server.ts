// The raw contender: neo4j-driver running each shape's hand-written Cypher in a plain HTTP handler
// (POST /<shape index> → JSON rows). The floor under any GraphQL layer.
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { toCypherParams } from '../src/neo4j/executor';
import { SHAPES, type Subjects } from './shapes';

const [uri, user, password, database, port, subjectsJson] = process.argv.slice(2);
const subjects = JSON.parse(subjectsJson) as Subjects;
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true, maxConnectionPoolSize: 50 });

http
  .createServer(async (request, response) => {
    const shape = SHAPES[Number(request.url?.slice(1))];
    request.resume();
    if (!shape) return void response.writeHead(404).end();
    try {
      const rows = shape.cypher === null ? [] : (await driver.executeQuery(shape.cypher, toCypherParams(shape.params(subjects)) as Record<string, unknown>, { database, routing: neo4j.routing.READ })).records.map((record) => record.toObject());
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(shape.answer ? shape.answer(rows) : rows));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  })
  .listen(Number(port), '127.0.0.1', () => console.log('raw contender ready'));
