// Parameter counts of the 2025-26 open models against their published totals (test/fixtures/published-params.json):
// each catalog architecture is what its config.json reads as, and counts within 0.5% of the most precise published
// figure, once the parts of that figure the engine does not model are counted from the config and set aside.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArchitecture, Architecture, architectureFromHfConfig, estimate, MODELS } from "../../shared/index.js";
import { glmMtp, llama4Vision, pixtralVision, qwen3VlVision, qwenMtp, siglipVision } from "./towers.js";

type Part = { part: string; config?: Record<string, number>; source: string };
type Published = {
  id: string;
  total: { params: number; stated: string; source: string };
  notCounted?: Part[];
  active?: { stated: string; convention: "all" | "noEmbedding" | "noEmbeddings"; source: string };
};
const fixtures = new URL("../fixtures/", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), "utf8"));
const published: Published[] = readJson("published-params.json").models;
const configOf = (id: string) => readJson(`hf-configs/${id}.json`);

function catalogArchitecture(id: string): Architecture {
  const entry = MODELS.find((m) => m.id === id);
  if (!entry || entry.kind !== "open") throw new Error(`${id} is not an open catalog model`);
  return Architecture.parse(entry.architecture);
}

/** Parameters of one part the engine leaves out, from the fixture (or the part's own config where the fixture lacks it). */
function partParams(p: Part, id: string, a: Architecture): number {
  const config = configOf(id);
  switch (p.part) {
    case "siglipVision":
      return siglipVision(config.vision_config, a.hiddenSize);
    case "llama4Vision":
      return llama4Vision(p.config!, a.hiddenSize);
    case "qwen3VlVision":
      return qwen3VlVision(config.vision_config);
    case "pixtralVision":
      return pixtralVision(config.vision_config, a.hiddenSize, config.spatial_merge_size);
    case "qwenMtp":
      return qwenMtp(a);
    case "glmMtp":
      return glmMtp(a);
    default:
      throw new Error(`unknown part ${p.part}`);
  }
}

/** "235B" -> 235e9; "8,190,735,360" -> 8190735360. */
const parseStated = (stated: string): number => (stated.endsWith("B") ? Number(stated.slice(0, -1)) * 1e9 : Number(stated.replaceAll(",", "")));

/**
 * Relative tolerance: 0.5%, or one unit of the figure's last stated digit where that is coarser (a "3B" activated figure
 * cannot be checked to 0.5%; it only says the count is nearer 3B than 2B or 4B).
 */
function tolerance(stated: string): number {
  if (!stated.endsWith("B")) return 0.005;
  const decimals = stated.includes(".") ? stated.length - stated.indexOf(".") - 2 : 0;
  return Math.max(0.005, (10 ** -decimals * 1e9) / parseStated(stated));
}

describe("2025-26 open models: counts against published totals", () => {
  it("every open catalog model has a config.json fixture and a published or reference count", () => {
    const reference: string[] = readJson("reference-models.json").models.map((m: { id: string }) => m.id);
    const open = MODELS.filter((m) => m.kind === "open").map((m) => m.id);
    expect([...reference, ...published.map((p) => p.id)].sort()).toEqual([...open].sort());
  });

  it.each(published.map((p) => [p.id, p] as const))("%s: the catalog architecture is what its config.json reads as", (id) => {
    const fromConfig = Architecture.parse(architectureFromHfConfig(configOf(id)));
    const { name: _, ...withoutName } = fromConfig;
    expect(catalogArchitecture(id)).toEqual(withoutName);
  });

  it.each(published.map((p) => [p.id, p] as const))("%s: total within 0.5%% of the published figure, like with like", (id, p) => {
    const a = catalogArchitecture(id);
    const counted = analyzeArchitecture(a).totalParams;
    const setAside = (p.notCounted ?? []).reduce((sum, part) => sum + partParams(part, id, a), 0);
    const expected = p.total.params - setAside;
    expect(p.total.params).toBe(parseStated(p.total.stated));
    expect(Math.abs(counted / expected - 1), `${id}: counted ${counted}, published ${p.total.params} less ${setAside}`).toBeLessThan(tolerance(p.total.stated));
  });

  it.each(published.filter((p) => p.active).map((p) => [p.id, p] as const))("%s: active parameters agree with the published figure", (id, p) => {
    const shape = analyzeArchitecture(catalogArchitecture(id));
    const active = p.active!;
    const leftOut = active.convention === "all" ? 0 : active.convention === "noEmbedding" ? shape.embeddingParams : shape.embeddingParams + shape.lmHeadParams;
    const counted = shape.activeParams - leftOut;
    expect(Math.abs(counted / parseStated(active.stated) - 1), `${id}: counted ${counted}`).toBeLessThan(tolerance(active.stated));
  });

  it("the checkpoints whose totals were found close exactly (but for Qwen3.5-35B-A3B's one hidden-size vector)", () => {
    for (const p of published.filter((x) => !x.total.stated.endsWith("B") && x.id !== "qwen3.5-35b-a3b")) {
      const a = catalogArchitecture(p.id);
      const setAside = (p.notCounted ?? []).reduce((sum, part) => sum + partParams(part, p.id, a), 0);
      expect(analyzeArchitecture(a).totalParams + setAside, p.id).toBe(p.total.params);
    }
  });

  it("Llama 4 Scout and Maverick carry the same vision tower: 871,932,416 parameters beside their text models", () => {
    for (const id of ["llama-4-scout", "llama-4-maverick"]) {
      const p = published.find((x) => x.id === id)!;
      expect(p.total.params - analyzeArchitecture(catalogArchitecture(id)).totalParams).toBe(871_932_416);
      expect(llama4Vision(p.notCounted![0]!.config!, 5120)).toBe(871_932_416);
    }
  });

  it("Gemma 3's vision encoder is the technical report's 417M", () => {
    expect(siglipVision(configOf("gemma-3-27b").vision_config, 0) - 1152).toBe(416_866_032);
  });
});

