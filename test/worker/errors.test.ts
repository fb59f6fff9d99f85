// The error contract: every bad input is a 4xx with { error: { code, message, path } }; a 5xx is a bug with a request id.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ERROR_CODES } from "../../shared/index.js";
import { createApp } from "../../worker/app.js";
import { MAX_BODY_BYTES } from "../../worker/body.js";
import { statusOf } from "../../worker/errors.js";
import { ESTIMATE_EXAMPLE, SWEEP_EXAMPLE } from "../../worker/examples.js";
import { call, expectError, post } from "./helpers.js";

afterEach(() => vi.restoreAllMocks());

describe("400 bad request", () => {
  it("malformed JSON is invalid_json", async () => {
    await expectError(await post("/v1/estimate", '{"model": "llama-3.1-8b",'), 400, "invalid_json", "");
    await expectError(await post("/v1/compare", ""), 400, "invalid_json", "");
    await expectError(await post("/v1/sweep", "\u00ff\u00fe"), 400, "invalid_json", "");
  });

  it("a body that is not an object is invalid_input", async () => {
    await expectError(await post("/v1/estimate", "[]"), 400, "invalid_input", "");
    await expectError(await post("/v1/sweep", "42"), 400, "invalid_input", "");
  });

  it("wrong types and missing fields are invalid_input naming the field", async () => {
    await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, inputTokens: "1000" }), 400, "invalid_input", "inputTokens");
    await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, outputTokens: undefined }), 400, "invalid_input", "outputTokens");
    await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, batchSize: -3 }), 400, "invalid_input", "batchSize");
    // zod/mini has no messages of its own and the worker loads no locale: the engine words each problem itself.
    const tooSmall = await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, inputTokens: 0 }), 400, "invalid_input", "inputTokens");
    expect(tooSmall.message).toBe("inputTokens: must be at least 1, got 0");
    const wrongType = await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, inputTokens: "1000" }), 400, "invalid_input", "inputTokens");
    expect(wrongType.message).toBe('inputTokens: expected number, got "1000"');
    const notOne = await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, deployment: "moon" }), 400, "invalid_input", "deployment");
    expect(notOne.message).toMatch(/^deployment: must be one of "local", "cloud", "edge", "hybrid", got "moon"$/);
    await expectError(await post("/v1/compare", { scenarios: [ESTIMATE_EXAMPLE, { ...ESTIMATE_EXAMPLE, deviceCount: 0 }] }), 400, "invalid_input", "scenarios[1].deviceCount");
    await expectError(await post("/v1/compare", { scenarios: [ESTIMATE_EXAMPLE] }), 400, "invalid_input", "scenarios");
    await expectError(await post("/v1/sweep", { ...SWEEP_EXAMPLE, vary: { batchSize: [1, "lots"] } }), 400, "invalid_input", "vary.batchSize[1]");
  });

  it("an unknown catalog id in a body is 400 unknown_model / unknown_hardware", async () => {
    await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, model: "llama-9" }), 400, "unknown_model", "model");
    await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, hardware: "h900" }), 400, "unknown_hardware", "hardware");
    await expectError(await post("/v1/sweep", { ...SWEEP_EXAMPLE, vary: { hardware: ["h100-sxm", "h900"] } }), 400, "unknown_hardware", "vary.hardware[1]");
  });

  it("an unreadable Hugging Face config is invalid_hf_config", async () => {
    await expectError(await post("/v1/estimate", { ...ESTIMATE_EXAMPLE, model: { hfConfig: { hidden_size: 4096 } } }), 400, "invalid_hf_config");
  });
});

describe("404 not found", () => {
  it("an unknown id in the URL is 404, with the catalog's code and path id", async () => {
    await expectError(await call("/v1/models/nope"), 404, "unknown_model", "id");
    await expectError(await call("/v1/hardware/nope"), 404, "unknown_hardware", "id");
  });

  it("an unknown route is 404 not_found", async () => {
    await expectError(await call("/v1/nothing-here"), 404, "not_found", "");
    await expectError(await call("/nothing-here.css"), 404, "not_found", "");
  });
});

describe("405 method not allowed", () => {
  it("a known path with the wrong method is 405 with Allow", async () => {
    const response = await call("/v1/estimate");
    expect(response.headers.get("allow")).toBe("POST");
    await expectError(response, 405, "method_not_allowed", "");
    const put = await call("/v1/models", { method: "PUT", body: "{}" });
    expect(put.headers.get("allow")).toBe("GET, HEAD");
    await expectError(put, 405, "method_not_allowed");
    await expectError(await call("/v1/models/llama-2-7b", { method: "DELETE" }), 405, "method_not_allowed");
  });
});

