import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/engine/**/*.test.ts", "test/library/**/*.test.ts"],
    environment: "node",
  },
});
