// beian-check/dom: the checks on plain HTML forms, through the browser's own
// Constraint Validation API. No framework; works under a strict
// Content-Security-Policy (no inline styles or scripts, no eval).
//
//   import init, { validateIdNumber } from 'beian-check/web';
//   import { bindField, bindForm } from 'beian-check/dom';
//   await init();
//   const unbind = bindField(document.querySelector('#id-number'), validateIdNumber, { checkOptions: { locale: 'en' } });
//
// An error blocks the form (setCustomValidity with its message: the browser
// shows it on submit and :invalid matches); warnings and materials are shown
// but never block. Each bound control gets aria-invalid while it has an
// error and aria-describedby pointing at the list of its findings, which
// the helper renders into an element it owns and removes on unbind.
import { validateFiling } from './index.js';

let lists = 0;

/** An empty, hidden list of findings with a unique id. */
function newList(doc) {
  const list = doc.createElement('ul');
  list.id = `beian-check-findings-${++lists}`;
  list.className = 'beian-check-findings';
  list.hidden = true;
  return list;
}

/** One finding as a list item (its severity, rule and code as data attributes for styling). */
function findingItem(doc, finding) {
  const item = doc.createElement('li');
  item.className = 'beian-check-finding';
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  item.dataset.code = finding.code;
  item.textContent = finding.message;
  return item;
}

/** `aria-describedby` with `id` added or removed, keeping the page's own ids. */
function describedBy(control, id, on) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && t !== id);
  if (on) ids.push(id);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

/**
 * A control and the findings shown for it. Its validity always follows the
 * findings (so that the form cannot be submitted with an error); the findings
 * are shown, and aria-invalid set, once the person has used the control or
 * tried to submit — not as a wall of errors on an empty form.
 */
class Binding {
  constructor(control, into) {
    this.control = control;
    this.list = newList(control.ownerDocument);
    if (into) into.append(this.list);
    else control.after(this.list);
    this.findings = [];
    this.touched = false;
  }

  set(findings) {
    this.findings = findings;
    const error = findings.find((f) => f.severity === 'error');
    this.control.setCustomValidity?.(error ? error.message : '');
    this.render();
  }

  render() {
    const shown = this.touched ? this.findings : [];
    const { control, list } = this;
    if (shown.some((f) => f.severity === 'error')) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    list.replaceChildren(...shown.map((finding) => findingItem(control.ownerDocument, finding)));
    list.hidden = shown.length === 0;
    describedBy(control, list.id, shown.length > 0);
  }

  touch() {
    if (!this.touched) {
      this.touched = true;
      this.render();
    }
  }

  remove() {
    this.control.setCustomValidity?.('');
    this.control.removeAttribute('aria-invalid');
    describedBy(this.control, this.list.id, false);
    this.list.remove();
  }
}

/** Adds the listeners; returns a function that removes them. */
function listen(target, listeners) {
  for (const [type, listener, capture] of listeners) target.addEventListener(type, listener, capture);
  return () => { for (const [type, listener, capture] of listeners) target.removeEventListener(type, listener, capture); };
}

/**
 * Runs `check` (validateIdNumber, validatePhone, …) on the control's value
 * at once and on `input` and `blur` (options.events), and shows the result:
 * the first error's message as its custom validity, and — once the control
 * was used or the form submitted — aria-invalid and every finding in a list
 * after the control (or in options.into) that describes it. Returns a
 * function that unbinds it all.
 *
 * @param {HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement} control
 * @param {(value: string, options?: object) => { findings: { severity: string, message: string, rule: string, code: string }[] }} check
 * @param {{ checkOptions?: object, events?: string[], into?: Element, onResult?: (result: object) => void }} [options]
 */
export function bindField(control, check, options = {}) {
  if (typeof check !== 'function') throw new TypeError('beian-check/dom: check must be a function such as validateIdNumber');
  const binding = new Binding(control, options.into);
  const update = (event) => {
    const result = check(control.value, options.checkOptions);
    if (event) binding.touched = true;
    binding.set(result.findings);
    options.onResult?.(result);
  };
  const unlisten = listen(control, [...(options.events ?? ['input', 'blur']).map((type) => [type, update]),
    ['invalid', () => binding.touch()]]);
  update();
  return () => {
    unlisten();
    binding.remove();
  };
}

/** True when `path` is `field` or lies under it (`websites[0].domains[1]` under `websites[0].domains`). */
const under = (path, field) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

/**
 * Checks the whole form with validateFiling at once and on every `input`
 * and `change`, and shows each finding at the control its path names:
 * `fields` maps form paths (`subject.owner.mobile`, `websites[0].domains`)
 * to controls; a finding goes to the longest path it lies under. Findings
 * of no named field go to a list at the end of the form (or options.into).
 * As with bindField, findings are shown once a control was used or the
 * form submitted. Returns a function that unbinds it all.
 *
 * @param {HTMLFormElement} form
 * @param {(form: HTMLFormElement) => object} toFormValue the form as docs/API.md shapes it
 * @param {{ fields: Record<string, Element>, filingOptions?: object, events?: string[], into?: Element,
 *   validate?: (form: object, options?: object) => { ok: boolean, findings: object[], materials: object[] },
 *   onResult?: (result: object) => void }} options
 */
export function bindForm(form, toFormValue, options) {
  const validate = options?.validate ?? validateFiling;
  // One binding per control (a control may show several paths), and the
  // paths longest first, so that a finding goes to the most precise one.
  const byControl = new Map();
  const paths = Object.entries(options?.fields ?? {})
    .filter(([, control]) => control)
    .sort(([a], [b]) => b.length - a.length)
    .map(([path, control]) => {
      if (!byControl.has(control)) byControl.set(control, new Binding(control));
      return [path, byControl.get(control)];
    });
  const bindings = [...byControl.values()];
  const rest = newList(form.ownerDocument);
  (options?.into ?? form).append(rest);
  let submitted = false;
  let unplaced = [];
  const renderRest = () => {
    const shown = submitted ? unplaced : [];
    rest.replaceChildren(...shown.map((finding) => findingItem(form.ownerDocument, finding)));
    rest.hidden = shown.length === 0;
  };
  const update = (event) => {
    const result = validate(toFormValue(form), options?.filingOptions);
    const byBinding = new Map(bindings.map((b) => [b, []]));
    unplaced = [];
    for (const finding of result.findings) {
      const binding = paths.find(([path]) => under(finding.path, path))?.[1];
      (binding ? byBinding.get(binding) : unplaced).push(finding);
    }
    for (const [binding, findings] of byBinding) {
      if (event?.target === binding.control) binding.touched = true;
      binding.set(findings);
    }
    renderRest();
    options?.onResult?.(result);
  };
  // A submit attempt (the browser fires `invalid` at each invalid control)
  // shows everything: the findings are those of the last change, so this
  // checks nothing again, however many controls are invalid.
  const showAll = () => {
    submitted = true;
    for (const binding of bindings) binding.touch();
    renderRest();
  };
  const unlisten = listen(form, [...(options?.events ?? ['input', 'change']).map((type) => [type, update]),
    ['focusout', (event) => bindings.find((b) => b.control === event.target)?.touch()],
    ['invalid', showAll, true], ['submit', showAll]]);
  update();
  return () => {
    unlisten();
    for (const binding of bindings) binding.remove();
    rest.remove();
  };
}
