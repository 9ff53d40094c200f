import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

const UI_RESTRICTED = [
  { group: ['@prisma/*', 'better-sqlite3', 'pg', '@/lib/generated/*'], message: 'Read through lib/server/queries.' },
  { group: ['@/lib/server/db', '@/lib/server/sqlite-connection'], message: 'Read through lib/server/queries; write through actions.' },
  { group: ['@/lib/content/load-content', '@/lib/server/content'], message: 'Content is read through lib/server/queries (ADR 016).' },
];

const config = [
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      'test-results/**',
      'playwright-report/**',
      'var/**',
      'next-env.d.ts',
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // lib/core is pure: no framework, database, filesystem, clock or randomness imports.
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'next',
            'next/*',
            'react',
            'react-dom',
            '@prisma/*',
            '@/lib/generated/*',
            '@/lib/server/*',
            // content → core, never back: the domain's schemas and types live in lib/core/content
            '@/lib/content/*',
            '@/lib/markdown/*',
            'node:*',
            'fs',
            'path',
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in.' },
        { object: 'Math', property: 'random', message: 'Pass a seed in.' },
      ],
    },
  },
  {
    // Route handlers and pages read through lib/server/queries, and only route handlers and
    // actions write: never the database, the generated Prisma clients or the content loader (ADR 017).
    files: ['app/**/*.ts', 'app/**/*.tsx', 'components/**/*.ts', 'components/**/*.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: UI_RESTRICTED }] },
  },
  {
    // Pages and components don't write while they render: they call actions or the JSON API.
    files: ['app/**/*.tsx', 'components/**/*.ts', 'components/**/*.tsx'],
    ignores: ['app/api/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UI_RESTRICTED,
            {
              group: ['@/lib/server/mutations/*'],
              message: 'Write through an action or the JSON API, never while a page renders.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
];

export default config;
