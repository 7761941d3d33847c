// Lint: ESLint's and typescript-eslint's recommended rules over the TypeScript sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.neo4j/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The service is the ground under its tools: db/ (obtaining Neo4j), seed/ and bench/ use src/, never the
    // other way round. main.ts alone wires them in (it passes the seed of an empty database to the service).
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+(seed|db|bench)(/|$)', message: 'src/ must not import the tools beside it (seed/, db/, bench/); pass what the service needs in from src/main.ts.' }] }],
    },
  },
  {
    // The vocabulary, relationship table, storage format and rows: the ground floor imports nothing of the project.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: 'src/model/ is the ground floor: it imports nothing of the project but its own files.' }] }],
    },
  },
  {
    // Plain CommonJS scripts and configs run by Node itself.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
