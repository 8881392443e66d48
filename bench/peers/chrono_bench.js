// chrono-node's extraction throughput on one file: the time of chrono.parse() alone (the file is
// read and the module loaded before the clock starts). Prints "MB/s results".
//   node chrono_bench.js FILE
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const text = fs.readFileSync(process.argv[2], 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const ref = new Date(Date.UTC(2024, 0, 1));
// Paragraph by paragraph, as a news reader would call it (one huge string is not how it is used).
const parts = text.split(/\n\s*\n/);
const start = process.hrtime.bigint();
let found = 0;
for (const p of parts) found += chrono.parse(p, ref).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${(bytes / 1e6 / seconds).toFixed(2)} ${found}`);
