// npm run bench (after the build): the widget's bundles, minified and gzipped: the element against its budget, and the
// planning chunk it loads on demand (no budget of its own: it loads only when a person opens a planning view).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const FILE = "dist/widget/llm-inference-calc.js";
const PLANNING = "dist/widget/llm-inference-calc-planning.js";
const BUDGET_KB = 40; // hard limit, gzipped (KB = 1024 bytes)
const AIM_KB = 30;

const kb = (n) => (n / 1024).toFixed(1);
const size = (file) => {
  const code = readFileSync(file);
  return { raw: code.length, gz: gzipSync(code, { level: 9 }).length };
};

const main = size(FILE);
console.log(`widget bundle ${FILE}: ${kb(main.raw)} KB minified, ${kb(main.gz)} KB gzipped (${main.gz.toLocaleString("en-US")} bytes; budget ${BUDGET_KB} KB, aim ${AIM_KB} KB)`);
const planning = size(PLANNING);
console.log(`planning chunk ${PLANNING}: ${kb(planning.raw)} KB minified, ${kb(planning.gz)} KB gzipped (loaded on demand)`);
if (main.gz > BUDGET_KB * 1024) {
  console.error(`over budget by ${kb(main.gz - BUDGET_KB * 1024)} KB`);
  process.exitCode = 1;
}
