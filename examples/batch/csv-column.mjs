// Checks one column of a CSV file of any length (10 million rows and more)
// in bounded memory: the file is read line by line, the column is handed to
// batchValidator in parts of 10 000 values, and only the rows with an error
// are kept (written out as they come).
//   node examples/batch/csv-column.mjs ids.csv 2 > errors.tsv   # column 2 (0-based), header skipped
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { batchValidator } from 'beian-check';

/**
 * Checks column `column` of the CSV file at `path` with the field check
 * `check` (e.g. 'idNumber'); calls `onError(row, findings)` for each row
 * with an error (row 1 is the first after the header). Resolves to
 * `{ rows, errors }`.
 */
export async function checkCsvColumn(path, column, check, options, onError) {
  const checker = batchValidator(check, options);
  let part = [];
  let errors = 0;
  const flush = () => {
    // A row is wrong when it has an error finding; `index` counts from the column's first value.
    const wrong = new Map();
    for (const f of checker.validate(part).findings) {
      if (f.severity !== 'error') continue;
      if (!wrong.has(f.index)) wrong.set(f.index, []);
      wrong.get(f.index).push(f);
    }
    for (const [index, findings] of wrong) onError(index + 1, findings);
    errors += wrong.size;
    part = [];
  };
  let header = true;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (header) {
      header = false;
      continue;
    }
    // A plain split: quote the column in your own CSV reader if it can hold commas.
    part.push(line.split(',')[column] ?? '');
    if (part.length === 10_000) flush();
  }
  if (part.length > 0) flush();
  return { rows: checker.count, errors };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, column = '0', check = 'idNumber'] = process.argv.slice(2);
  const { rows, errors } = await checkCsvColumn(path, Number(column), check, { locale: 'zh-CN' }, (row, findings) => {
    process.stdout.write(`${row}\t${findings.map((f) => `${f.code} ${f.message}`).join('; ')}\n`);
  });
  process.stderr.write(`${rows} rows, ${errors} with an error\n`);
}
