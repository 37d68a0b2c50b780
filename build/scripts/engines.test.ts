/**
 * README says which Node runs what; this keeps it true: package.json's engines is the floor for the
 * CLI and the browser host, and the packages README names as Electron's (the only EBADENGINE
 * warnings on that floor) are exactly those that need more.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
const readme = readFileSync(new URL('README.md', root), 'utf8');
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string, options?: object): boolean; minVersion(range: string): { version: string } };

describe('Node versions: README, engines and the lock file agree', () => {
  it('engines is the floor README gives the CLI and the browser host', () => {
    expect(pkg.engines.node).toBe('>=20.19.0');
    expect(readme).toMatch(/CLI, the browser host .*\| ≥ 20\.19/);
  });

  it("on that floor only Electron's packages want more, and README names each, with the Node they need", () => {
    const floor = semver.minVersion(pkg.engines.node).version;
    const wantMore = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== '' && entry.engines?.node && !semver.satisfies(floor, entry.engines.node, { includePrerelease: true }))
      .map(([name, entry]) => ({ name: name.replace(/^.*node_modules\//, ''), range: entry.engines!.node! }));
    expect(wantMore.length).toBeGreaterThan(0);
    for (const { name, range } of wantMore) {
      expect(readme, name).toContain(`\`${name}\``);
      expect(semver.satisfies('22.12.0', range), `${name} ${range}`).toBe(true);
    }
    expect(readme).toMatch(/through Electron .*\| ≥ 22\.12/);
  });
});
