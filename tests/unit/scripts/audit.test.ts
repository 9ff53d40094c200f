import { describe, expect, it } from 'vitest';
import {
  KNOWN_FIXED,
  belowFloor,
  compareVersions,
  packagesOf,
  readAuditOutput,
  requiredVersion,
} from '../../../scripts/lib/audit.mjs';

// `npm run audit` (scripts/audit.mjs, ADR 009): what it makes of npm's output, and the offline floor.

describe('readAuditOutput', () => {
  it('reads the 405 this registry answers as "unavailable", with the status', () => {
    const stdout = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(readAuditOutput(stdout)).toEqual({
      kind: 'unavailable',
      reason: '405: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
  });

  it('reads a network failure and non-JSON output as "unavailable"', () => {
    const offline = readAuditOutput(
      JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry' } }),
    );
    expect(offline).toEqual({ kind: 'unavailable', reason: 'ENOTFOUND: getaddrinfo ENOTFOUND registry' });
    expect(readAuditOutput('npm error something')).toMatchObject({ kind: 'unavailable' });
    expect(readAuditOutput('')).toMatchObject({ kind: 'unavailable' });
  });

  it('reads a report: the counts, and the high and critical findings only', () => {
    const stdout = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        next: { name: 'next', severity: 'critical', range: '16.0.0 - 16.3.2' },
        cookie: { name: 'cookie', severity: 'low', range: '<0.7.0' },
        uuid: { name: 'uuid', severity: 'moderate', range: '<11.1.1' },
      },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 1, high: 0, critical: 1, total: 3 } },
    });
    expect(readAuditOutput(stdout)).toEqual({
      kind: 'report',
      counts: { info: 0, low: 1, moderate: 1, high: 0, critical: 1, total: 3 },
      highOrCritical: ['next (critical, 16.0.0 - 16.3.2)'],
    });
    const clean = { vulnerabilities: {}, metadata: { vulnerabilities: { high: 0, critical: 0, total: 0 } } };
    expect(readAuditOutput(JSON.stringify(clean))).toMatchObject({ kind: 'report', highOrCritical: [] });
  });
});

describe('the offline floor of known fixed versions', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('16.10.0', '16.9.9')).toBe(1);
    expect(compareVersions('4.15.5', '4.15.5')).toBe(0);
    expect(compareVersions('4.9.0', '4.15.5')).toBe(-1);
  });

  it.each([
    ['next', '16.4.6', null],
    ['next', '16.3.3', null],
    ['next', '16.3.2', '16.3.3'],
    ['next', '16.2.11', '16.3.3'],
    ['next', '15.5.23', '15.5.24'],
    ['next', '14.2.30', '15.5.24'], // an older major than any fixed line
    ['next', '17.0.0', null],
    ['next-auth', '4.24.13', '4.24.15'],
    ['next-auth', '4.24.15', null],
    ['jose', '4.15.4', '4.15.5'],
    ['jose', '4.15.9', null],
    ['jose', '6.2.18', null],
    ['react', '19.3.1', null], // not in the table
  ])('%s@%s must reach %s', (name, version, required) => {
    expect(requiredVersion(name, version)).toBe(required);
  });

  it('finds every version of a package anywhere in the npm ls tree, once each', () => {
    const tree = {
      dependencies: {
        'next-auth': { version: '4.24.13', dependencies: { jose: { version: '4.15.4' } } },
        jose: { version: '4.15.9' },
        next: { version: '16.4.6', dependencies: { jose: { version: '4.15.4' } } },
      },
    };
    const packages = packagesOf(tree);
    expect(packages).toHaveLength(4);
    expect(belowFloor(packages).map((p) => `${p.name}@${p.version}<${p.required}`)).toEqual([
      'next-auth@4.24.13<4.24.15',
      'jose@4.15.4<4.15.5',
    ]);
  });

  it('lists each package once, with at least one fixed version per row', () => {
    const names = KNOWN_FIXED.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const row of KNOWN_FIXED) expect(row.fixed.length).toBeGreaterThan(0);
  });
});
