import { build } from "esbuild";
import { widgetBuildOptions } from "./widget/build.mjs";
const r = await build({ ...widgetBuildOptions, write: false, metafile: true, outfile: "/tmp/x.js" });
const out = Object.values(r.metafile.outputs)[0];
console.log(Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,12).map(([f,v])=>f+" "+v.bytesInOutput).join("\n"));
for (const [f, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (i.path.includes("sources/")) console.log(f, "->", i.path);
for (const [f, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (i.path.endsWith("shared/index.ts")) console.log(f, "->", i.path);
