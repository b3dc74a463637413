// npm run bench: beian-check against the reference implementations, side by
// side in one run, with ratios (not a test: numbers depend on the machine).
//   node scripts/bench.mjs [--markdown]
// Identity numbers: validateIdNumber / isValid / validateBatch vs validator.js
// isIdentityCard(s, 'zh-CN') and id-validator; mobiles: validatePhone vs
// validator.js isMobilePhone(s, 'zh-CN') and google-libphonenumber; domains:
// validateDomain vs tldts.parse. Plus instantiation, validateFiling and the
// package sizes next to the peers' bundles.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import os from 'node:os';
import * as bc from 'beian-check';

const require = createRequire(import.meta.url);
const validator = require('validator');
const IDValidator = require('id-validator');
const { PhoneNumberUtil } = require('google-libphonenumber');
const tldts = require('tldts');
const version = (name) => require(`${name}/package.json`).version;
const root = new URL('../', import.meta.url);
const markdown = process.argv.includes('--markdown');

// ---- inputs: the same 2 048 distinct values for every implementation --------
// Distinct values, because some peers cache by input (id-validator does);
// three in four are valid, as in a real form or import.
let seed = 2026;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const PLACES = ['110105', '440305', '510108', '310115', '330106', '420106', '610113', '120101', '220102', '370202'];
const checkChar = (body) => {
  let sum = 0;
  for (const d of body) sum = ((sum + Number(d)) * 2) % 11;
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
};
const IDS = Array.from({ length: 2048 }, (_, i) => {
  const body = `${pick(PLACES)}${1950 + Math.floor(random() * 60)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}${digits(3)}`;
  const id = body + checkChar(body);
  return i % 4 === 3 ? id.slice(0, 17) + (id[17] === '0' ? '1' : '0') : id;
});
const MOBILES = Array.from({ length: 2048 }, (_, i) =>
  (i % 4 === 3 ? pick(['100', '120', '1', '99', '13']) : pick(['138', '139', '150', '186', '199', '177', '166'])) + digits(8));
const DOMAINS = Array.from({ length: 2048 }, (_, i) => {
  const label = Array.from({ length: 3 + Math.floor(random() * 10) }, () => pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('');
  return i % 4 === 3 ? `${label}_x.${pick(['com', 'cn'])}` : `${pick(['', 'www.', 'shop.'])}${label}.${pick(['com', 'cn', 'com.cn', 'net', '中国', 'org'])}`;
});

/** µs per call: median of 15 batches, each timing `per` calls over the inputs, after `warmup` calls. */
function micros(fn, inputs, per = 4096, warmup = 3000) {
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length]);
  const batches = [];
  for (let b = 0; b < 15; b++) {
    const start = performance.now();
    for (let i = 0; i < per; i++) fn(inputs[i % inputs.length]);
    batches.push(((performance.now() - start) * 1000) / per);
  }
  batches.sort((a, b) => a - b);
  return batches[7];
}

/** µs per value of one batch call over `count` values. */
function microsBatched(fn, inputs) {
  // A call checks thousands of values: a few calls warm it up.
  return micros(() => fn(inputs), [null], 20, 10) / inputs.length;
}

