// The package as a user installs it, for the tests that build real apps
// (tests/ui/): `npm pack` of the built package, and an app folder whose own
// dependencies come from its committed package-lock.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm pack` of the repository into `dir`; returns the tarball's path. */
export function packTarball(dir) {
  mkdirSync(dir, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
  }));
  return join(dir, packed.filename);
}

/**
 * `npm ci` in `appDir` (an app with its own package.json and lock), skipped
 * when node_modules was installed from the same lock before (a stamp holds
 * the lock's hash), so a second run costs nothing.
 */
export function installLocked(appDir) {
  const lock = readFileSync(join(appDir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = join(appDir, 'node_modules', '.lock-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: appDir, stdio: ['ignore', 'inherit', 'inherit'], timeout: 15 * 60_000,
  });
  writeFileSync(stamp, hash);
  return true;
}

/**
 * Puts the packed package at `appDir`/node_modules/beian-check, as
 * `npm install <tarball>` does for a package without dependencies (which
 * beian-check is), replacing what an earlier run put there.
 */
export function installTarball(appDir, tarball) {
  const target = join(appDir, 'node_modules', 'beian-check');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { timeout: 60_000 });
  return target;
}
