import * as bc from 'beian-check';
const ids = ['11010519491231002X', '440305198507048916', '510108198507048912', '110105194912310021'];
function time(label, fn, n = 200000) { for (let i = 0; i < 20000; i++) fn(i); const t = performance.now(); for (let i = 0; i < n; i++) fn(i); console.log(label.padEnd(30), ((performance.now() - t) * 1000 / n).toFixed(2), 'µs'); }
time('isValid', (i) => bc.isValid('idNumber', ids[i & 3]));
time('validateIdNumber', (i) => bc.validateIdNumber(ids[i & 3]));
console.log(JSON.stringify(bc.validateIdNumber(ids[0])).length);
