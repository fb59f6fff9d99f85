// Runs every curl example of the README's API section against the worker and checks the status its comment gives.
import { describe, expect, it } from "vitest";
import readme from "../../README.md?raw";
import { readmeExamples } from "../shared-helpers/readme-examples.js";
import { call } from "./helpers.js";

describe("README API examples", () => {
  const all = readmeExamples(readme);

  it("covers every endpoint of the contract", () => {
    const paths = new Set(all.map((e) => `${e.method} ${e.path.replace(/\/v1\/(models|hardware)\/[\w.-]+/, "/v1/$1/{id}")}`));
    for (const endpoint of ["GET /health", "GET /v1/models", "GET /v1/models/{id}", "GET /v1/hardware", "GET /v1/hardware/{id}", "GET /v1/scenarios", "POST /v1/estimate", "POST /v1/compare", "POST /v1/sweep", "POST /v1/recommend", "POST /v1/breakeven", "GET /openapi.json", "GET /docs", "GET /llm-inference-calc.js", "GET /"]) {
      expect(paths, endpoint).toContain(endpoint);
    }
  });

  it.each(all.map((e) => [e.line, e] as const))("%s", async (_line, example) => {
    const headers = { ...example.headers };
    if (headers["if-none-match"]) {
      // The README shows a placeholder; send the ETag the API really gives.
      headers["if-none-match"] = (await call(example.path)).headers.get("etag")!;
    }
    const init: RequestInit = { method: example.method, headers };
    if (example.body !== undefined) init.body = example.body;
    const response = await call(example.path, init);
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(example.status);
    if (example.status >= 400) expect(JSON.parse(text).error.code).toBeTruthy();
  });
});
