// Differential test: `validatePhone` against the PyPI `phonenumbers` package
// (libphonenumber's metadata, the source of our tables) on 12 000 generated
// mainland numbers: mobiles over every 3-digit prefix 100–199, and
// landlines over real and invented area codes with local numbers of 6–9
// digits. Compared: validity as a mobile / as a landline, and for valid
// mobiles the home province (with the location table loaded).
//
// Deliberate differences (each disagreement must match one):
// BLOCK_SOURCE — for the mobile blocks phonenumbers' geocoder only knows as
//    中国, the home comes from the pinned number-block sources
//    (data/phones/mobile_blocks.py); phonenumbers says 中国, we name a province.
// CATCH_ALL — where phonenumbers places a block only by a short catch-all
//    prefix (86173 → 北京市 for all of 173), the block source's per-block
//    home wins; data/phones/mobile-differences.csv lists these runs.
// LOCAL_START — libphonenumber's fixed-line pattern accepts local
//    numbers starting with 0 (in China the trunk prefix, never the start of
//    a subscriber number) and short service numbers after an area code
//    (1xxxx, 95xxx); R-TEL-2 rejects a first digit 0 or 1, and a contact
//    landline of a filing cannot be a service number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePhone, citiesForAreaCode } from 'beian-check';
import { rng, runPython } from './support/reference.mjs';


function generate() {
  const random = rng(86);
  const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const realAreas = [];
  for (let code = 10; code < 1000; code++) {
    if (citiesForAreaCode(String(code)).length) realAreas.push(String(code));
  }
  const mobiles = Array.from({ length: 6000 }, () => `1${String(Math.floor(random() * 100)).padStart(2, '0')}${digits(8)}`);
  const landlines = Array.from({ length: 6000 }, () => {
    const area = random() < 0.85 ? realAreas[Math.floor(random() * realAreas.length)] : String(300 + Math.floor(random() * 700));
    const length = [6, 7, 7, 8, 8, 8, 9][Math.floor(random() * 7)];
    return `0${area}-${digits(length)}`;
  });
  return { mobiles, landlines };
}

/** phonenumbers' verdict: "<valid 0/1> <type> <zh description>" per number. */
function reference(numbers) {
  const script = [
    'import sys, phonenumbers',
    'from phonenumbers import geocoder',
    'for line in sys.stdin:',
    '    try:',
    '        n = phonenumbers.parse(line.strip(), "CN")',
    '    except phonenumbers.NumberParseException:', // e.g. 12xxx… read as a carrier code
    '        print(0, 99, "-"); continue',
    '    print(int(phonenumbers.is_valid_number(n)), phonenumbers.number_type(n), geocoder.description_for_number(n, "zh") or "-")',
  ];
  return runPython(script, numbers).map((line) => {
      const [valid, type, place] = line.split(' ');
      return { valid: valid === '1', type: Number(type), place };
    });
}

/** Runs (first, last 7-digit prefix) where the block source's home replaced phonenumbers'. */
const replaced = readFileSync(new URL('../../data/phones/mobile-differences.csv', import.meta.url), 'utf8')
  .trim().split('\n').slice(1).map((line) => line.split(','))
  .filter((row) => row[3] === 'phonenumbers' && row[7] !== 'phonenumbers')
  .map((row) => [Number(row[0]), Number(row[1])]);
const isReplaced = (number) => {
  const prefix = Number(number.slice(0, 7));
  return replaced.some(([first, last]) => first <= prefix && prefix <= last);
};

// phonenumbers PhoneNumberType: FIXED_LINE 0, MOBILE 1, FIXED_LINE_OR_MOBILE 2.
const isMobile = (r) => r.valid && (r.type === 1 || r.type === 2);
const isFixed = (r) => r.valid && (r.type === 0 || r.type === 2);

test('mobiles: validity and home province agree with phonenumbers except for the documented differences', (t) => {
  const { mobiles } = generate();
  const theirs = reference(mobiles);
  let valid = 0;
  let provincesCompared = 0;
  const tally = { BLOCK_SOURCE: 0, CATCH_ALL: 0 };
  const disagreements = [];
  mobiles.forEach((number, i) => {
    const ours = validatePhone(number, { kind: 'mobile' });
    if (ours.ok !== isMobile(theirs[i])) disagreements.push(`${number}: ours ${ours.ok} / theirs ${JSON.stringify(theirs[i])}`);
    if (!ours.ok) return;
    valid++;
    if (ours.location && theirs[i].place === '中国') {
      tally.BLOCK_SOURCE++;
    } else if (ours.location && theirs[i].place !== '-') {
      provincesCompared++;
      const province = ours.location.province.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
      if (theirs[i].place.startsWith(province)) return;
      if (isReplaced(number)) tally.CATCH_ALL++;
      else disagreements.push(`${number}: home ${ours.location.province}${ours.location.city} / theirs ${theirs[i].place}`);
    }
  });
  t.diagnostic(`${mobiles.length} mobiles, ${valid} valid, ${provincesCompared} home provinces compared; ${JSON.stringify(tally)}`);
  assert.deepEqual(disagreements.slice(0, 20), []);
  assert.ok(valid > 2000 && provincesCompared > 1500 && tally.BLOCK_SOURCE > 500);
});

test('landlines: validity agrees with phonenumbers except for the documented differences', (t) => {
  const { landlines } = generate();
  const theirs = reference(landlines);
  const tally = { agree: 0, LOCAL_START: 0 };
  const unexplained = [];
  landlines.forEach((number, i) => {
    const ours = validatePhone(number, { kind: 'landline' });
    if (ours.ok === isFixed(theirs[i])) {
      tally.agree++;
      return;
    }
    const local = number.split('-')[1];
    if (!ours.ok && /^(0|1|95)/.test(local) && ours.findings.every((f) => /PHONE_LOCAL_(START|LENGTH)/.test(f.code))) {
      tally.LOCAL_START++;
    } else {
      unexplained.push(`${number}: ours ${ours.findings.map((f) => f.code)} / theirs ${JSON.stringify(theirs[i])}`);
    }
  });
  t.diagnostic(`${landlines.length} landlines: ${JSON.stringify(tally)}`);
  assert.deepEqual(unexplained.slice(0, 20), []);
  assert.ok(tally.agree > landlines.length * 0.9 && tally.LOCAL_START > 0, 'mostly in agreement');
});
