// Imports a TypeScript module from a plain Node script: esbuild bundles it (with its imports) into one ES module,
// loaded from a data: URL, so nothing is written to disk and no loader has to be registered.
import { build } from "esbuild";

export async function importTs(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", target: "node20", write: false, logLevel: "warning" });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString("base64")}`);
}
