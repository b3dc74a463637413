// Type-checks beian-check/dom: bindField takes any field check with its own
// options and result; bindForm takes the form's shape and the controls by path.
import { validateIdNumber, validatePhone, type FilingForm, type IdResult } from 'beian-check/web';
import { bindField, bindForm } from 'beian-check/dom';

const idInput = document.createElement('input');
const unbindId: () => void = bindField(idInput, validateIdNumber, {
  checkOptions: { kind: 'passport', locale: 'en' },
  onResult: (result: IdResult) => console.log(result.birthDate),
});
bindField(document.createElement('input'), validatePhone, { checkOptions: { kind: 'landline', cityCode: '440300' } });
// @ts-expect-error: a phone option is not an identity-document option
bindField(idInput, validateIdNumber, { checkOptions: { cityCode: '440300' } });
// @ts-expect-error: a check is a function, not its name
bindField(idInput, 'idNumber');
unbindId();

const form = document.createElement('form');
const toFormValue = (f: HTMLFormElement): FilingForm => ({
  kind: 'personal',
  subject: { owner: { mobile: (f.elements.namedItem('mobile') as HTMLInputElement).value } },
});
const unbindForm = bindForm(form, toFormValue, {
  fields: { 'subject.owner.mobile': form.querySelector('input') },
  filingOptions: { locale: 'en' },
  onResult: (result) => console.log(result.ok, result.materials.length),
});
unbindForm();
