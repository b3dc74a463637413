// npm run refresh-data (scripts/refresh-data.py) prints what a refresh
// changed in the tables for review: here its summary of two snapshots
// (examples/data_snapshot.rs lines) that differ the way a real refresh does.
// The refresh itself reaches the registries and rewrites data/, so it is run
// by hand, not here; the snapshot it compares is checked below on facts the
// tables state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

function summary(before, after) {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
  writeFileSync(join(dir, 'a'), before.join('\n') + '\n');
  writeFileSync(join(dir, 'b'), after.join('\n') + '\n');
  return execFileSync('python3', ['scripts/refresh-data.py', '--diff', join(dir, 'a'), join(dir, 'b')], { cwd: root }).toString();
}

test('the summary names codes added, retired and renamed, blocks moved, suffixes added and removed', () => {
  const out = summary([
    'division 653100 喀什地区 -', 'division 659012 白杨市 2019-', 'division 422921 神农架林区 1970-1993',
    'block 1990090 410100', 'block 1990091 -', 'block 1730080 110000', 'block 1730081 440100',
    'tld helsinki -', 'tld xihuan u', 'tld com a', 'suffix-rule com.cn',
    'rule R-TEL-3 warning PHONE_AREA_CODE_MISMATCH,PHONE_AREA_CODE_OTHER_CITY',
  ], [
    'division 653100 喀什地区 -', 'division 659012 白杨市 2019-', 'division 653132 岑岭县 2026-', 'division 422921 神农架 1970-1993',
    'block 1990090 410100', 'block 1990091 410100', 'block 1730080 610100', 'block 1730081 -',
    'tld com a', 'tld bw -', 'suffix-rule com.cn', 'suffix-rule me.bw',
    'rule R-TEL-3 error PHONE_AREA_CODE_MISMATCH,PHONE_AREA_CODE_OTHER_CITY',
  ]);
  assert.match(out, /- division codes: 4 now\n {2}1 added: 653132 岑岭县 2026-\n {2}1 renamed or retired \(name years\): 422921 神农架林区 1970-1993 → 神农架 1970-1993/);
  assert.match(out, /- landline area codes: unchanged/);
  assert.match(out, /- mobile blocks: 4 now\n {2}1 moved to another home: 1730080 110000→610100\n {2}1 gained a home: 1990091 -→410100\n {2}1 lost their home: 1730081 440100→-/);
  assert.match(out, /- top-level domains: 2 now\n {2}1 added: bw -\n {2}2 removed: helsinki -, xihuan u/);
  assert.match(out, /- suffix rules under fileable TLDs: 2 now\n {2}1 added: me\.bw/);
  assert.match(out, /- catalogue rules: 1 now\n {2}1 with another severity or codes: R-TEL-3 warning PHONE_AREA_CODE_MISMATCH,PHONE_AREA_CODE_OTHER_CITY → error/);
});

test('the snapshot states what the tables hold, one fact a line', () => {
  const lines = new Set(execFileSync('cargo', ['run', '-q', '--release', '--example', 'data_snapshot', '--features', 'mobile-location'],
    { cwd: root, maxBuffer: 1 << 26 }).toString().split('\n'));
  for (const fact of [
    'division 653132 岑岭县 2026-', // the MCA list of 2026
    'area 027 420100,420700', // 武汉 and 鄂州
    'retired-area 0378 0371 2013', // 开封
    'block 1990090 410100', // a 199 block, 郑州
    'tld bw n',
    'suffix-rule com.cn',
  ]) assert.ok(lines.has(fact), fact);
  assert.ok(![...lines].some((line) => line.startsWith('tld helsinki')), 'helsinki left the Public Suffix List');
});
