// Browser tests of <llm-inference-calc> in headless Chromium (npm run test:widget): the one scripts/browser.mjs finds
// (CHROME_PATH, an installed Chrome or Chromium, else the one inside the @sparticuz/chromium devDependency).
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { resolveBrowserOrExit } from "./scripts/browser.mjs";

const browser = await resolveBrowserOrExit();
console.log(`browser: ${browser.executablePath} (${browser.source})`);

export default {
  files: ["test/widget/**/*.test.ts"],
  // Lit's production build: no dev-mode warning, same code as the bundle.
  nodeResolve: { exportConditions: ["production"] },
  plugins: [esbuildPlugin({ ts: true, target: "es2022", tsconfig: "widget/tsconfig.json" })],
  browsers: [
    chromeLauncher({
      // puppeteer-core's launch options, passed through as they are.
      launchOptions: { executablePath: browser.executablePath, headless: browser.headless, args: browser.args },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
};
