// Two projects: everything but the worker in Node (engine, library, calibration), and the worker inside workerd
// (@cloudflare/vitest-pool-workers). The widget's tests run in a browser (web-test-runner), not here.
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
        plugins: [cloudflareTest({ main: "./worker/index.ts", wrangler: { configPath: "./wrangler.toml" } })],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
        },
      },
    ],
  },
});
