// Shared by the differential tests: a seeded PRNG, the division codes of the
// pinned source, and a runner for the Python reference implementations in
// .venv (one process per test, one line in and one line out per value).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PYTHON = new URL('../../../.venv/bin/python', import.meta.url).pathname;

/** A deterministic PRNG (mulberry32) returning floats in [0, 1). */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every six-digit code of python-stdnum's cn/loc.dat (current and retired). */
export function divisionCodes() {
  const codes = [];
  let province = '';
  const source = new URL('../../../data/divisions/sources/loc.dat', import.meta.url);
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    const m = /^(\s*)(\d+) /.exec(line);
    if (!m) continue;
    if (m[1] === '') province = m[2];
    else codes.push(province + m[2]);
  }
  return codes;
}

/**
 * Runs `lines` of Python (a loop over sys.stdin printing one line per input)
 * with the values as input; returns one output line per value.
 */
export function runPython(lines, values) {
  const out = execFileSync(PYTHON, ['-c', lines.join('\n')], { input: values.join('\n') + '\n', maxBuffer: 1 << 24 });
  const result = out.toString().trim().split('\n');
  if (result.length !== values.length) throw new Error(`${result.length} answers for ${values.length} values`);
  return result;
}

/**
 * python-stdnum's verdict per value for the module `stdnum.<module>`:
 * "valid", or the name of the exception `validate` raised.
 */
export function stdnumVerdicts(module, values) {
  const [pkg, name] = module.split('.');
  const script = [
    'import sys',
    `from stdnum.${pkg} import ${name}`,
    'for line in sys.stdin:',
    '    try:',
    `        ${name}.validate(line.strip()); print("valid")`,
    '    except Exception as e:',
    '        print(type(e).__name__)',
  ];
  return runPython(script, values);
}
