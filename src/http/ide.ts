// The GraphQL IDE at GET /graphql: GraphiQL served from this project's own dependencies, so that it works on
// a closed network (Apollo's default landing page loads Apollo Sandbox from a CDN). The example operations
// of schema/examples.graphql open as its tabs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router, type Request } from 'express';
import { exampleOperations } from './examples';

const ASSETS: Record<string, { packageName: string; file: string; type: string }> = {
  'react.js': { packageName: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { packageName: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** A file of an installed package, found through its package.json (React's exports map hides its UMD builds). */
const packageFile = (packageName: string, file: string) => join(dirname(require.resolve(`${packageName}/package.json`)), file);

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(graphqlPath: string): string {
  const tabs = [...exampleOperations()].map(([, query]) => ({ query }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>News knowledge graph · GraphiQL</title>
  <link rel="stylesheet" href="${graphqlPath}/ide/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #ide { height: 100vh; }</style>
</head>
<body>
  <div id="ide">Loading the IDE…</div>
  <script src="${graphqlPath}/ide/react.js"></script>
  <script src="${graphqlPath}/ide/react-dom.js"></script>
  <script src="${graphqlPath}/ide/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, defaultTabs: ${scriptJson(tabs)} }),
    );
  </script>
</body>
</html>`;
}

const wantsHtml = (request: Request) => request.accepts(['application/json', 'text/html']) === 'text/html';

/** Serves the IDE page to browsers at `graphqlPath` and its assets below it; anything else passes on to GraphQL. */
export function ideRouter(graphqlPath: string): Router {
  const router = Router();
  const html = page(graphqlPath);
  const assets = new Map(Object.entries(ASSETS).map(([name, { packageName, file, type }]) => [name, { body: readFileSync(packageFile(packageName, file)), type }]));
  router.get(`${graphqlPath}/ide/:asset`, (request, response, next) => {
    const asset = assets.get(request.params.asset);
    if (!asset) return next();
    response.type(asset.type).set('Cache-Control', 'public, max-age=86400').send(asset.body);
  });
  router.get(graphqlPath, (request, response, next) => {
    if (request.query.query !== undefined || !wantsHtml(request)) return next();
    response.type('html').send(html);
  });
  return router;
}
