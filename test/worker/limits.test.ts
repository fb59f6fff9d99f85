// The plan limits the worker is configured for (wrangler.toml): the Free plan's CPU budget by default.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Bindings } from "../../worker/env.js";

describe("limits", () => {
  it("the CPU budget var reaches the worker: 10 ms, the Workers Free plan's limit", () => {
    expect((env as unknown as Bindings).CPU_BUDGET_MS).toBe("10");
  });
});
