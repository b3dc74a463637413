// The example page of beian-check/dom: bindField on two controls, bindForm
// on a small personal filing. What a page needs besides the library is the
// form's shape (toFormValue) and which control shows which path.
import init, { validateIdNumber, validatePhone } from '/pkg/index.js';
import { bindField, bindForm } from '/pkg/dom.js';

await init({ data: ['division-names'] });
const $ = (id) => document.getElementById(id);

// ---- bindField: one check per control -------------------------------------
const single = $('single');
bindField($('single-id'), validateIdNumber);
bindField($('single-phone'), validatePhone, { checkOptions: { kind: 'landline' } });
single.addEventListener('submit', (event) => {
  event.preventDefault();
  // novalidate: the page decides when to show the browser's messages.
  const valid = single.reportValidity();
  $('single-status').textContent = valid ? '✓ 可以提交 · ready' : '✗ 请先修改错误 · fix the errors first';
});

// ---- bindForm: the whole filing --------------------------------------------
const filing = $('filing');
/** The form as docs/API.md shapes it: a personal filing with one website. */
function toFormValue(form) {
  const value = (name) => form.elements[name].value;
  const owner = {
    name: value('name'), idType: 'resident_id', idNumber: value('idNumber'), mobile: value('mobile'),
    emergencyPhone: value('emergencyPhone'), email: value('email'),
  };
  return {
    kind: 'personal',
    filingType: 'new',
    region: { province: value('province') },
    subject: { name: value('name'), mailingAddress: value('address'), owner },
    websites: [{
      name: value('siteName'), domains: value('domain') ? [value('domain')] : [], remark: value('remark'),
      serviceContent: '博客/个人空间', preApprovals: ['以上都不涉及'], owner: null,
    }],
  };
}
bindForm(filing, toFormValue, {
  fields: {
    'region.province': $('filing-province'),
    'subject.name': $('filing-name'),
    'subject.mailingAddress': $('filing-address'),
    'subject.owner.name': $('filing-name'),
    'subject.owner.idNumber': $('filing-id'),
    'subject.owner.mobile': $('filing-mobile'),
    'subject.owner.emergencyPhone': $('filing-emergency'),
    'subject.owner.email': $('filing-email'),
    'websites[0].remark': $('filing-remark'),
    'websites[0].name': $('filing-site'),
    'websites[0].domains': $('filing-domain'),
  },
  onResult: (result) => {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const status = $('filing-status');
    const text = errors ? `✗ ${errors} 处错误 · ${errors} error(s)` : '✓ 没有错误 · no errors';
    // A live region: changed only when the count changes, so it is not re-read on every keystroke.
    if (status.textContent !== text) {
      status.dataset.state = errors ? 'error' : 'ok';
      status.textContent = text;
    }
  },
});
filing.addEventListener('submit', (event) => event.preventDefault());
// On a phone the tabs scroll sideways and this page's (bilingual) tab is the last: show it.
document.querySelector('.pages [aria-current="page"]').scrollIntoView({ block: 'nearest', inline: 'nearest' });
document.body.dataset.ready = 'true';
