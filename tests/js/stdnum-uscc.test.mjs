// Differential test: our `validateUnitCode` (kind uscc, R-ORG-1/R-ORG-2)
// against python-stdnum's `stdnum.cn.uscc` on 12 000 generated codes: codes
// built from real division codes and organisation codes, random strings of
// the alphabet, and single-character mutations. Every disagreement must fall
// under one of the deliberate differences below, or the test fails.
//
// stdnum checks length, alphabet (first 8 characters digits only) and the
// check character. We check more, but a right check character proves the
// code was typed as printed, so what our tables do not know is a warning:
// 1. LETTER_AUTHORITY — GB 32100 (with its amendments) has the authorities
//    A (military establishment office), N (agriculture) and Y (other);
//    stdnum requires digits in characters 1–8 and rejects them.
// 2. UNUSUAL_PRINTED — a letter elsewhere in characters 1–8 with a right
//    check character: stdnum rejects it, we accept it with a warning
//    (USCC_AUTHORITY_UNUSUAL, USCC_DIVISION_UNUSUAL …: the filer cannot
//    change a certificate).
// Where stdnum accepts a code whose authority, category, division or
// embedded organisation code our tables do not know, we agree (ok) and
// warn; the tally `warned` counts those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateUnitCode } from 'beian-check';
import { divisionCodes, rng, stdnumVerdicts } from './support/reference.mjs';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const AUTHORITY_CATEGORIES = ['11', '12', '13', '19', '21', '29', '31', '32', '33', '34', '35', '39', '41', '49', '51', '52',
  '53', '59', '61', '62', '69', '71', '72', '79', '81', '89', '91', '92', '93', 'A1', 'A9', 'N1', 'N2', 'N3', 'N9', 'Y1'];

const usccCheck = (body) =>
  ALPHABET[(31 - ([...body].reduce((s, c, i) => s + ALPHABET.indexOf(c) * WEIGHTS[i], 0) % 31)) % 31];

function orgCodeCheck(body) {
  const value = (c) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55);
  const c = 11 - ([...body].reduce((s, ch, i) => s + value(ch) * [3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function generate(count) {
  const random = rng(32100);
  const pick = (s) => s[Math.floor(random() * s.length)];
  const chars = (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const divisions = ["100000", ...divisionCodes()];
  const codes = [];
  while (codes.length < count) {
    const registration = random() < 0.85 ? pick(AUTHORITY_CATEGORIES) : chars(ALPHABET, 2);
    const division = random() < 0.9 ? pick(divisions) : chars('0123456789', 6);
    const orgBody = chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 8);
    const orgCode = orgBody + (random() < 0.9 ? orgCodeCheck(orgBody) : pick('0123456789X'));
    const body = registration + division + orgCode;
    const valid = body + usccCheck(body);
    codes.push(valid);
    if (random() < 0.5) {
      const i = Math.floor(random() * 18);
      codes.push(valid.slice(0, i) + pick(ALPHABET) + valid.slice(i + 1));
    }
  }
  return codes.slice(0, count);
}

/** Which deliberate difference explains a disagreement, or null. */
function explain(code, ours, theirs) {
  if (!ours.ok || theirs !== 'InvalidFormat' || /^\d{8}$/.test(code.slice(0, 8))) return null;
  if (/^[ANY]/.test(code) && /^\d{6}$/.test(code.slice(2, 8))) return 'LETTER_AUTHORITY';
  return ours.findings.some((f) => f.code.endsWith('_UNUSUAL') && f.severity === 'warning') ? 'UNUSUAL_PRINTED' : null;
}

test('validateUnitCode agrees with python-stdnum cn.uscc except for the documented differences', (t) => {
  const codes = generate(12_000);
  const verdicts = stdnumVerdicts('cn.uscc', codes);
  assert.equal(verdicts.length, codes.length);
  const tally = { agree: 0, warned: 0, LETTER_AUTHORITY: 0, UNUSUAL_PRINTED: 0 };
  const unexplained = [];
  let validCount = 0;
  codes.forEach((code, i) => {
    const ours = validateUnitCode(code);
    if (ours.ok) validCount++;
    if (ours.ok === (verdicts[i] === 'valid')) {
      tally.agree++;
      if (ours.ok && ours.findings.some((f) => f.code.endsWith('_UNUSUAL'))) tally.warned++;
      return;
    }
    const reason = explain(code, ours, verdicts[i]);
    if (reason) tally[reason]++;
    else unexplained.push(`${code}: ours ${ours.ok} ${ours.findings.map((f) => f.code)} / stdnum ${verdicts[i]}`);
  });
  t.diagnostic(`${codes.length} codes, ${validCount} valid for us: ${JSON.stringify(tally)}`);
  assert.deepEqual(unexplained.slice(0, 20), []);
  assert.ok(validCount > 3000, 'a good share of valid codes');
  for (const [reason, n] of Object.entries(tally)) assert.ok(n > 0, `${reason} exercised`);
});
