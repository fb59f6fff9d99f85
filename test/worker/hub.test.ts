// Models by Hugging Face Hub id through the worker, against the fake Hub (test/fake-hub): success on each endpoint that
// takes a model, every way the Hub fails (gated, not found, timeout, oversized, not JSON, off-host, down), strict ids,
// the cap on models per request, the Cache API, and the edge-cache key holding what was read.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { HUB_REPO_ID, HUB_REVISION } from "../../shared/index.js";
import { hubCacheKey } from "../../worker/hub.js";
import { FAKE_REPOS } from "../fake-hub/repos.js";
import { call, expectError, ORIGIN, post, untilCacheHit } from "./helpers.js";

const HUB = (env as unknown as { HUB: string }).HUB;
const base = { hardware: "h100-sxm", inputTokens: 1000, outputTokens: 200, batchSize: 8 };

type Result = { model: { id: string; name: string; totalParams: number; activeParams: number; hub?: Record<string, unknown> }; memory: Record<string, number>; latency: Record<string, unknown>; warnings: string[] };

/** Requests the fake Hub has answered, by path. */
async function hits(): Promise<Record<string, number>> {
  return (await (await fetch(`${HUB}/__fake/hits`)).json()) as Record<string, number>;
}
const total = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
const configText = async (id: string) => (await fetch(`${HUB}/${id}/resolve/main/config.json`)).text();