const phoneUtil = PhoneNumberUtil.getInstance();
const ids = new IDValidator();
const rows = [
  ['identity number', 'validateIdNumber (full result)', micros((s) => bc.validateIdNumber(s), IDS)],
  ['identity number', "isValid('idNumber', s)", micros((s) => bc.isValid('idNumber', s), IDS)],
  ['identity number', "validateBatch('idNumber', 2 048 values), per value", microsBatched((v) => bc.validateBatch('idNumber', v), IDS)],
  ['identity number', "validator.js isIdentityCard(s, 'zh-CN')", micros((s) => validator.isIdentityCard(s, 'zh-CN'), IDS), 'ref'],
  ['identity number', 'id-validator isValid(s), cached (it keeps every value seen)', micros((s) => ids.isValid(s), IDS)],
  ['identity number', 'id-validator isValid(s), first sight (fresh instance)', microsBatched((v) => {
    const fresh = new IDValidator();
    for (const s of v) fresh.isValid(s);
  }, IDS)],
  ['mobile', "validatePhone(s, { kind: 'mobile' })", micros((s) => bc.validatePhone(s, { kind: 'mobile' }), MOBILES)],
  ['mobile', "isValid('phone', s, { kind: 'mobile' })", micros((s) => bc.isValid('phone', s, { kind: 'mobile' }), MOBILES)],
  ['mobile', "validateBatch('phone', 2 048 values), per value", microsBatched((v) => bc.validateBatch('phone', v, { kind: 'mobile' }), MOBILES)],
  ['mobile', "validator.js isMobilePhone(s, 'zh-CN')", micros((s) => validator.isMobilePhone(s, 'zh-CN'), MOBILES), 'ref'],
  ['mobile', 'google-libphonenumber parse + isValidNumber', micros((s) => {
    try { return phoneUtil.isValidNumber(phoneUtil.parse(s, 'CN')); } catch { return false; }
  }, MOBILES)],
  ['domain', 'validateDomain (full result)', micros((s) => bc.validateDomain(s), DOMAINS)],
  ['domain', "isValid('domain', s)", micros((s) => bc.isValid('domain', s), DOMAINS)],
  ['domain', "validateBatch('domain', 2 048 values), per value", microsBatched((v) => bc.validateBatch('domain', v), DOMAINS)],
  ['domain', 'tldts.parse(s)', micros((s) => tldts.parse(s), DOMAINS), 'ref'],
];

// ---- issue 17: the boundary, as ratios to the peers of the same run ----------
const IDS_5000 = Array.from({ length: 5000 }, (_, i) => IDS[i % IDS.length]);
const floor = micros((s) => bc.benchFloor(s), IDS);
const time = (label) => rows.find((r) => r[1] === label)[2];
const idRef = time("validator.js isIdentityCard(s, 'zh-CN')");
const batch5000 = microsBatched((v) => bc.validateBatch('idNumber', v), IDS_5000);

// ---- whole form, instantiation ------------------------------------------------
const form = JSON.parse(readFileSync(new URL('tests/fixtures/unit-three-websites.json', root))).form;
const filing = micros((f) => bc.validateFiling(f), [form], 200);
const filingOnly = micros((f) => bc.validateFiling(f, { only: 'websites[1]' }), [form], 200);
const withApps = JSON.parse(readFileSync(new URL('tests/fixtures/unit-websites-and-apps.json', root))).form;
const filingApps = micros((f) => bc.validateFiling(f), [withApps], 200);

/** Instantiation in fresh processes: compiling + instantiating the wasm and
 * the glue's set-up (initSync), then loading division names. Median of 7. */
