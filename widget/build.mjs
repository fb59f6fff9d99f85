// Builds the widget: two minified ES modules for browsers, each with its own copy of Lit and of the engine parts it runs:
// - llm-inference-calc.js, the element (budget: 40 KB gzipped);
// - llm-inference-calc-planning.js, the planning views (find a setup, scenarios, break-even), which the element imports
//   from beside itself the first time one opens, so the element's bundle carries none of the planning code.
// Source transforms keep them small; none changes a figure the engine computes:
// - zod schema descriptions (OpenAPI documentation, never read at run time) are dropped (about 1.5 KB);
// - whitespace inside the widget's html`` / svg`` / css`` templates is collapsed.
// Run directly (`node widget/build.mjs`) it writes both to dist/widget (and dist/public's copies).
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
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
  entryPoints: ["widget/index.ts"],
  outfile: "dist/widget/llm-inference-calc.js",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  conditions: ["production"],
  logLevel: "warning",
  plugins: [stripSchemaDescriptions, minifyTemplates],
};

/** The planning chunk: its own bundle (no code shared with the element's at run time: each has its own Lit). */
export const planningBuildOptions = {
  ...widgetBuildOptions,
  entryPoints: ["widget/llm-inference-calc-planning.ts"],
  outfile: "dist/widget/llm-inference-calc-planning.js",
};

/** Both bundles, in dist/widget; returns their paths. */
export async function buildWidget() {
  await Promise.all([build(widgetBuildOptions), build(planningBuildOptions)]);
  return [widgetBuildOptions.outfile, planningBuildOptions.outfile];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildWidget();
  // scripts/build.mjs copies the bundles into the worker's assets; keep those copies in step.
  for (const file of built) if (existsSync("dist/public")) copyFileSync(file, `dist/public/${basename(file)}`);
  console.log(`built ${built.join(" and ")}`);
}