describe("fields the API does not know", () => {
  const misspelt = { ...ESTIMATE_EXAMPLE, batchsize: 64, devices: 4 };
  it("are answered (200) with a warning naming each one ignored", async () => {
    const response = await post("/v1/estimate", misspelt);
    expect(response.status).toBe(200);
    const { warnings } = (await response.json()) as { warnings: string[] };
    expect(warnings).toContain('"batchsize" is not a field of this request (did you mean "batchSize"?): ignored');
    expect(warnings).toContain('"devices" is not a field of this request (did you mean "deviceCount"?): ignored');
  });
  it('are refused (400, naming the field) with "strict": true', async () => {
    const error = await expectError(await post("/v1/estimate", { ...misspelt, strict: true }), 400, "invalid_input", "batchsize");
    expect(error.message).toMatch(/did you mean "batchSize"/);
  });
});

describe("413 payload too large", () => {
  const padded = (bytes: number) => {
    const head = JSON.stringify({ ...ESTIMATE_EXAMPLE, padding: "" }).slice(0, -2);
    return `${head}${"x".repeat(bytes - head.length - 2)}"}`;
  };

  it("a body just under 1 MB is read (unknown fields are ignored)", async () => {
    const body = padded(MAX_BODY_BYTES);
    expect(body.length).toBe(MAX_BODY_BYTES);
    expect((await post("/v1/estimate", body)).status).toBe(200);
  });

  it("a body over 1 MB is payload_too_large, by Content-Length", async () => {
    await expectError(await post("/v1/estimate", padded(MAX_BODY_BYTES + 1)), 413, "payload_too_large", "");
  });

  it("a streamed body with no Content-Length is cut off at the limit", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 4 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    // Straight into the app (no loopback socket, whose pump would log the upload it had to abandon).
    const response = await createApp().request("/v1/sweep", { method: "POST", headers: { "content-type": "application/json" }, body: stream });
    await expectError(response, 413, "payload_too_large", "");
    expect(sent).toBeLessThan(4 * MAX_BODY_BYTES);
  });

  it("a sweep over 10,000 points is sweep_too_large before any work, even with an invalid base", async () => {
    const axis = Array.from({ length: 101 }, (_, i) => i + 1);
    await expectError(await post("/v1/sweep", { ...SWEEP_EXAMPLE, vary: { batchSize: axis, inputTokens: Array.from({ length: 100 }, (_, i) => i + 1) } }), 413, "sweep_too_large", "vary");
    const huge = { base: { model: "not-a-model" }, vary: { batchSize: axis, inputTokens: axis, outputTokens: axis, deviceCount: axis } };
    const started = Date.now();
    const error = await expectError(await post("/v1/sweep", huge), 413, "sweep_too_large", "vary");
    expect(error.message).toContain("104,060,401");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("415 unsupported media type", () => {
  it("a POST without a JSON content type is unsupported_media_type", async () => {
    const body = JSON.stringify(ESTIMATE_EXAMPLE);
    await expectError(await call("/v1/estimate", { method: "POST", body, headers: { "content-type": "text/plain" } }), 415, "unsupported_media_type", "");
    await expectError(await call("/v1/estimate", { method: "POST", body: new TextEncoder().encode(body) }), 415, "unsupported_media_type", "");
    await expectError(await call("/v1/compare", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "unsupported_media_type");
  });

  it("application/json with a charset, and +json types, are accepted", async () => {
    expect((await post("/v1/estimate", ESTIMATE_EXAMPLE, { "content-type": "application/json; charset=utf-8" })).status).toBe(200);
    expect((await post("/v1/estimate", ESTIMATE_EXAMPLE, { "content-type": "application/vnd.calc+json" })).status).toBe(200);
  });
});

describe("500 only for bugs", () => {
  it("an unexpected exception is 500 internal_error with a request id, and is logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const app = createApp();
    app.get("/boom", () => {
      throw new TypeError("a bug");
    });
    const response = await app.request("/boom");
    const error = await expectError(response, 500, "internal_error", "");
    expect(error.requestId).toBe(response.headers.get("x-request-id"));
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]![0])).toContain(error.requestId!);
    expect(String(logged.mock.calls[0]![0])).toContain("a bug");
  });

  it("every error code maps to a 4xx, except internal_error (500), not_implemented (501) and the Hub's own failures (502, 504)", () => {
    const upstream: Record<string, number> = { internal_error: 500, not_implemented: 501, hub_unavailable: 502, hub_timeout: 504 };
    for (const code of ERROR_CODES) {
      const status = statusOf(code);
      if (code in upstream) expect(status, code).toBe(upstream[code]);
      else expect(status, code).toBeGreaterThanOrEqual(400), expect(status, code).toBeLessThan(500);
    }
  });
});
