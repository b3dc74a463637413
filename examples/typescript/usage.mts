// Type-checks the package's declarations as a TypeScript user sees them:
// `npx tsc -p examples/typescript` (run by tests/js/types.test.mjs). Lines
// marked @ts-expect-error must stay errors: the types reject wrong use.
import {
  validateIdNumber, validateUnitCode, validatePhone, validateDomain, validateHomepageUrl, validateFiling,
  lookupDivision, listDivisions, loadDivisionNames, dataVersion,
  type Finding, type FilingForm, type FilingResult, type IdResult, type Severity,
} from 'beian-check';
import init, { validateEmail } from 'beian-check/web';
import { createValidators, type BeianRule } from 'beian-check/async-validator';
import * as bc from 'beian-check';
import * as miniprogram from 'beian-check/miniprogram';

const id: IdResult = validateIdNumber('11010519491231002X', { kind: 'resident_id', asOf: '2026-11-22', locale: 'en' });
const age: number | null = id.age;
const severities: Severity[] = id.findings.map((f: Finding) => f.severity);
const unit = validateUnitCode('9144030071526726XG', { nature: 'enterprise', province: '440000' });
const phone = validatePhone('0755-86013388', { kind: 'landline', cityCode: '440300' });
const areaCode: string | null = phone.areaCode;
const domain = validateDomain('例子.中国', { allowSuffixes: ['xyz'] });
const url = validateHomepageUrl('https://www.example.com/', { domains: ['example.com'] });
const names = listDivisions('440000').map((d) => d.name);
const division = lookupDivision('110103');
const retired: boolean | undefined = division?.retired;
const loaded = loadDivisionNames(new Uint8Array(0));
const sources = dataVersion().map((s) => `${s.table} ${s.date}`);

const form: FilingForm = {
  kind: 'unit',
  filingType: 'change',
  region: { province: '440000', city: '440300' },
  subject: { nature: 'enterprise', name: '某某公司', owner: { name: '张三', mobile: '13800138000' } },
  websites: [{ name: '某某', domains: ['example.com'], owner: null, registrant: '某某公司' }],
  previous: { kind: 'unit', subject: { certificateNumber: '9144030071526726XG' } },
};
const result: FilingResult = validateFiling(form, { only: 'websites[0]', locale: 'zh-CN' });
// A filing of apps only: a native app on two platforms and a mini-program (issue 18).
const apps: FilingForm = {
  kind: 'personal',
  region: { province: '440000' },
  apps: [
    { kind: 'app', name: '小李笔记', domains: ['api.example.com'], serviceContent: ['工具'], preApprovals: ['以上都不涉及'],
      platforms: [{ platform: 'android', identifier: 'com.example.notes', fingerprint: 'F1:0C:07:4D:5E:F7:43:58:6E:B6:6C:E5:8B:4B:E3:99' },
        { platform: 'ios', identifier: 'com.example.notes' }] },
    { kind: 'mini_program', name: '小李记账', platforms: [{ platform: 'wechat', identifier: 'wxc18a63cff7328cb9' }], remark: '…', owner: null },
  ],
};
const quota = validateFiling(apps, { existingFilings: 4 }).findings.filter((f) => f.rule === 'R-APP-10');
// @ts-expect-error: an app's kind is app, mini_program or quick_app
const wrongKind: FilingForm = { apps: [{ kind: 'website' }] };
const reasons: string[] = result.materials.map((m) => `${m.rule}: ${m.reason}`);

async function inBrowser(): Promise<boolean> {
  await init();
  return validateEmail('a@example.com').ok;
}

const v = createValidators(bc, { locale: 'en' });
const rules: BeianRule[] = [v.idNumber({ kind: 'passport' }), v.phone({ kind: 'mobile', severity: 'warning', values: (f) => ({ province: f.province }) })];
const filingRule = v.filing(() => form, 'subject.owner.mobile');

async function inMiniProgram(): Promise<string> {
  await miniprogram.init({ data: ['division-names.bin', 'mobile-location.bin'] });
  return miniprogram.validateIdNumber('11010519491231002X').normalized ?? '';
}

// @ts-expect-error: the kind must be personal or unit
const wrongKind: FilingForm = { kind: 'company' };
// @ts-expect-error: a finding has no `level`
const level = id.findings[0]?.level;
// @ts-expect-error: severity is not an option of an ID check
validateIdNumber('x', { severity: 'error' });

export { age, severities, unit, areaCode, domain, url, names, retired, loaded, sources, reasons, inBrowser, rules, filingRule, inMiniProgram, wrongKind, level };
