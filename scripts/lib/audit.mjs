// The pure parts of `npm run audit` (scripts/audit.mjs, ADR 009): reading `npm audit --json`,
// and the offline floor of known fixed versions used when the registry's audit endpoint is
// unavailable. Unit-tested in tests/unit/scripts/audit.test.ts.

/**
 * High and critical advisories against our production dependencies, as the lowest version of each
 * major line that fixes every one we know of (ADR 009 lists them with their sources). A production
 * package below the floor of its major line — or on an older major than any listed — fails the
 * offline check. Add a row when a new high/critical advisory hits a production dependency.
 */
export const KNOWN_FIXED = [
  {
    name: 'next',
    fixed: ['15.5.24', '16.3.3'],
    advisories:
      'GHSA-2xp9-vwfh-vxw4 and GHSA-p293-qw3h-jr36 (critical RCE, Aug 2026), and every earlier 16.x security release',
  },
  { name: 'next-auth', fixed: ['4.24.15'], advisories: 'GHSA-7rqj-j65f-68wh (critical, email normalisation)' },
  { name: 'jose', fixed: ['2.0.7', '4.15.5'], advisories: 'CVE-2024-28176 (JWE decompression bomb)' },
];

/** SQLite inside better-sqlite3 below this has CVE-2025-6965, CVE-2025-7709 or CVE-2026-11824 (ADR 009). */
export const SQLITE_FIXED = '3.53.2';

/** -1, 0 or 1, comparing `x.y.z` versions numerically (pre-release tags ignored). */
export function compareVersions(a, b) {
  const parts = (v) =>
    v
      .split('-')[0]
      .split('.')
      .map((n) => Number(n) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The fixed version `version` must reach, or null when it is not affected by any KNOWN_FIXED row. */
export function requiredVersion(name, version, table = KNOWN_FIXED) {
  const row = table.find((r) => r.name === name);
  if (!row) return null;
  const major = (v) => v.split('.')[0];
  const sameMajor = row.fixed.find((f) => major(f) === major(version));
  if (sameMajor) return compareVersions(version, sameMajor) < 0 ? sameMajor : null;
  const oldest = row.fixed.reduce((a, b) => (compareVersions(a, b) <= 0 ? a : b));
  return compareVersions(version, oldest) < 0 ? oldest : null;
}

/** Every `name@version` in an `npm ls --json` tree (each pair once). */
export function packagesOf(tree) {
  const seen = new Map();
  const walk = (deps) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      if (node.version) seen.set(`${name}@${node.version}`, { name, version: node.version });
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...seen.values()];
}

/** Production packages below the floor of known fixed versions. */
export function belowFloor(packages, table = KNOWN_FIXED) {
  return packages.flatMap((p) => {
    const required = requiredVersion(p.name, p.version, table);
    if (!required) return [];
    const row = table.find((r) => r.name === p.name);
    return [{ ...p, required, advisories: row.advisories }];
  });
}

/**
 * What `npm audit --json` printed: a report (`{ kind: 'report', counts, highOrCritical }`) or,
 * when the endpoint did not answer (an HTTP error such as this registry's 405, a network error,
 * unparsable output), `{ kind: 'unavailable', reason }`.
 */
export function readAuditOutput(stdout) {
  let json;
  try {
    json = JSON.parse(stdout);
  } catch {
    return {
      kind: 'unavailable',
      reason: `npm audit printed no JSON report: ${stdout.trim().slice(0, 200) || '(nothing)'}`,
    };
  }
  const counts = json?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object' && json.vulnerabilities) {
    const highOrCritical = Object.values(json.vulnerabilities)
      .filter((v) => v.severity === 'high' || v.severity === 'critical')
      .map((v) => `${v.name} (${v.severity}, ${v.range})`);
    return { kind: 'report', counts, highOrCritical };
  }
  const status = json?.statusCode ?? json?.error?.code;
  const message = json?.message ?? json?.error?.summary ?? JSON.stringify(json).slice(0, 200);
  return { kind: 'unavailable', reason: status ? `${status}: ${message}` : message };
}
