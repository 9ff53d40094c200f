import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../e2e/route-matrix';

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^(page\.tsx|route\.ts)$/.test(name) ? [full.split(path.sep).join('/')] : [];
  });
}

describe('route inventory', () => {
  it('lists every page and API route in the permission matrix (tests/e2e/route-matrix.ts), and nothing else', () => {
    const onDisk = routeFiles('app').sort();
    const listed = ROUTES.map((r) => r.file).sort();
    expect(onDisk.filter((f) => !listed.includes(f)), 'routes missing from the permission matrix').toEqual([]);
    expect(listed.filter((f) => !onDisk.includes(f)), 'matrix entries whose route no longer exists').toEqual([]);
  });
});
