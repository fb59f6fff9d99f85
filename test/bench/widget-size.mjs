// npm run bench (after the build): the widget bundle's size, minified and gzipped, against its budget.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const FILE = "dist/widget/llm-inference-calc.js";
const BUDGET_KB = 40; // hard limit, gzipped (KB = 1024 bytes)
const AIM_KB = 30;

const code = readFileSync(FILE);
const gz = gzipSync(code, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
console.log(`widget bundle ${FILE}: ${kb(code.length)} KB minified, ${kb(gz)} KB gzipped (budget ${BUDGET_KB} KB, aim ${AIM_KB} KB)`);
if (gz > BUDGET_KB * 1024) {
  console.error(`over budget by ${kb(gz - BUDGET_KB * 1024)} KB`);
  process.exitCode = 1;
}