function instantiation() {
  const script = `
    import { readFileSync } from 'node:fs';
    const wasm = readFileSync(new URL('pkg/web/beian_check_bg.wasm', '${root.href}'));
    const names = readFileSync(new URL('pkg/web/division-names.bin', '${root.href}'));
    const glue = await import(new URL('pkg/web/beian_check.js', '${root.href}'));
    const t0 = performance.now();
    glue.initSync({ module: wasm });
    const t1 = performance.now();
    glue.loadDivisionNames(names);
    const t2 = performance.now();
    console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const runs = Array.from({ length: 7 }, () =>
    JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout));
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[3];
  return { init: median(0), names: median(1) };
}
const start = instantiation();

// ---- sizes --------------------------------------------------------------------
function size(path) {
  const bytes = readFileSync(path);
  const brotli = path.endsWith('.br') ? bytes.length : brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
}
const pkgFile = (f) => new URL(f, root).pathname;
const dep = (f) => require.resolve(f);
const sizes = [
  ['beian-check core wasm', pkgFile('pkg/web/beian_check_bg.wasm')],
  ['beian-check JS glue', pkgFile('pkg/web/beian_check.js')],
  ['beian-check division names (optional)', pkgFile('pkg/web/division-names.bin')],
  ['beian-check mobile locations (optional)', pkgFile('pkg/web/mobile-location.bin')],
  [`validator ${version('validator')} (validator.min.js, all validators)`, dep('validator/validator.min.js')],
  [`id-validator ${version('id-validator')} (IDValidator.min.js + GB2260.min.js)`, [dep('id-validator/IDValidator.min.js'), dep('id-validator/GB2260.min.js')]],
  [`google-libphonenumber ${version('google-libphonenumber')} (dist/libphonenumber.js)`, dep('google-libphonenumber/dist/libphonenumber.js')],
  [`tldts ${version('tldts')} (index.umd.min.js)`, dep('tldts/dist/index.umd.min.js')],
].map(([label, paths]) => {
  const parts = [paths].flat().map(size);
  return [label, ...['raw', 'gzip', 'brotli'].map((k) => parts.reduce((sum, p) => sum + p[k], 0))];
});

// ---- report -------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const us = (n) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} µs`;
const WIDTHS = [60, 52, 18, 8, 14];
const line = (cells) => (markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(WIDTHS[i])).join(''));
const header = (cells) => [line(cells), ...(markdown ? [`|${cells.map(() => '---').join('|')}|`] : [])];
const out = [];
out.push(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${os.platform()} ${os.release()}, Node ${process.version}; ` +
  `beian-check ${version('beian-check')}, validator ${version('validator')}, id-validator ${version('id-validator')}, ` +
  `google-libphonenumber ${version('google-libphonenumber')}, tldts ${version('tldts')}; ${new Date().toISOString().slice(0, 10)}`, '');
out.push(...header(['field', 'call', 'per call', 'vs reference']));
for (const [field, call, time, ref] of rows) {
  const reference = rows.find((r) => r[0] === field && r[3] === 'ref')[2];
  out.push(line([field, call, us(time), ref ? '(reference)' : `${(time / reference).toFixed(2)}×`]));
}
out.push('', ...header(['what', 'measured', 'target', '']));
out.push(line(['instantiate (compile + initSync)', `${start.init.toFixed(2)} ms`, '< 5 ms', start.init < 5 ? 'met' : 'missed']));
out.push(line(['load division names', `${start.names.toFixed(2)} ms`, '', '']));
out.push(line(['validateFiling, 3-website unit form', us(filing), '< 500 µs', filing < 500 ? 'met' : 'missed']));
out.push(line(["validateFiling, same form, only: 'websites[1]'", us(filingOnly), '', '']));
out.push(line(['validateFiling, 3 websites + 2 apps (issue 18)', us(filingApps), '< 500 µs', filingApps < 500 ? 'met' : 'missed']));
out.push('', `Targets of issue 26 (ratios in this run; the floor is a call that only passes a string in, ${us(floor)}; ` +
  '"object alone" is JSON.parse of the same results\' JSON, for comparison):', '');
out.push(...header(['target', 'measured', 'ratio (target)', '', 'object alone']));
/** µs to build the results of `check` over `inputs` from their JSON. */
const objectAlone = (check, inputs) => micros((json) => JSON.parse(json), inputs.map((s) => JSON.stringify(check(s))));
const target = (label, measured, ratio, limit, objects) =>
  out.push(line([label, `${us(measured)} (floor + ${us(Math.max(0, measured - floor))})`, `${ratio.toFixed(2)}× (≤ ${Number(limit.toFixed(2))}×)`,
    ratio <= limit ? 'met' : 'missed', objects === undefined ? '—' : us(objects)]));
target("isValid('idNumber', s) vs validator.js (≥ 1.5× as fast)", time("isValid('idNumber', s)"), time("isValid('idNumber', s)") / idRef, 1 / 1.5);
target('validateIdNumber(s) vs validator.js (at least half as fast)', time('validateIdNumber (full result)'), time('validateIdNumber (full result)') / idRef, 2,
  objectAlone((s) => bc.validateIdNumber(s), IDS));
target("validateBatch('idNumber', 5 000) per value vs validator.js (≥ 3× as fast)", batch5000, batch5000 / idRef, 1 / 3);
target("validatePhone(s, { kind: 'mobile' }) vs libphonenumber (≥ 5× as fast)", time("validatePhone(s, { kind: 'mobile' })"),
  time("validatePhone(s, { kind: 'mobile' })") / time('google-libphonenumber parse + isValidNumber'), 0.2,
  objectAlone((s) => bc.validatePhone(s, { kind: 'mobile' }), MOBILES));
target('validateDomain(s) vs tldts.parse (≥ 0.25× as fast)', time('validateDomain (full result)'), time('validateDomain (full result)') / time('tldts.parse(s)'), 4,
  objectAlone((s) => bc.validateDomain(s), DOMAINS));
target('validateFiling (3 websites) vs validator.js (≤ 40 calls)', filing, filing / idRef, 40, micros((json) => JSON.parse(json), [JSON.stringify(bc.validateFiling(form))], 200));

// Each call against its native check on the same values (examples/field_time.rs, examples/filing_time.rs).
const nativeTimes = () => {
  const run = (example) => spawnSync('cargo', ['run', '-q', '--release', '--example', example], { cwd: root, encoding: 'utf8' }).stdout;
  const field = Object.fromEntries([...run('field_time').matchAll(/^(\S+(?: \(mobile\))?)\s+([\d.]+) µs/gm)].map((m) => [m[1], Number(m[2])]));
  const filingNative = Number(run('filing_time').match(/unit-three-websites: median ([\d.]+) µs/)?.[1]);
  return { ...field, filing: filingNative };
};
const native = nativeTimes();
const SAME = {
  validate_id_number: [(s) => bc.validateIdNumber(s), ['11010519491231002X', '440305198507048916', '43010219880101001X']],
  'validate_phone (mobile)': [(s) => bc.validatePhone(s, { kind: 'mobile' }), ['13923456789', '13712345678']],
  validate_domain: [(s) => bc.validateDomain(s), ['www.example.com', 'mouke-tech.cn', '腾讯.中国']],
};
out.push('', 'Each call against its native check on the same values (target ≤ 2.5×):', '');
out.push(...header(['call', 'wasm in Node', 'native', 'ratio', '']));
for (const [name, [fn, values]] of Object.entries(SAME)) {
  const wasm = micros(fn, values);
  out.push(line([name, us(wasm), us(native[name]), `${(wasm / native[name]).toFixed(2)}×`, wasm / native[name] <= 2.5 ? 'met' : 'missed']));
}
out.push(line(['validate_filing (3 websites)', us(filing), us(native.filing), `${(filing / native.filing).toFixed(2)}×`, filing / native.filing <= 2.5 ? 'met' : 'missed']));

/** 1 000 000 IDs, a quarter wrong, through validateBatch in a fresh process: time, RSS growth, RSS held after the call and a GC. */
function millionIds() {
  const script = `
    import { validateBatch } from 'beian-check';
    const column = new Array(1_000_000);
    for (let i = 0; i < column.length; i++) {
      const body = '110105' + (1950 + (i % 60)) + String(1 + (i % 12)).padStart(2, '0') + String(1 + (i % 28)).padStart(2, '0') + String(i % 1000).padStart(3, '0');
      let sum = 0;
      for (const d of body) sum = ((sum + Number(d)) * 2) % 11;
      const c = (12 - (sum % 11)) % 11;
      const check = c === 10 ? 'X' : String(c);
      column[i] = body + (i % 4 === 3 ? (check === '0' ? '1' : '0') : check);
    }
    validateBatch('idNumber', column.slice(0, 1000));
    globalThis.gc();
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    let result = validateBatch('idNumber', column);
    const seconds = (performance.now() - t0) / 1000;
    const peak = process.memoryUsage().rss;
    const findings = result.findings.length;
    result = null;
    globalThis.gc();
    console.log(JSON.stringify({ seconds, growth: peak - before, held: process.memoryUsage().rss - before, findings }));`;
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(run.stdout);
}
const million = millionIds();
const mb = (n) => `${(n / (1 << 20)).toFixed(0)} MB`;
const coreWasm = sizes.find((s) => s[0] === 'beian-check core wasm')[3];
out.push('', ...header(['what', 'measured', 'target', '']));
out.push(line(["validateBatch('idNumber', 1 000 000 IDs, a quarter wrong)", `${million.seconds.toFixed(2)} s`, '≤ 3 s', million.seconds <= 3 ? 'met' : 'missed']));
out.push(line(['  RSS growth during the call', mb(million.growth), '≤ 400 MB', million.growth <= 400 * (1 << 20) ? 'met' : 'missed']));
out.push(line(['  RSS held after the call and a GC', mb(million.held), '≤ 250 MB', million.held <= 250 * (1 << 20) ? 'met' : 'missed']));
out.push(line(['core wasm, brotli', kb(coreWasm), '≤ 100 KB', coreWasm <= 100 * 1024 ? 'met' : 'missed']));
out.push('', ...header(['file', 'raw', 'gzip', 'brotli']));
for (const [label, raw, gzip, brotli] of sizes) out.push(line([label, kb(raw), kb(gzip), kb(brotli)]));
console.log(out.join('\n'));
