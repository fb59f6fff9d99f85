// Browser tests of <llm-inference-calc> in Debian's Chromium (npm run test:widget).
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";

export default {
  files: ["test/widget/**/*.test.ts"],
  // Lit's production build: no dev-mode warning, same code as the bundle.
  nodeResolve: { exportConditions: ["production"] },
  plugins: [esbuildPlugin({ ts: true, target: "es2022", tsconfig: "widget/tsconfig.json" })],
  // The element imports its planning chunk from beside itself by URL (llm-inference-calc-planning.js, as built);
  // run from the sources, that URL is the chunk's TypeScript entry.
  middleware: [
    function planningChunk(ctx, next) {
      if (ctx.path === "/widget/llm-inference-calc-planning.js") ctx.url = ctx.url.replace(/\.js(?=$|\?)/, ".ts");
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
        headless: true,
        // Root needs --no-sandbox; the rest keeps Chromium off the network and quiet.
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
};
