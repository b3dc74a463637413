// The page: validates the whole filing form in a module worker, so typing
// stays smooth while the wasm loads and runs. validateInWorker(form) resolves
// to what validateFiling(form) returns.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextId = 0;

worker.addEventListener('message', ({ data: { id, result, error } }) => {
  const { resolve, reject } = pending.get(id);
  pending.delete(id);
  if (error === undefined) resolve(result);
  else reject(new Error(error));
});
worker.addEventListener('error', (event) => {
  for (const { reject } of pending.values()) reject(new Error(event.message || 'the worker failed to start'));
  pending.clear();
});

export function validateInWorker(form, options) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, form, options });
  });
}

// The demo: the form in the text area, its findings below, re-checked as you type.
const input = document.getElementById('form');
const out = document.getElementById('out');
let latest = 0;
async function check() {
  const seq = ++latest;
  let form;
  try {
    form = JSON.parse(input.value);
  } catch (error) {
    out.textContent = `not JSON: ${error.message}`;
    return;
  }
  try {
    const result = await validateInWorker(form);
    if (seq !== latest) return; // a newer edit is on its way
    globalThis.result = result;
    out.textContent = result.findings.map((f) => `${f.severity} ${f.rule} ${f.code} ${f.path}: ${f.message}`).join('\n');
    document.body.dataset.ready = 'true';
  } catch (error) {
    out.textContent = `error: ${error.message}`;
    document.body.dataset.ready = 'error';
  }
}
input.addEventListener('input', check);
check();
