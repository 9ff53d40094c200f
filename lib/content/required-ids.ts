/**
 * Ids fixed by the contracts in DESIGN.md §2: outside checks rely on them, so
 * content:check enforces them whenever the comparison exists.
 */
export const REQUIRED_DIMENSIONS: Readonly<Record<string, readonly string[]>> = {
  'apigw-vs-alb': [
    'routing',
    'encryption',
    'vpc',
    'auth',
    'rate-limiting',
    'ddos',
    'static-ip',
    'request-handling',
    'scaling',
    'integration-scope',
    'deployment',
    'import-export',
    'caching',
    'timeouts',
    'backends',
    'health-checks',
    'cost',
  ],
};
