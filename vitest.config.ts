// Two projects: everything but the worker in Node (engine, library, calibration), and the worker inside workerd
// (@cloudflare/vitest-pool-workers). The widget's tests run in a browser (web-test-runner), not here.
// The worker reads Hub models from a local fake Hub (test/fake-hub), started by its globalSetup: no test uses the network.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**", "test/widget/**", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: "./worker/index.ts",
            wrangler: { configPath: "./wrangler.toml" },
            // A short Hub timeout, so the test of a Hub that never answers takes a second and a half, not five.
            miniflare: { bindings: { HUB: inject("fakeHubUrl"), HUB_TIMEOUT_MS: "1500" } },
          })),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          globalSetup: ["test/fake-hub/global-setup.ts"],
        },
      },
    ],
  },
});
