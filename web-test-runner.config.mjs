// Browser tests of <llm-inference-calc> in headless Chromium (npm run test:widget): the one scripts/browser.mjs finds
// (CHROME_PATH, an installed Chrome or Chromium, else the one inside the @sparticuz/chromium devDependency).
// The Hub tests read a local fake Hub (test/fake-hub), on another origin than the test page as the real Hub is:
// started with the test server, its URL served to the tests at /__fake-hub.json. No test uses the network.
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { tsImport } from "tsx/esm/api";
import { resolveBrowserOrExit } from "./scripts/browser.mjs";

const browser = await resolveBrowserOrExit();
console.log(`browser: ${browser.executablePath} (${browser.source})`);

/** Starts the fake Hub with the test server and stops it with it; tests ask /__fake-hub.json where it is. */
function fakeHub() {
  let hub;
  return {
    name: "fake-hub",
    async serverStart() {
      // tsx, not a bundle: the fake Hub finds its fixtures beside its own file.
      const { startFakeHub } = await tsImport("./test/fake-hub/hub.ts", import.meta.url);
      hub = await startFakeHub();
    },
    serve(context) {
      if (context.path === "/__fake-hub.json") return { body: JSON.stringify({ url: hub.url }), type: "json" };
    },
    async serverStop() {
      await hub?.close();
    },
  };
}

export default {
  files: ["test/widget/**/*.test.ts"],
  // Lit's production build: no dev-mode warning, same code as the bundle.
  nodeResolve: { exportConditions: ["production"] },
  plugins: [esbuildPlugin({ ts: true, target: "es2022", tsconfig: "widget/tsconfig.json" }), fakeHub()],
  browsers: [
    chromeLauncher({
      // puppeteer-core's launch options, passed through as they are.
      launchOptions: { executablePath: browser.executablePath, headless: browser.headless, args: browser.args },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
};
