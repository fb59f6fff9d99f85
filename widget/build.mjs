// Builds the widget: minified ES modules for browsers, split so a page downloads first only what the element's first
// result needs (`npm run bench` prints the sizes against the budget):
// - llm-inference-calc.js, the entry (the element, its inputs and results, Lit and the engine's estimate), and the
//   chunks it imports statically: together the main bundle;
// - chunks/*-[hash].js, what it imports on demand: the panels after the results (comparison, sweep) when it connects,
//   the planning views when one opens. Chunks share Lit and the engine with the entry instead of each carrying its own.
// Chunks are imported by relative URL, so one <script type="module" src=".../llm-inference-calc.js"> works from the
// worker, a CDN or an installed package; their names change with their content, so they can be cached for good.
// zod/mini is the widget's own subset (widget/zod-mini.ts, proven equal to zod in test/build/widget-zod.test.ts), and
// parts of the engine the first result for a valid request on catalog models never runs (zod's validator for
// invalid input, the config.json reader, custom architectures' checks, hybrid blending, a load's queueing, the fixes
// for a setup that does not fit, the wording of a request's problems) come with the panels chunk
// (widget/deferred.ts).
// Source transforms keep it small; none changes a figure the engine computes:
// - zod schema descriptions (OpenAPI documentation, never read at run time) are dropped (about 1.5 KB);
// - whitespace inside the widget's html`` / svg`` / css`` templates is collapsed.
// Run directly (`node widget/build.mjs`) it writes dist/widget (and refreshes dist/public's copies).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { minify } from "terser";
import ts from "typescript";


function transform(path, visit) {
  const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
  const result = ts.transform(sf, [(ctx) => (root) => ts.visitNode(root, function v(n) { return visit(n, ctx, v); })]);
  return ts.createPrinter().printFile(result.transformed[0]);
}

const HELPERS = new Set(["bounded", "boundedInt", "fraction", "tokens", "dim"]);
const isDescribe = (n) =>
  ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "describe";

/** Drop zod descriptions (OpenAPI documentation the widget never reads): `.check(z.describe(d))` goes, other checks stay. */
export const stripSchemaDescriptions = {
  name: "strip-schema-descriptions",
  setup(b) {
    b.onLoad({ filter: /[\\/]shared[\\/]schema[\\/][^\\/]+\.ts$/ }, (args) => ({
      loader: "ts",
      contents: transform(args.path, (n, ctx, v) => {
        // The schema helpers (bounded, boundedInt, ...) take a description as their string argument: pass none.
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && HELPERS.has(n.expression.text)) {
          return ts.factory.updateCallExpression(n, n.expression, n.typeArguments, n.arguments.filter((a) => !ts.isStringLiteral(a)).map((a) => ts.visitNode(a, v)));
        }
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "check" && n.arguments.some(isDescribe)) {
          const target = ts.visitNode(n.expression.expression, v);
          const kept = n.arguments.filter((a) => !isDescribe(a)).map((a) => ts.visitNode(a, v));
          return kept.length ? ts.factory.updateCallExpression(n, ts.factory.updatePropertyAccessExpression(n.expression, target, n.expression.name), n.typeArguments, kept) : target;
        }
        return ts.visitEachChild(n, v, ctx);
      }),
    }));
  },
};

/** The engine imports the widget's bundles take from its stand-ins (widget/engine-deferred.ts): importer, specifier. */
const DEFERRED = [
  ["shared/scenario.ts", "./hfconfig.js"],
  ["shared/params.ts", "./consistency.js"],
  ["shared/estimate.ts", "./hybrid.js"],
  ["shared/estimate.ts", "./load.js"],
  ["shared/compatibility.ts", "./fixes.js"],
  ["shared/parse.ts", "./issues.js"],
  ["shared/unknown-fields.ts", "./issues.js"],
  ["shared/scenario.ts", "./issues.js"],
  ["shared/scenario.ts", "./hub-model.js"],
  ["shared/estimate.ts", "./hub-model.js"],
];

/**
 * Reading a config.json, checking a custom architecture, blending a hybrid, a load's queueing, the fixes and the
 * wording of a request's problems come with the panels chunk: these imports resolve to stand-ins that call the
 * engine's own functions once that chunk has installed them (see widget/deferred.ts). Nothing else is redirected: the panels chunk imports the real modules.
 */