describe("a model by Hub id", () => {
  it("estimates from the config.json the Hub serves, with what the Hub publishes beside it", async () => {
    const response = await post("/v1/estimate", { ...base, model: { hf: "Qwen/Qwen3-30B-A3B" } });
    expect(response.status, await response.clone().text()).toBe(200);
    const r = (await response.json()) as Result;
    expect(r.model.id).toBe("Qwen/Qwen3-30B-A3B");
    expect(r.model.hub).toMatchObject({ id: "Qwen/Qwen3-30B-A3B", revision: "main", publishedTotalParams: 30_532_122_624, publishedParamsByDtype: { BF16: 30_532_122_624 }, checkpointDtype: "BF16" });
    expect(r.model.hub!.sha).toMatch(/^[0-9a-f]{40}$/);
    // The same figures as pasting that config.json.
    const pasted = (await (await post("/v1/estimate", { ...base, model: { hfConfig: JSON.parse(await configText("Qwen/Qwen3-30B-A3B")) } })).json()) as Result;
    expect(r.model.totalParams).toBe(pasted.model.totalParams);
    expect(r.memory).toEqual(pasted.memory);
    expect(r.latency).toEqual(pasted.latency);
    expect(r.warnings).toEqual([]);
  });

  it("warns where the Hub's checkpoint and the estimate part: a total off by over 2%, weights of another width", async () => {
    const r = (await (await post("/v1/estimate", { ...base, precision: "int4", model: { hf: "Qwen/Qwen3.5-27B" } })).json()) as Result;
    expect(r.model.hub!.publishedTotalParams).toBe(27_781_427_952);
    expect(r.warnings.join("\n")).toMatch(/config\.json gives [\d.]+B parameters, [\d.]+% below the 27\.8B in Qwen\/Qwen3\.5-27B's safetensors files/);
    expect(r.warnings.join("\n")).toContain("Qwen/Qwen3.5-27B is published in BF16 (16-bit weights); this estimate is for int4 weights");
  });

  it("compare and sweep take Hub models too, in every place a model goes", async () => {
    const compared = await post("/v1/compare", { scenarios: [{ ...base, model: { hf: "Qwen/Qwen3-8B" } }, { ...base, model: "qwen3-8b" }, { ...base, deployment: "hybrid", model: "qwen3-8b", hybrid: { share: 0.5, alternative: { model: { hf: "microsoft/phi-4" } } } }] });
    expect(compared.status, await compared.clone().text()).toBe(200);
    const { results } = (await compared.json()) as { results: (Result & { paths: { result: Result }[] })[] };
    expect(results[0]!.model.id).toBe("Qwen/Qwen3-8B");
    // The catalog entry is read from the same config: the same count.
    expect(results[0]!.model.totalParams).toBe(results[1]!.model.totalParams);
    expect(results[2]!.paths[1]!.result.model.id).toBe("microsoft/phi-4");

    const swept = await post("/v1/sweep", { base: { ...base, model: { hf: "Qwen/Qwen3-8B" } }, vary: { model: ["qwen3-8b", { hf: "microsoft/phi-4" }], batchSize: [1, 4] } });
    expect(swept.status, await swept.clone().text()).toBe(200);
    const { points } = (await swept.json()) as { points: { inputs: { model: unknown }; result: Result }[] };
    // Each point names its model as it was asked for, not as the config it became.
    expect(points.map((p) => p.inputs.model)).toEqual(["qwen3-8b", "qwen3-8b", { hf: "microsoft/phi-4", revision: "main" }, { hf: "microsoft/phi-4", revision: "main" }]);
    expect(points[2]!.result.model.id).toBe("microsoft/phi-4");
  });

  it("follows the Hub's redirect for a renamed repository, on its own host", async () => {
    const r = (await (await post("/v1/estimate", { ...base, model: { hf: FAKE_REPOS.renamed } })).json()) as Result;
    const direct = (await (await post("/v1/estimate", { ...base, model: { hf: "Qwen/Qwen3-8B" } })).json()) as Result;
    expect(r.model.totalParams).toBe(direct.model.totalParams);
  });
});

describe("a Hub model that cannot be read: a coded error naming the repository and the field, and what to do instead", () => {
  const estimateOf = (hf: string, extra: Record<string, unknown> = {}) => post("/v1/estimate", { ...base, model: { hf, ...extra } });
  const pasteHint = (path: string) => `paste its config.json as "${path}" instead`;

  it("a gated repository is 422 hub_gated", async () => {
    const e = await expectError(await estimateOf("meta-llama/Llama-3.1-8B"), 422, "hub_gated", "model.hf");
    expect(e.message).toContain("meta-llama/Llama-3.1-8B is gated on the Hugging Face Hub");
    expect(e.message).toContain(pasteHint("model.hfConfig"));
  });

  it("in a compare or a sweep, the path names the scenario or the varied value", async () => {
    const scenarios = [{ ...base, model: "qwen3-8b" }, { ...base, model: "phi-4" }, { ...base, model: { hf: "google/gemma-3-4b-it" } }];
    const e = await expectError(await post("/v1/compare", { scenarios }), 422, "hub_gated", "scenarios[2].model.hf");
    expect(e.message).toContain(pasteHint("scenarios[2].model.hfConfig"));
    const sweep = { base: { ...base, model: "qwen3-8b" }, vary: { model: ["qwen3-8b", { hf: "nobody/no-such-model" }] } };
    const missing = await expectError(await post("/v1/sweep", sweep), 422, "hub_not_found", "vary.model[1].hf");
    expect(missing.message).toContain('the Hugging Face Hub has no public model "nobody/no-such-model" (it does not exist, or it is private)');
    expect(missing.message).toContain(pasteHint("vary.model[1].hfConfig"));
    const hybrid = { ...base, model: "qwen3-8b", deployment: "hybrid", hybrid: { share: 0.2, alternative: { model: { hf: "nobody/no-such-model" } } } };
    await expectError(await post("/v1/estimate", hybrid), 422, "hub_not_found", "hybrid.alternative.model.hf");
  });

  it("an unknown revision, or a repository without config.json, is 422 hub_not_found", async () => {
    const revision = await expectError(await estimateOf("Qwen/Qwen3-8B", { revision: "v9" }), 422, "hub_not_found", "model.hf");
    expect(revision.message).toContain('no revision "v9" of Qwen/Qwen3-8B');
    const none = await expectError(await estimateOf(FAKE_REPOS.noConfig), 422, "hub_not_found", "model.hf");
    expect(none.message).toContain(`${FAKE_REPOS.noConfig} has no config.json`);
  });

  it("a Hub that does not answer in time is 504 hub_timeout, after the timeout and not much later", async () => {
    const started = Date.now();
    const e = await expectError(await estimateOf(FAKE_REPOS.slow), 504, "hub_timeout", "model.hf");
    const tookMs = Date.now() - started;
    expect(tookMs).toBeGreaterThanOrEqual(1400);
    expect(tookMs).toBeLessThan(10_000);
    expect(e.message).toContain(`the Hugging Face Hub did not send ${FAKE_REPOS.slow}'s config.json within 1.5 s`);
  });

  it("a config.json over 512 KB is 422 hub_too_large, whether it says its length or not", async () => {
    for (const id of [FAKE_REPOS.huge, FAKE_REPOS.hugeDeclared]) {
      const e = await expectError(await estimateOf(id), 422, "hub_too_large", "model.hf");
      expect(e.message).toContain(`${id}'s config.json on the Hugging Face Hub is over 512 KB`);
    }
  });

  it("a config.json that is not JSON, or that the engine cannot use, is 422 hub_invalid_config", async () => {
    const html = await expectError(await estimateOf(FAKE_REPOS.notJson), 422, "hub_invalid_config", "model.hf");
    expect(html.message).toContain("is not a JSON object");
    const broken = await expectError(await estimateOf(FAKE_REPOS.broken), 422, "hub_invalid_config", "model.hf");
    expect(broken.message).toContain('config.json on the Hugging Face Hub cannot be read at "num_attention_heads": config.json gives an unusable numHeads');
    expect(broken.message).toContain('paste a corrected config.json as "model.hfConfig"');
  });

  it("a redirect off the Hub's host is not followed, and a failing Hub is 502 hub_unavailable", async () => {
    const before = await hits();
    const off = await expectError(await estimateOf(FAKE_REPOS.offHost), 502, "hub_unavailable", "model.hf");
    expect(off.message).toContain("cdn.example.net, which is not the Hub's host");
    const down = await expectError(await estimateOf(FAKE_REPOS.down), 502, "hub_unavailable", "model.hf");
    expect(down.message).toContain("answered HTTP 503");
    // Not cached: each is asked again.
    await expectError(await estimateOf(FAKE_REPOS.down), 502, "hub_unavailable", "model.hf");
    const after = await hits();
    const downConfig = `/${FAKE_REPOS.down}/resolve/main/config.json`;
    expect((after[downConfig] ?? 0) - (before[downConfig] ?? 0)).toBe(2);
  });

  it("when only the model API fails, the model is read without the published counts, and not cached", async () => {
    const api = `/api/models/${FAKE_REPOS.infoDown}`;
    const before = (await hits())[api] ?? 0;
    for (let i = 0; i < 2; i++) {
      const r = (await (await estimateOf(FAKE_REPOS.infoDown)).json()) as Result;
      expect(r.model.hub).toMatchObject({ id: FAKE_REPOS.infoDown, publishedTotalParams: null, checkpointDtype: null });
    }
    expect(((await hits())[api] ?? 0) - before).toBe(2);
  });
});

describe("ids are checked before anything is fetched", () => {
  it.each([
    ["../../etc/passwd"],
    ["https://evil.example/x"],
    ["evil.example/x/../../y"],
    ["a/b/c"],
    ["org/na..me"],
    ["org/name.git"],
    ["-org/name"],
    ["org/"],
    ["justaname"],
    [""],
    [`${"a".repeat(97)}/b`],
    ["org/name?x=1"],
    ["org/name#x"],
    ["org/na me"],
  ])("%j is 400 invalid_input at model.hf", async (hf) => {
    const before = total(await hits());
    const e = await expectError(await post("/v1/estimate", { ...base, model: { hf } }), 400, "invalid_input", "model.hf");
    expect(e.message).toContain("Hugging Face Hub model id");
    expect(total(await hits())).toBe(before);
  });

  it("a revision is checked too", async () => {
    for (const revision of ["../../x", "a//b", "", "main?x"]) {
      await expectError(await post("/v1/estimate", { ...base, model: { hf: "Qwen/Qwen3-8B", revision } }), 400, "invalid_input", "model.revision");
    }
  });

  it("at most 8 different Hub models per request (413 hub_too_many_models), refused before any fetch", async () => {
    const before = total(await hits());
    const scenarios = Array.from({ length: 9 }, (_, i) => ({ ...base, model: { hf: `someone/model-${i}` } }));
    const e = await expectError(await post("/v1/compare", { scenarios }), 413, "hub_too_many_models", "scenarios[8].model.hf");
    expect(e.message).toContain("at most 8 different Hugging Face models");
    expect(total(await hits())).toBe(before);
  });
});

describe("caching", () => {
  it("a model read once is not fetched from the Hub again (Cache API, a day)", async () => {
    const id = "Qwen/Qwen3-32B";
    const before = await hits();
    const first = await post("/v1/estimate", { ...base, model: { hf: id } });
    expect(first.status).toBe(200);
    const middle = await hits();
    expect(total(middle) - total(before)).toBe(2);
    const second = await post("/v1/estimate", { ...base, model: { hf: id }, batchSize: 2 });
    expect(second.status).toBe(200);
    expect(total(await hits())).toBe(total(middle));
  });

  it("a gated repository's answer is kept a few minutes too", async () => {
    const before = total(await hits());
    await expectError(await post("/v1/estimate", { ...base, model: { hf: "meta-llama/Llama-2-70b-hf" } }), 422, "hub_gated");
    const middle = total(await hits());
    expect(middle).toBeGreaterThan(before);
    await expectError(await post("/v1/estimate", { ...base, model: { hf: "meta-llama/Llama-2-70b-hf" } }), 422, "hub_gated");
    expect(total(await hits())).toBe(middle);
  });

  it("the edge-cache key of a result holds the config that was read: a changed config is computed anew, not served stale", async () => {
    const body = { scenarios: [{ ...base, model: { hf: FAKE_REPOS.changing } }, { ...base, model: "qwen3-8b" }] };
    const first = await post("/v1/compare", body);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const firstParams = ((await first.json()) as { results: Result[] }).results[0]!.model.totalParams;
    // The same request again reads the Hub model from the Cache API: the same config, so the stored result.
    await untilCacheHit(() => post("/v1/compare", body));
    // The Hub's copy expires (here: is dropped) and the repository has changed meanwhile.
    await caches.default.delete(hubCacheKey(ORIGIN, HUB, FAKE_REPOS.changing, "main"));
    const changed = await post("/v1/compare", body);
    expect(changed.headers.get("x-cache")).toBe("MISS");
    const changedResult = await changed.text();
    expect(JSON.parse(changedResult).results[0].model.totalParams).not.toBe(firstParams);
    const again = await untilCacheHit(() => post("/v1/compare", body));
    expect(await again.text()).toBe(changedResult);
  });
});

describe("the CPU budget", () => {
  it("counts a Hub model's config.json as if it had been pasted", async () => {
    const text = await configText("Qwen/Qwen3-8B");
    const cpuMs = (r: Response) => Number(r.headers.get("server-timing")!.match(/dur=([\d.]+)/)![1]);
    const rest = JSON.stringify(base).slice(1);
    const pasted = await post("/v1/estimate", `{"model":{"hfConfig":${text}},${rest}`);
    const byId = await post("/v1/estimate", `{"model":{"hf":"Qwen/Qwen3-8B"},${rest}`);
    expect(pasted.status).toBe(200);
    expect(byId.status).toBe(200);
    // The answers differ by the Hub's few fields; the request's bytes by the wrapper's.
    expect(Math.abs(cpuMs(byId) - cpuMs(pasted))).toBeLessThan(0.02);
    expect(cpuMs(byId)).toBeGreaterThan(cpuMs(await post("/v1/estimate", { ...base, model: "qwen3-8b" })) + (text.length * 3) / 1e6 - 0.02);
  });
});

describe("the OpenAPI document", () => {
  it("describes the Hub form of a model, what the result reports of it, and the Hub's errors", async () => {
    type Doc = { paths: Record<string, { post: { description: string; responses: Record<string, { $ref?: string }> } }>; components: { schemas: Record<string, unknown>; responses: Record<string, { description: string }> } };
    const doc = (await (await call("/openapi.json")).json()) as Doc;
    const request = JSON.stringify(doc.components.schemas.EstimateRequest);
    // (Booleans, so a failure does not print the whole schema.)
    expect(request.includes('"hf":{"type":"string"'), "hf").toBe(true);
    expect(request.includes(`"pattern":${JSON.stringify(HUB_REPO_ID.source)}`), "the id's pattern").toBe(true);
    expect(request.includes(`"pattern":${JSON.stringify(HUB_REVISION.source)}`), "the revision's pattern").toBe(true);
    expect(JSON.stringify(doc.components.schemas.EstimateResult)).toContain('"publishedTotalParams"');
    for (const path of ["/v1/estimate", "/v1/compare", "/v1/sweep"]) {
      const op = doc.paths[path]!.post;
      expect(op.description, path).toContain('{ "hf": "owner/name"');
      expect(Object.keys(op.responses), path).toEqual(expect.arrayContaining(["413", "422", "502", "504"]));
    }
    expect(doc.components.responses.HubModelUnreadable!.description).toMatch(/hub_gated.*hub_not_found.*hub_invalid_config.*hub_too_large/);
    expect(doc.components.responses.HubUnavailable!.description).toContain("hub_unavailable");
    expect(doc.components.responses.HubTimeout!.description).toContain("hub_timeout");
    expect(doc.components.responses.PayloadTooLarge!.description).toContain("hub_too_many_models");
  });
});
