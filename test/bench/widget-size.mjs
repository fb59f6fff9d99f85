// The widget's download, minified and gzipped (level 9), as widget/build.mjs builds it:
// - the main bundle: the entry and every chunk it imports statically, transitively: all a page loads before the
//   element renders its first result; its budget is 32 KB (32,768 bytes) gzipped;
// - each chunk loaded on demand (import()), with what loads it.
// `npm run bench` prints them and fails over budget; test/build/widget-bundle.test.ts checks the same budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { widgetFiles } from "../../widget/build.mjs";

export const MAIN_BUDGET_BYTES = 32 * 1024;

/** Sizes of the widget's files, built in memory: `main` (the entry's static closure) and `lazy` (the rest). */
export async function widgetSizes() {
  const { files, metafile } = await widgetFiles();
  const code = new Map(files.map((f) => [f.path, Buffer.from(f.code)]));
  const size = (file) => ({ file, raw: code.get(file).length, gz: gzipSync(code.get(file), { level: 9 }).length });
  const entry = Object.keys(metafile.outputs).find((f) => metafile.outputs[f].entryPoint === "widget/index.ts");
  const main = new Set();
  const visit = (file) => {
    if (main.has(file)) return;
    main.add(file);
    for (const i of metafile.outputs[file].imports) if (i.kind === "import-statement") visit(i.path);
  };
  visit(entry);
  const loadedBy = new Map();
  for (const [file, out] of Object.entries(metafile.outputs)) {
    for (const i of out.imports) if (i.kind === "dynamic-import") loadedBy.set(i.path, [...(loadedBy.get(i.path) ?? []), file]);
  }
  const scripts = [...code.keys()].filter((f) => f.endsWith(".js"));
  const mainFiles = scripts.filter((f) => main.has(f)).map(size);
  const total = (list) => list.reduce((sum, f) => ({ raw: sum.raw + f.raw, gz: sum.gz + f.gz }), { raw: 0, gz: 0 });
  return {
    main: { ...total(mainFiles), files: mainFiles },
    lazy: scripts.filter((f) => !main.has(f)).map((f) => ({ ...size(f), loadedBy: loadedBy.get(f) ?? [] })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => (n / 1024).toFixed(1);
  const { main, lazy } = await widgetSizes();
  console.log(`widget main bundle: ${kb(main.raw)} KB minified, ${kb(main.gz)} KB gzipped (${main.gz.toLocaleString("en-US")} bytes; budget ${kb(MAIN_BUDGET_BYTES)} KB)`);
  for (const f of main.files) console.log(`  ${f.file}: ${kb(f.raw)} KB minified, ${kb(f.gz)} KB gzipped`);
  console.log("loaded on demand:");
  for (const f of lazy) {
    const by = f.loadedBy.length ? `import()ed by ${f.loadedBy.map((b) => b.replace("dist/widget/", "")).join(", ")}` : "imported by those";
    console.log(`  ${f.file}: ${kb(f.raw)} KB minified, ${kb(f.gz)} KB gzipped (${by})`);
  }
  if (main.gz > MAIN_BUDGET_BYTES) {
    console.error(`main bundle over budget by ${kb(main.gz - MAIN_BUDGET_BYTES)} KB`);
    process.exitCode = 1;
  }
}