export const deferEngineParts = {
  name: "defer-engine-parts",
  setup(b) {
    b.onResolve({ filter: /^\.\/(hfconfig|consistency|hybrid|load|fixes|issues|hub-model)\.js$/ }, (args) => {
      const importer = args.importer.replaceAll("\\", "/");
      return DEFERRED.some(([from, path]) => importer.endsWith(`/${from}`) && args.path === path) ? { path: resolve("widget/engine-deferred.ts") } : undefined;
    });
  },
};

const squeezeMarkup = (s) => s.replace(/>\s*\n\s*</g, "><").replace(/\s*\n\s*/g, " ");
const squeezeCss = (s) =>
  s.replace(/\/\*[^]*?\*\//g, "").replace(/\s+/g, " ").replace(/\s*([{};,])\s*/g, "$1").replace(/:\s+/g, ":").replace(/;}/g, "}").replace(/([: ])0\./g, "$1.");

/** Collapse whitespace in the widget's own tagged templates (what minifiers leave alone). */
export const minifyTemplates = {
  name: "minify-templates",
  setup(b) {
    b.onLoad({ filter: /[\\/]widget[\\/](?:planning[\\/])?[^\\/]+\.ts$/ }, (args) => ({
      loader: "ts",
      contents: transform(args.path, (n, ctx, v) => {
        if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && ["html", "svg", "css"].includes(n.tag.text)) {
          const squeeze = n.tag.text === "css" ? squeezeCss : squeezeMarkup;
          const t = n.template;
          const f = ts.factory;
          const raw = (node) => squeeze(node.rawText ?? node.text);
          const template = ts.isNoSubstitutionTemplateLiteral(t)
            ? f.createNoSubstitutionTemplateLiteral(raw(t), raw(t))
            : f.createTemplateExpression(
                f.createTemplateHead(raw(t.head), raw(t.head)),
                t.templateSpans.map((s) =>
                  f.createTemplateSpan(
                    ts.visitNode(s.expression, v),
                    ts.isTemplateTail(s.literal) ? f.createTemplateTail(raw(s.literal), raw(s.literal)) : f.createTemplateMiddle(raw(s.literal), raw(s.literal)),
                  ),
                ),
              );
          return f.updateTaggedTemplateExpression(n, n.tag, n.typeArguments, template);
        }
        return ts.visitEachChild(n, v, ctx);
      }),
    }));
  },
};

export const widgetBuildOptions = {
  entryPoints: { "llm-inference-calc": "widget/index.ts" },
  outdir: "dist/widget",
  splitting: true,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  conditions: ["production"],
  alias: { "zod/mini": "./widget/zod-mini.ts" },
  logLevel: "warning",
  plugins: [deferEngineParts, stripSchemaDescriptions, minifyTemplates],
};

/** terser's compressor, after esbuild's: it finds about 2% more (0.6 KB of the main bundle, gzipped). */
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } };

/** The widget's files as built (paths relative to the project) and esbuild's metafile (what each holds and imports). */
export async function widgetFiles() {
  const { outputFiles, metafile } = await build({ ...widgetBuildOptions, write: false, metafile: true });
  const files = await Promise.all(outputFiles.map(async (f) => ({ path: relative(process.cwd(), f.path), code: (await minify(f.text, TERSER)).code })));
  return { files, metafile };
}

/** Writes the widget to dist/widget (the folder is replaced); returns the metafile. */
export async function buildWidget() {
  const { files, metafile } = await widgetFiles();
  rmSync(widgetBuildOptions.outdir, { recursive: true, force: true });
  for (const { path, code } of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, code);
  }
  return metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const metafile = await buildWidget();
  // scripts/build.mjs copies the widget into the worker's assets; keep that copy in step.
  if (existsSync("dist/public")) {
    rmSync("dist/public/chunks", { recursive: true, force: true });
    cpSync(widgetBuildOptions.outdir, "dist/public", { recursive: true });
  }
  console.log(`built ${Object.keys(metafile.outputs).join(", ")}`);
}
