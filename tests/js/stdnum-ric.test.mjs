// Differential test: our `validateIdNumber` (kind resident_id, R-ID-1)
// against python-stdnum's `stdnum.cn.ric` on 12 000 generated numbers —
// well-formed ones with real and invented division codes and birth dates on
// both sides of the limits, and single-character mutations of them. Every
// disagreement must fall under one of the deliberate differences below, or
// the test fails and prints the numbers.
//
// Deliberate differences:
// 1. BIRTH_DATE_LIMITS — we reject birth dates before 1900-01-01 or after
//    `asOf` (R-ID-1: "not in the future, not absurdly old"); stdnum accepts
//    any calendar date.
// 2. CODE_NOT_IN_USE_IN_BIRTH_YEAR — stdnum requires the division code to
//    have been in use in the birth year. A number is assigned at
//    registration, often years after birth (the 18-digit numbers of 1999
//    kept the codes of the 1980s), so we accept any code that ever existed
//    (a code retired before the birth year only gets a warning).
// 3. SUPPLEMENTED_CODE — codes our table adds to loc.dat (330113 临平区,
//    330114 钱塘区, created 2021; data/divisions/generate.py); stdnum
//    rejects them, with a KeyError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateIdNumber } from 'beian-check';
import { divisionCodes, rng, stdnumVerdicts } from './support/reference.mjs';

const AS_OF = '2026-11-22';
const SUPPLEMENTED = new Set(['330113', '330114']);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (body) => '10X98765432'[[...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11];

function generate(count) {
  const random = rng(20261122);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pad = (n, w) => String(n).padStart(w, '0');
  const codes = [...divisionCodes(), ...SUPPLEMENTED];
  const numbers = [];
  while (numbers.length < count) {
    const place = random() < 0.9 ? pick(codes) : pad(int(0, 999999), 6);
    const year = random() < 0.05 ? pick([1899, 1900, 2026, 2027, 2030]) : int(1920, 2025);
    const month = random() < 0.03 ? 13 : int(1, 12);
    const day = random() < 0.05 ? pick([29, 30, 31]) : int(1, 28);
    const body = place + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(int(0, 999), 3);
    const valid = body + checkChar(body);
    numbers.push(valid);
    if (random() < 0.6) {
      const chars = [...valid];
      const i = int(0, 17);
      chars[i] = i === 17 ? pick('0123456789X') : String(int(0, 9));
      numbers.push(chars.join(''));
    }
  }
  return numbers.slice(0, count);
}

/** Which deliberate difference explains a disagreement, or null. */
function explain(number, ours, theirs) {
  const codes = ours.findings.map((f) => f.code);
  if (!ours.ok && theirs === 'valid' && codes.every((c) => c === 'ID_BIRTH_DATE_TOO_EARLY' || c === 'ID_BIRTH_DATE_FUTURE')) {
    return 'BIRTH_DATE_LIMITS';
  }
  // stdnum fails these with a bare KeyError (a county unknown under a known
  // city), not a ValidationError.
  if (ours.ok && SUPPLEMENTED.has(number.slice(0, 6))) return 'SUPPLEMENTED_CODE';
  if (ours.ok && theirs === 'InvalidComponent' && ours.division) return 'CODE_NOT_IN_USE_IN_BIRTH_YEAR';
  return null;
}

test('validateIdNumber agrees with python-stdnum cn.ric except for the documented differences', (t) => {
  const numbers = generate(12_000);
  const verdicts = stdnumVerdicts('cn.ric', numbers);
  assert.equal(verdicts.length, numbers.length);
  const tally = { agree: 0, BIRTH_DATE_LIMITS: 0, CODE_NOT_IN_USE_IN_BIRTH_YEAR: 0, SUPPLEMENTED_CODE: 0 };
  const unexplained = [];
  let validCount = 0;
  numbers.forEach((number, i) => {
    const ours = validateIdNumber(number, { asOf: AS_OF });
    const theirs = verdicts[i];
    if (ours.ok) validCount++;
    if (ours.ok === (theirs === 'valid')) {
      tally.agree++;
      return;
    }
    const reason = explain(number, ours, theirs);
    if (reason) tally[reason]++;
    else unexplained.push(`${number}: ours ${ours.ok} ${ours.findings.map((f) => f.code)} / stdnum ${theirs}`);
  });
  t.diagnostic(`${numbers.length} numbers, ${validCount} valid for us: ${JSON.stringify(tally)}`);
  assert.deepEqual(unexplained.slice(0, 20), []);
  assert.ok(validCount > 3000 && validCount < 9000, 'a mix of valid and invalid numbers');
  assert.ok(tally.agree > 6000 && tally.BIRTH_DATE_LIMITS > 0 && tally.SUPPLEMENTED_CODE > 0, 'every category exercised');
});
