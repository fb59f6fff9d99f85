// HTTP caching: catalog GETs carry Cache-Control and an ETag (304 on a match); sweeps and compares hit the edge cache.
import { describe, expect, it } from "vitest";
import { COMPARE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "../../worker/examples.js";
import { call, expectError, post, untilCacheHit } from "./helpers.js";

describe("catalog and scenario GETs: Cache-Control, ETag and 304", () => {
  for (const path of ["/v1/models", "/v1/models/llama-3.1-70b", "/v1/hardware", "/v1/hardware/mi300x", "/v1/scenarios", "/openapi.json"]) {
    it(`${path} answers 304 to a matching If-None-Match`, async () => {
      const first = await call(path);
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      const body = await first.text();

      const again = await call(path, { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
      expect(await again.text()).toBe("");

      // A weak validator, or a list holding the tag, also matches; another tag does not.
      expect((await call(path, { headers: { "if-none-match": `"stale", W/${etag}` } })).status).toBe(304);
      const changed = await call(path, { headers: { "if-none-match": '"0000"' } });
      expect(changed.status).toBe(200);
      expect(await changed.text()).toBe(body);
    });
  }

  it("HEAD answers the headers without the body", async () => {
    const response = await call("/v1/hardware", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeTruthy();
    expect(await response.text()).toBe("");
  });
});

describe("sweep, compare and recommend: the Workers Cache API", () => {
  const sweepBody = { ...SWEEP_EXAMPLE, vary: { ...SWEEP_EXAMPLE.vary, outputTokens: [100, 200] } };

  it("a repeated sweep is served from the edge cache", async () => {
    const first = await post("/v1/sweep", sweepBody);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const computed = await first.text();

    const hit = await untilCacheHit(() => post("/v1/sweep", sweepBody));
    expect(hit.status).toBe(200);
    expect(hit.headers.get("access-control-allow-origin")).toBe("*");
    expect(hit.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await hit.text()).toBe(computed);
  });

  it("the key is the normalised request: key order, spelled-out defaults and unknown fields do not matter", async () => {
    const body = { base: { model: "mistral-7b", hardware: "l4", inputTokens: 300, outputTokens: 70 }, vary: { batchSize: [1, 2, 4] } };
    expect((await post("/v1/sweep", body)).headers.get("x-cache")).toBe("MISS");
    await untilCacheHit(() => post("/v1/sweep", body));
    const respelled = {
      vary: { batchSize: [1, 2, 4] },
      note: "ignored",
      base: { outputTokens: 70, inputTokens: 300, hardware: "l4", model: "mistral-7b", deviceCount: 1, precision: "fp16", deployment: "cloud" },
    };
    expect((await post("/v1/sweep", respelled)).headers.get("x-cache")).toBe("HIT");
    // A different grid is a different key.
    const other = await post("/v1/sweep", { ...body, vary: { batchSize: [1, 2, 8] } });
    expect(other.headers.get("x-cache")).toBe("MISS");
  });

  it("the order of vary's fields is part of the key: it sets the order of the points", async () => {
    const base = { model: "qwen2.5-7b", hardware: "l40s", precision: "fp8", inputTokens: 700, outputTokens: 90 };
    const batchFirst = { base, vary: { batchSize: [1, 4], inputTokens: [100, 200, 300] } };
    const first = await post("/v1/sweep", batchFirst);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const batchOrder = ((await first.json()) as { points: { inputs: Record<string, number> }[] }).points.map((p) => p.inputs);
    expect(batchOrder.slice(0, 3)).toEqual([
      { batchSize: 1, inputTokens: 100 },
      { batchSize: 1, inputTokens: 200 },
      { batchSize: 1, inputTokens: 300 },
    ]);
    await untilCacheHit(() => post("/v1/sweep", batchFirst));

    // The same grid with its axes the other way round: computed, in its own order (inputTokens turning slowest).
    const inputFirst = { base, vary: { inputTokens: [100, 200, 300], batchSize: [1, 4] } };
    const swapped = await post("/v1/sweep", inputFirst);
    expect(swapped.status).toBe(200);
    expect(swapped.headers.get("x-cache")).toBe("MISS");
    const swappedPoints = ((await swapped.json()) as { points: { inputs: Record<string, number> }[] }).points;
    expect(swappedPoints.map((p) => p.inputs).slice(0, 3)).toEqual([
      { inputTokens: 100, batchSize: 1 },
      { inputTokens: 100, batchSize: 4 },
      { inputTokens: 200, batchSize: 1 },
    ]);
    // Once stored, each order answers its own points.
    const swappedHit = await untilCacheHit(() => post("/v1/sweep", inputFirst));
    const hitPoints = ((await swappedHit.json()) as { points: { inputs: Record<string, number> }[] }).points;
    expect(hitPoints.map((p) => p.inputs)).toEqual(swappedPoints.map((p) => p.inputs));
    const batchHit = await post("/v1/sweep", batchFirst);
    expect(batchHit.headers.get("x-cache")).toBe("HIT");
    expect(((await batchHit.json()) as { points: { inputs: Record<string, number> }[] }).points.map((p) => p.inputs)).toEqual(batchOrder);

    // Key order in the base (and in what each point is built from) still does not matter.
    const respelled = { vary: { batchSize: [1, 4], inputTokens: [100, 200, 300] }, base: { outputTokens: 90, inputTokens: 700, precision: "fp8", hardware: "l40s", model: "qwen2.5-7b" } };
    expect((await post("/v1/sweep", respelled)).headers.get("x-cache")).toBe("HIT");
  });

  it("a repeated compare is served from the edge cache", async () => {
    const body = { scenarios: COMPARE_EXAMPLE.scenarios.slice(0, 2).map((s) => ({ ...s, outputTokens: 321 })) };
    const first = await post("/v1/compare", body);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const computed = await first.text();
    const hit = await untilCacheHit(() => post("/v1/compare", body));
    expect(await hit.text()).toBe(computed);
  });

  it("a repeated recommend is served from the edge cache; a different one is computed", async () => {
    const body = { ...RECOMMEND_EXAMPLE, slo: { ...RECOMMEND_EXAMPLE.slo, e2eMs: 60_000 } };
    const first = await post("/v1/recommend", body);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const computed = await first.text();
    const hit = await untilCacheHit(() => post("/v1/recommend", body));
    expect(await hit.text()).toBe(computed);
    const other = await post("/v1/recommend", { ...body, limit: 3 });
    expect(other.headers.get("x-cache")).toBe("MISS");
    expect(((await other.json()) as { options: unknown[] }).options).toHaveLength(3);
  });

  it("on *.workers.dev, where Cloudflare ignores the Cache API, the cache is not used: a repeat is computed again", async () => {
    const body = { ...COMPARE_EXAMPLE, scenarios: COMPARE_EXAMPLE.scenarios.map((s) => ({ ...s, outputTokens: 123 })) };
    const onWorkersDev = () => post("https://llm-inference-calc.someone.workers.dev/v1/compare", body);
    const first = await onWorkersDev();
    expect(first.headers.get("x-cache")).toBe("MISS");
    const computed = await first.text();
    // The same request on a custom domain is stored and then served from the cache; on workers.dev it never is.
    await untilCacheHit(() => post("/v1/compare", body));
    for (let i = 0; i < 3; i++) {
      const again = await onWorkersDev();
      expect(again.headers.get("x-cache")).toBe("MISS");
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(await again.text()).toBe(computed);
    }
  });

  it("errors are never cached", async () => {
    const bad = { ...SWEEP_EXAMPLE, vary: { batchSize: [0] } };
    for (let i = 0; i < 3; i++) {
      const response = await post("/v1/sweep", bad);
      expect(response.headers.get("x-cache")).toBeNull();
      await expectError(response, 400, "invalid_input", "vary.batchSize[0]");
    }
  });
});