describe("2025-26 open models: KV cache per token and per sequence, by hand", () => {
  const run = (model: string, inputTokens: number, precision = "bf16") =>
    estimate({ model, hardware: "h200", precision, inputTokens, outputTokens: 1, batchSize: 1 }).memory;

  it.each([
    // [id, layers that cache x elements per token, precision, bytes per element]
    ["qwen3-8b", 36 * 2 * 8 * 128, "bf16", 2],
    ["qwen3-235b-a22b", 94 * 2 * 4 * 128, "bf16", 2],
    ["llama-4-scout", 48 * 2 * 8 * 128, "bf16", 2],
    ["gemma-3-27b", 62 * 2 * 16 * 128, "bf16", 2],
    ["mistral-small-3.1-24b", 40 * 2 * 8 * 128, "bf16", 2],
    ["phi-4", 40 * 2 * 10 * 128, "bf16", 2],
    ["glm-4.5", 92 * 2 * 8 * 128, "bf16", 2],
    ["minimax-m2.5", 62 * 2 * 8 * 128, "bf16", 2],
    // MLA: latent 512 + rope key 64 per layer; DeepSeek-V3.2's indexer adds its 128-wide key.
    ["kimi-k2", 61 * 576, "bf16", 2],
    ["deepseek-r1", 61 * 576, "fp8", 1],
    ["deepseek-v3.2", 61 * (576 + 128), "fp8", 1],
    // Hybrid: only the full-attention layers grow with the context.
    ["qwen3-next-80b-a3b", 12 * 2 * 2 * 256, "bf16", 2],
    ["qwen3.5-27b", 16 * 2 * 4 * 256, "bf16", 2],
  ] as const)("%s adds %i KV elements a token", (id, elements, precision, bytes) => {
    expect(run(id, 10, precision).kvCacheBytesPerToken).toBe(elements * bytes);
  });

  it("Llama 4 Scout at 100k tokens: 12 global layers hold all of it, 36 chunked layers at most one 8192-token chunk", () => {
    const context = 100_001;
    const perLayerToken = 2 * 8 * 128 * 2;
    expect(run("llama-4-scout", 100_000).kvCacheGB).toBeCloseTo(((12 * context + 36 * 8192) * perLayerToken) / 1e9, 9);
  });

  it("Gemma 3 27B at 100k tokens: 10 global layers hold all of it, 52 sliding layers the last 1024", () => {
    const context = 100_001;
    expect(run("gemma-3-27b", 100_000).kvCacheGB).toBeCloseTo(((10 * context + 52 * 1024) * 2 * 16 * 128 * 2) / 1e9, 9);
  });

  it("Qwen3-Next keeps a fixed Gated DeltaNet state per sequence beside 12 layers of KV cache", () => {
    // Per linear layer: 32 value heads x 128 x 128 recurrent state, and 3 past inputs of the 8192-wide convolution.
    const stateBytes = 36 * (32 * 128 * 128 + 3 * (2 * 16 * 128 + 32 * 128)) * 2;
    const at = (tokens: number) => run("qwen3-next-80b-a3b", tokens).kvCacheGB * 1e9;
    expect(at(1000)).toBeCloseTo(12 * 2 * 2 * 256 * 2 * 1001 + stateBytes, 0);
    expect(at(101_000) - at(1000)).toBeCloseTo(12 * 2 * 2 * 256 * 2 * 100_000, 0);
  });

  it("each config.json, pasted as it is (nested text_config included), estimates as its catalog entry does", () => {
    for (const p of published) {
      const request = { hardware: "h200", deviceCount: 8, precision: "fp8", inputTokens: 2000, outputTokens: 200 } as const;
      const pasted = estimate({ ...request, model: { hfConfig: configOf(p.id) } });
      const catalog = estimate({ ...request, model: p.id });
      expect(pasted.model.totalParams, p.id).toBe(catalog.model.totalParams);
      expect(pasted.memory.kvCacheGB, p.id).toBe(catalog.memory.kvCacheGB);
      expect(pasted.latency.tpotMs, p.id).toBe(catalog.latency.tpotMs);
    }
  });

  it("Qwen3.5 keeps its recurrent state in float32, as its config.json asks (mamba_ssm_dtype)", () => {
    // 48 Gated DeltaNet layers: 48 value heads x 128 x 128 state at 4 bytes, and 3 past 10240-wide conv inputs at 2.
    const stateBytes = 48 * (48 * 128 * 128 * 4 + 3 * (2 * 16 * 128 + 48 * 128) * 2);
    const kvBytes = 16 * 2 * 4 * 256 * 2 * 1001;
    expect(run("qwen3.5-27b", 1000).kvCacheGB * 1e9).toBeCloseTo(kvBytes + stateBytes, 0);
  });

  it("an estimate runs for every new model", () => {
    for (const p of published) {
      const r = estimate({ model: p.id, hardware: "h200", deviceCount: 8, precision: "fp8", inputTokens: 4000, outputTokens: 500 });
      expect(r.latency.tpotMs, p.id).toBeGreaterThan(0);
    }
  });
});
