/**
 * Dependencies run one way (DESIGN.md "Storage", decision 0044):
 *
 *   domain (pure) ← store ← modules (accounts, metering, contacts, billing, notify,
 *   channels) ← use-cases ← http / cli / demo
 *
 * and never in a circle. A use case spans modules (opening an account, closing months, a
 * contact action with its activity and threshold check); a module may use another module,
 * as long as no cycle results, but never a use case. Migrations are frozen history:
 * they see the database through Kysely and their own helpers, never application code,
 * so a later change to the application cannot change how an old database upgrades.
 * Only the store talks to the database drivers; everything else goes through its dialect.
 * `npm test` runs this check before the tests.
 */
const modules = '^src/(accounts|metering|contacts|billing|notify|channels)/';
const entryPoints = '^src/(http|cli|demo)/';
const useCases = '^src/use-cases/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle ties its files into one unit that can only change together.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain rules know nothing of storage, modules or entry points.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'store-below-modules',
      comment: 'The store may use the domain and itself only: modules build on it, not the other way round.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: '^src/(store|domain)/' },
    },
    {
      name: 'modules-below-entry-points',
      comment: 'Modules serve http, cli and the demo; they never reach up into them.',
      severity: 'error',
      from: { path: modules },
      to: { path: entryPoints },
    },
    {
      name: 'modules-below-use-cases',
      comment: 'Use cases compose modules; a module that called a use case would tie the layers in a circle.',
      severity: 'error',
      from: { path: modules },
      to: { path: useCases },
    },
    {
      name: 'use-cases-below-entry-points',
      comment: 'Use cases know nothing of HTTP, the CLI or the demo: each entry point is a thin caller.',
      severity: 'error',
      from: { path: useCases },
      to: { path: entryPoints },
    },
    {
      name: 'migrations-are-frozen',
      comment:
        'A migration holds SQL and its own constants: Kysely, its store helpers (migration.ts), ' +
        'Node built-ins and Temporal for a frozen copy of the month arithmetic, nothing else.',
      severity: 'error',
      from: { path: '^src/store/migrations/' },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: [
          '^src/store/migrations/',
          '^src/store/migration\\.ts$',
          'node_modules/kysely/',
          'node_modules/temporal-polyfill/',
        ],
      },
    },
    {
      name: 'drivers-only-in-the-store',
      comment:
        'Engine differences live behind the store\u2019s dialect; no module outside the store ' +
        'talks to pg or better-sqlite3, so none can ask which engine it is on.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: 'node_modules/(pg|pg-[^/]+|better-sqlite3)/' },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that does not resolve would hide a dependency from these rules.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a type-only cycle still ties the files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
  },
};
