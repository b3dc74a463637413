// Differential test: `validatePhone` against the PyPI `phonenumbers` package
// (libphonenumber's metadata, the source of our tables) on 12 000 generated
// mainland numbers: mobiles over every 3-digit prefix 100–199, and
// landlines over real and invented area codes with local numbers of 6–9
// digits. Compared: validity as a mobile / as a landline, and for valid
// mobiles the home province (with the location table loaded).
//
// Deliberate difference (each disagreement must match it):
// LOCAL_START — libphonenumber's fixed-line pattern accepts local
//    numbers starting with 0 (in China the trunk prefix, never the start of
//    a subscriber number) and short service numbers after an area code
//    (1xxxx, 95xxx); R-TEL-2 rejects a first digit 0 or 1, and a contact
//    landline of a filing cannot be a service number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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

// phonenumbers PhoneNumberType: FIXED_LINE 0, MOBILE 1, FIXED_LINE_OR_MOBILE 2.
const isMobile = (r) => r.valid && (r.type === 1 || r.type === 2);
const isFixed = (r) => r.valid && (r.type === 0 || r.type === 2);

test('mobiles: validity and home province agree with phonenumbers exactly', (t) => {
  const { mobiles } = generate();
  const theirs = reference(mobiles);
  let valid = 0;
  let provincesCompared = 0;
  const disagreements = [];
  mobiles.forEach((number, i) => {
    const ours = validatePhone(number, { kind: 'mobile' });
    if (ours.ok !== isMobile(theirs[i])) disagreements.push(`${number}: ours ${ours.ok} / theirs ${JSON.stringify(theirs[i])}`);
    if (!ours.ok) return;
    valid++;
    if (ours.location && theirs[i].place !== '-') {
      provincesCompared++;
      const province = ours.location.province.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
      if (!theirs[i].place.startsWith(province)) {
        disagreements.push(`${number}: home ${ours.location.province}${ours.location.city} / theirs ${theirs[i].place}`);
      }
    }
  });
  t.diagnostic(`${mobiles.length} mobiles, ${valid} valid, ${provincesCompared} home provinces compared`);
  assert.deepEqual(disagreements.slice(0, 20), []);
  assert.ok(valid > 2000 && provincesCompared > 1500);
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
