// The worker: instantiates beian-check once, with the data its messages and
// R-TEL-4 use, then answers each { id, form, options } with validateFiling.
import init, { validateFiling } from 'beian-check';

const ready = init({ data: ['division-names', 'mobile-location'] });

self.addEventListener('message', async ({ data: { id, form, options } }) => {
  try {
    await ready;
    self.postMessage({ id, result: validateFiling(form, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
