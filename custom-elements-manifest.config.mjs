// The Custom Elements Manifest (custom-elements.json) of <llm-inference-calc>, written by the standard analyzer
// (`cem analyze`, run by scripts/build.mjs) from the element's class, its static properties and its JSDoc
// (@tagname, @attr, @fires, @csspart, @cssproperty). It describes the module the package ships, not the sources.
const BUNDLE = "dist/widget/llm-inference-calc.js";

/** Lit's internal reactive state (`state: true`) is neither an attribute nor public API; the analyzer lists it as both. */
function litInternalState() {
  const internal = new Set();
  return {
    name: "lit-internal-state",
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name.getText() !== "properties" || !node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
      for (const p of node.initializer.properties) {
        const options = ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer) ? p.initializer.properties : [];
        if (options.some((o) => o.name?.getText() === "state" && o.initializer?.kind === ts.SyntaxKind.TrueKeyword)) internal.add(p.name.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (d.members) d.members = d.members.filter((m) => !internal.has(m.name) && m.privacy !== "private");
        if (d.attributes) d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
      }
    },
  };
}

/** One module, the bundle (widget/index.ts and the class it registers, esbuilt into one file), with its exports. */
function asShipped() {
  return {
    name: "as-shipped",
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const element = declarations.find((d) => d.customElement);
      const runtime = new Set(declarations.map((d) => d.name));
      const exported = customElementsManifest.modules.find((m) => m.path === "widget/index.ts").exports.filter((e) => e.kind === "js" && runtime.has(e.name));
      customElementsManifest.modules = [
        {
          kind: "javascript-module",
          path: BUNDLE,
          declarations,
          exports: [
            ...exported.map(({ name }) => ({ kind: "js", name, declaration: { name, module: BUNDLE } })),
            { kind: "custom-element-definition", name: element.tagName, declaration: { name: element.name, module: BUNDLE } },
          ],
        },
      ];
    },
  };
}

export default {
  globs: ["widget/index.ts", "widget/llm-inference-calc.ts"],
  outdir: ".",
  packagejson: false,
  litelement: true,
  plugins: [litInternalState(), asShipped()],
};
