// What the worker bundle carries: the documents are built at build time, so their generators stay out of it.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";

describe("worker bundle", () => {
  it("leaves out the JSON Schema generator, the catalogs' citations and the build-time modules", async () => {
    // Bundled as wrangler bundles it (esbuild, ES module, the workerd export conditions).
    const { metafile } = await build({
      entryPoints: ["worker/index.ts"],
      bundle: true,
      format: "esm",
      platform: "neutral",
      conditions: ["workerd", "worker", "browser"],
      mainFields: ["module", "main"],
      minify: true,
      write: false,
      metafile: true,
      outfile: "worker.js",
      logLevel: "silent",
    });
    const inputs = Object.keys(Object.values(metafile.outputs)[0]!.inputs);
    expect(inputs).toContain("worker/app.ts");
    for (const left of [/to-json-schema/, /json-schema-processors/, /shared\/catalog\/sources\//, /^worker\/build\//]) {
      expect(inputs.filter((input) => left.test(input)), String(left)).toEqual([]);
    }
  });

  it("is minified without esbuild's keepNames, which would wrap every closure the engine makes in a name-defining call", () => {
    // wrangler's own reading of wrangler.toml (its default is keep_names = true).
    const config = unstable_readConfig({ config: "wrangler.toml" });
    expect(config.minify).toBe(true);
    expect(config.keep_names).toBe(false);
  });
});
