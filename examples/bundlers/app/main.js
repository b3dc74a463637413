// A minimal app as a user writes it: `beian-check` from node_modules (a
// bundler building for the browser takes its `browser` export, the web entry),
// the wasm and two optional data files loaded by init(), real checks.
// Built by Vite, webpack 5 and Rollup in tests/bundlers/bundlers.test.mjs.
import init, { validateIdNumber, validatePhone, validateFiling, lookupDivision } from 'beian-check';

async function main() {
  await init({ data: ['division-names', 'mobile-location'] });
  const id = validateIdNumber('11010519491231002X');
  const phone = validatePhone('13800138000', { kind: 'mobile' });
  const bad = validateIdNumber('110105194912310021');
  const filing = validateFiling({
    kind: 'personal',
    region: { province: '440000', city: '440300' },
    subject: { name: '张三', owner: { name: '张三', idType: 'resident_id', idNumber: '110105194912310021' } },
  });
  return {
    id: { ok: id.ok, province: id.division?.province, name: id.division?.name },
    phone: { ok: phone.ok, province: phone.location?.province, locationStatus: phone.locationStatus },
    bad: bad.findings.map(({ rule, code, severity }) => ({ rule, code, severity })),
    district: lookupDivision('440305')?.name,
    filing: filing.findings
      .filter((f) => f.path === 'subject.owner.idNumber' && f.severity === 'error')
      .map(({ rule, code, path }) => ({ rule, code, path })),
  };
}

const out = document.getElementById('out');
main().then(
  (results) => {
    globalThis.results = results;
    out.textContent = JSON.stringify(results, null, 2);
    document.body.dataset.ready = 'true';
  },
  (error) => {
    out.textContent = `error: ${error?.message ?? error}`;
    document.body.dataset.ready = 'error';
  },
);
