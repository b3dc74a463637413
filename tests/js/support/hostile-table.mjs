// The hostile-input table: every exported function × every hostile value
// (as the value and as the options). Self-contained — no imports, no
// closures — so Node calls it with 'beian-check' and Chromium runs the very
// same function through Playwright with '/pkg/index.js' (the web entry the demo initialised).
// Returns { calls, failures }: a failure is a throw, a result of the wrong
// shape, or a validator that gave no finding for a value it cannot check.
export async function runHostileTable(moduleUrl) {
  const bc = await import(moduleUrl);
  const cyclic = { kind: 'unit' };
  cyclic.subject = cyclic;
  cyclic.websites = [cyclic, cyclic];
  let deep = {};
  for (let i = 0; i < 10000; i++) deep = { subject: deep, websites: [deep] };
  const throwing = { get kind() { throw new Error('getter'); }, get locale() { throw new Error('getter'); } };
  const proxy = new Proxy({}, { get() { throw new Error('get'); }, ownKeys() { throw new Error('ownKeys'); }, has() { throw new Error('has'); } });
  const big = 'x'.repeat(10_000_000);
  const { values: issue20 } = hostileValues();
  const values = {
    undefined: undefined, null: null, 'number 0': 0, NaN: NaN, Infinity: -Infinity, 'number 1e21': 1e21, bigint: 10n,
    true: true, object: {}, array: [1, '2'], function: () => 1, symbol: Symbol('s'), date: new Date(0), regexp: /x/,
    bytes: new Uint8Array(8), 'null prototype': Object.create(null), proxy, 'throwing getter': throwing,
    '10 MB string': big, 'lone high surrogate': '\uD800', 'lone low surrogate': 'ab\uDC00cd', 'full-width digits': '１１０１０５１９４９１２３１００２Ｘ',
    'Arabic-Indic digits': '١١٠١٠٥١٩٤٩١٢٣١٠٠٢X', 'zero-width and RTL marks': '\u200B\u200E\u202E1380013800\u200F0', NUL: '\0\0',
    'only spaces': ' \u3000 ', emoji: '😀'.repeat(100), 'deep JSON': deep, 'cyclic form': cyclic,
    '10 000 websites': { kind: 'unit', websites: Array.from({ length: 10000 }, () => ({ name: 'x', domains: ['a.cn'] })) },
    ...issue20,
  };
  const VALIDATORS = ['validateIdNumber', 'validateUnitCode', 'validatePhone', 'validateEmail', 'validateDomain',
    'validateHomepageUrl', 'validateFilingNumber', 'validateIpv4'];
  const OTHERS = ['detectIdKind', 'ageOn', 'lookupDivision', 'listDivisions', 'certificateTypesFor', 'normalizePhone',
    'areaCodeFor', 'citiesForAreaCode', 'checkContacts', 'validateFiling', 'loadMobileLocations', 'loadDivisionNames'];
  const failures = [];
  let calls = 0;
  const isFinding = (f) => f && typeof f.rule === 'string' && f.rule && typeof f.code === 'string' && f.code
    && ['error', 'warning', 'material'].includes(f.severity) && typeof f.path === 'string' && typeof f.message === 'string' && f.message;
  const call = (name, args, label) => {
    calls++;
    try {
      return bc[name](...args);
    } catch (error) {
      failures.push(`${name}(${label}) threw ${error}`);
      return undefined;
    }
  };
  for (const [label, value] of Object.entries(values)) {
    for (const name of VALIDATORS) {
      for (const [args, argsLabel] of [[[value], label], [['11010519491231002X', value], `valid, options ${label}`], [[value, value], `${label}, ${label}`]]) {
        const r = call(name, args, argsLabel);
        if (r === undefined) continue;
        if (typeof r.ok !== 'boolean' || !Array.isArray(r.findings) || !r.findings.every(isFinding)) {
          failures.push(`${name}(${argsLabel}) gave a result of the wrong shape`);
        } else if (typeof args[0] !== 'string' && (r.ok || !r.findings.some((f) => f.severity === 'error'))) {
          failures.push(`${name}(${argsLabel}) accepted a non-string`);
        }
      }
    }
    for (const name of OTHERS) {
      call(name, [value], label);
      call(name, [value, value], `${label}, ${label}`);
    }
    for (const check of ['idNumber', label, value]) {
      const batch = call('validateBatch', [check, [value, value], value], `check ${typeof check === 'string' ? check.slice(0, 20) : label}, [${label}]`);
      if (batch && (!(batch.valid instanceof Uint8Array) || !Array.isArray(batch.findings) || !batch.findings.every(isFinding))) {
        failures.push(`validateBatch(${label}) gave a result of the wrong shape`);
      }
      if (typeof call('isValid', [check, value, value], label) !== 'boolean') failures.push(`isValid(${label}) is not a boolean`);
    }
    const filing = call('validateFiling', [value, { locale: 'en' }], label);
    if (filing && (filing.ok !== false || !filing.findings.length)) failures.push(`validateFiling(${label}) found nothing`);
    // Caps apply while reading: a hostile form costs no more than a real one.
    if (label in issue20) {
      // The fastest of three runs: a garbage collection or a busy machine must not fail it.
      const fastest = (name) => Math.min(...[0, 1, 2].map(() => {
        const start = performance.now();
        call(name, [value, value], label);
        return performance.now() - start;
      }));
      const filing = fastest('validateFiling');
      if (filing > 5) failures.push(`validateFiling(${label}) took ${filing.toFixed(1)} ms`);
      for (const name of VALIDATORS) {
        if (fastest(name) > 5) failures.push(`${name}(${label}, ${label}) took over 5 ms`);
      }
    }
  }
  return { calls, failures };

  // Inside the function so that Chromium gets it with runHostileTable.
  function hostileValues() {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const { proxy: revokedArray, revoke: revokeArray } = Proxy.revocable([], {});
    revokeArray();
    const trap = () => { throw new Error('trap'); };
    const traps = ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'setPrototypeOf',
      'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'apply', 'construct'];
    const everyTrapThrows = new Proxy({}, Object.fromEntries(traps.map((t) => [t, trap])));
    const wide = { kind: 'unit' };
    for (let i = 0; i < 200_000; i++) wide[`k${i}`] = i;
    const sparse = [];
    sparse.length = 2 ** 32 - 1;
    const toPrimitive = { [Symbol.toPrimitive]: trap, toString: trap, valueOf: trap };
    return {
      values: {
        'revoked proxy': revoked, 'revoked array proxy': revokedArray, 'every trap throws': everyTrapThrows,
        '200 000 keys': wide, 'sparse array of length 2**32 - 1': sparse, 'throwing Symbol.toPrimitive': toPrimitive,
        'a form of hostile parts': { kind: 'unit', region: revoked, subject: everyTrapThrows, websites: sparse, previous: toPrimitive },
        'bidirectional controls': '\u202A\u202B\u202C\u202D\u202E110105194912\u2066\u2067\u2068\u206931002X',
        'Mongolian vowel separator and Hangul fillers': '\u180E\u3164\uFFA0',
      },
    };
  }
}
