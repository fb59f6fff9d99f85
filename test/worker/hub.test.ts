// Models by Hugging Face Hub id through the worker, against the fake Hub (test/fake-hub): success on each endpoint that
// takes a model, every way the Hub fails (gated, not found, timeout, oversized, not JSON, off-host, down), strict ids,
// the cap on models per request, the Cache API, and the edge-cache key holding what was read.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ESTIMATE_EXAMPLE } from "../../worker/examples.js";
import { hubCacheKey } from "../../worker/hub.js";
import { FAKE_REPOS } from "../fake-hub/repos.js";
import { expectError, ORIGIN, post, untilCacheHit } from "./helpers.js";

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
