// async-validator on its own, over a plain form: every input checks its
// field, the city re-checks the fields that depend on it, submit checks
// everything. Errors block; warnings are shown and never block.
import Schema, { type Rules, type ValidateError } from 'async-validator';
import init, * as bc from 'beian-check';
import { createValidators, type WarningStore } from 'beian-check/async-validator';
import { CITIES, provinceOf } from '../../common/cities';
import './style.css';

// The wasm, the place names of the messages and the mobile home locations (R-TEL-4).
await init({ data: ['division-names', 'mobile-location'] });

const form = document.querySelector<HTMLFormElement>('#contact')!;
const city = () => new FormData(form).get('city') as string;
const warnings: WarningStore = {};
const v = createValidators(bc, { locale: 'zh-CN', warnings });
const rules: Rules = {
  idNumber: v.idNumber(),
  mobile: v.phone({ kind: 'mobile', values: () => ({ province: provinceOf(city()) }) }),
  phone: v.phone({ kind: 'landline', values: () => ({ cityCode: city() }) }),
};
const FIELDS = ['idNumber', 'mobile', 'phone'] as const;
type Field = (typeof FIELDS)[number];

const cities = document.querySelector('#cities')!;
for (const { label, value } of CITIES) {
  const option = document.createElement('label');
  const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'city', value, checked: value === '350100' });
  option.append(radio, label);
  cities.append(option);
}

const valueOf = (field: Field) => (form.elements.namedItem(field) as HTMLInputElement).value;

/** Checks `fields`, shows each one's errors and warnings under it; true when none has an error. */
async function check(fields: readonly Field[]) {
  const source = Object.fromEntries(fields.map((field) => [field, valueOf(field)]));
  const descriptor = Object.fromEntries(fields.map((field) => [field, rules[field]]));
  const errors = await new Schema(descriptor).validate(source, { first: false })
    .then(() => [] as ValidateError[], (failure: { errors: ValidateError[] }) => failure.errors);
  for (const field of fields) {
    const item = form.querySelector(`.field-${field}`)!;
    const input = item.querySelector('input')!;
    const mine = errors.filter((e) => e.field === field);
    input.setAttribute('aria-invalid', String(mine.length > 0));
    item.querySelector('.messages')!.replaceChildren(
      ...mine.map((e) => message('bc-error', e.message)),
      ...(warnings[field] ?? []).map((w) => message('bc-warning', w.message)),
    );
  }
  return errors.length === 0;
}

const message = (className: string, text = '') => Object.assign(document.createElement('p'), { className, textContent: text });

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'city') {
    // The mobile and the landline depend on the city: check those filled in again.
    const filled = (['mobile', 'phone'] as const).filter((field) => valueOf(field) !== '');
    if (filled.length) void check(filled);
  } else if ((FIELDS as readonly string[]).includes(target.name)) {
    void check([target.name as Field]);
  }
});
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  document.querySelector('#status')!.textContent = (await check(FIELDS)) ? 'submitted' : 'blocked';
});

document.body.dataset.ready = 'true';
