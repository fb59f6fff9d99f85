// CORS: any site may call the API and load the widget script; preflights are answered.
import { describe, expect, it } from "vitest";
import { ESTIMATE_EXAMPLE } from "../../worker/examples.js";
import { call, post } from "./helpers.js";

const SITE = "https://someones-blog.example.net";

describe("CORS", () => {
  it("answers an OPTIONS preflight for a JSON POST from any origin", async () => {
    for (const path of ["/v1/estimate", "/v1/compare", "/v1/sweep", "/v1/recommend", "/v1/breakeven"]) {
      const response = await call(path, {
        method: "OPTIONS",
        headers: { origin: SITE, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(response.status, path).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toContain("POST");
      expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
      expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    }
  });

  it("allows conditional GETs from other origins (If-None-Match) and exposes the cache headers", async () => {
    const response = await call("/v1/models", {
      method: "OPTIONS",
      headers: { origin: SITE, "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
    const get = await call("/v1/models", { headers: { origin: SITE } });
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("access-control-expose-headers")).toMatch(/ETag/);
    expect(get.headers.get("access-control-expose-headers")).toMatch(/X-Cache/);
  });

  it("puts Access-Control-Allow-Origin on results, errors and static files alike", async () => {
    const responses = [
      await post("/v1/estimate", ESTIMATE_EXAMPLE, { origin: SITE }),
      await post("/v1/estimate", "{", { origin: SITE }),
      await call("/v1/models/nope", { headers: { origin: SITE } }),
      await call("/v1/estimate", { headers: { origin: SITE } }),
      await call("/llm-inference-calc.js", { headers: { origin: SITE } }),
      await call("/v1/scenarios", { headers: { origin: SITE } }),
      await call("/openapi.json", { headers: { origin: SITE } }),
    ];
    for (const response of responses) {
      expect(response.headers.get("access-control-allow-origin"), response.url).toBe("*");
      await response.arrayBuffer();
    }
  });
});
