// The documents built at build time (catalogs, scenarios, /openapi.json): current, served as the worker used to answer
// them, and only through their routes.
import { describe, expect, it } from "vitest";
import { HARDWARE, MODELS } from "../../shared/index.js";
import { apiDocuments } from "../../worker/build/documents.js";
import { call, expectError } from "./helpers.js";

describe("built documents", () => {
  const documents = apiDocuments();

  it("cover every catalog entry, both lists, the scenarios and the OpenAPI document", () => {
    const paths = [...documents.keys()];
    expect(paths).toEqual(expect.arrayContaining(["/openapi.json", "/v1/models", "/v1/hardware", "/v1/scenarios"]));
    for (const { id } of MODELS) expect(paths).toContain(`/v1/models/${id}`);
    for (const { id } of HARDWARE) expect(paths).toContain(`/v1/hardware/${id}`);
    expect(paths).toHaveLength(4 + MODELS.length + HARDWARE.length);
  });

  it("are current: the worker serves exactly what the generator makes now (else run npm run build)", async () => {
    for (const [path, document] of documents) {
      const response = await call(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe("application/json; charset=utf-8");
      expect(response.headers.get("cache-control"), path).toBe("public, max-age=3600, stale-while-revalidate=86400");
      expect(response.headers.get("etag"), path).toMatch(/^"[0-9a-f]{32}"$/);
      // Byte for byte what the worker used to build per isolate: JSON.stringify of the same value.
      const text = await response.text();
      expect(text === JSON.stringify(document), `${path} is stale: run npm run build`).toBe(true);
    }
  });

  it("HEAD answers each one's headers and no body", async () => {
    for (const path of ["/openapi.json", "/v1/models", "/v1/models/gpt-4", "/v1/hardware/h100-sxm", "/v1/scenarios"]) {
      const get = await call(path);
      await get.arrayBuffer();
      const head = await call(path, { method: "HEAD" });
      expect(head.status, path).toBe(200);
      expect(head.headers.get("etag"), path).toBe(get.headers.get("etag"));
      expect(head.headers.get("content-type"), path).toBe("application/json; charset=utf-8");
      expect(await head.text(), path).toBe("");
    }
  });

  it("If-None-Match: * and a list of tags match; 304 keeps the headers and CORS", async () => {
    const etag = (await call("/v1/scenarios")).headers.get("etag")!;
    const star = await call("/v1/scenarios", { headers: { "if-none-match": "*" } });
    expect(star.status).toBe(304);
    const listed = await call("/v1/scenarios", { headers: { "if-none-match": `"a", ${etag}, "b"`, origin: "https://example.org" } });
    expect(listed.status).toBe(304);
    expect(listed.headers.get("etag")).toBe(etag);
    expect(listed.headers.get("access-control-allow-origin")).toBe("*");
    expect(await listed.text()).toBe("");
  });

  it("an id cannot name another file: only catalog ids are served, anything else is the 404 JSON error", async () => {
    await expectError(await call("/v1/models/..%2Fhardware"), 404, "unknown_model", "id");
    await expectError(await call("/v1/hardware/..%2Fscenarios"), 404, "unknown_hardware", "id");
    await expectError(await call("/v1/models/llama-2-7b.json"), 404, "unknown_model", "id");
    // The files themselves are not reachable by their own names under /v1/.
    await expectError(await call("/v1/models.json"), 404, "not_found");
    await expectError(await call("/v1/models/llama-2-7b/x"), 404, "not_found");
  });
});
