// Models by Hugging Face Hub id in the engine: finding every reference in a body, resolving them with an injected
// fetcher (no network: the fetcher reads the config fixtures), the Hub's failures in its terms, the published counts
// beside the engine's own, and the error an unresolved reference gets.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compare,
  EngineError,
  estimate,
  findHubRefs,
  hubStatusError,
  hubUrls,
  HUB_REPO_ID,
  HUB_REVISION,
  HubModel,
  PUBLISHED_PARAMS_TOLERANCE,
  resolveHubModels,
  sweep,
  type HubFetcher,
  type SweepColumns,
  type HubFiles,
} from "../../shared/index.js";
import { errorOf } from "./error-of.js";

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../fixtures/hf-configs/${name}.json`, import.meta.url), "utf8"));
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
/** Hub id -> fixture, with the Hub's published total for Qwen3-8B (test/fixtures/published-params.json). */
const HUB: Record<string, HubFiles> = {
  "Qwen/Qwen3-8B": { config: fixture("qwen3-8b"), modelInfo: { id: "Qwen/Qwen3-8B", sha: COMMIT, safetensors: { parameters: { BF16: 8_190_735_360 }, total: 8_190_735_360 } } },
  "microsoft/phi-4": { config: fixture("phi-4"), modelInfo: null },
  "google/gemma-3-4b-it": { config: fixture("gemma-3-4b"), modelInfo: { safetensors: { parameters: { BF16: 4_300_079_472 }, total: 4_300_079_472 } } },
};

/** A fetcher over HUB that records what it was asked for. */
function fakeFetcher(hub: Record<string, HubFiles> = HUB): HubFetcher & { calls: string[] } {
  const calls: string[] = [];
  const fetcher = async (id: string, revision: string) => {
    calls.push(`${id}@${revision}`);
    const files = hub[id];
    if (!files) throw hubStatusError(id, revision, 401, "RepoNotFound");
    return files;
  };
  return Object.assign(fetcher, { calls });
}

const base = { hardware: "h100-sxm", inputTokens: 1000, outputTokens: 100 };

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error("expected a rejection");
}


describe("findHubRefs", () => {
  it("finds every place a request takes a model, with its path", () => {
    const hf = (n: number) => ({ hf: `org/m${n}` });
    const hybrid = (n: number) => ({ deployment: "hybrid", hybrid: { share: 0.5, alternative: { model: hf(n) } } });
    expect(findHubRefs({ model: hf(1), ...hybrid(2) }).map((r) => r.path)).toEqual([["model"], ["hybrid", "alternative", "model"]]);
    expect(findHubRefs({ scenarios: [{ model: "x" }, { model: hf(1) }, { model: hf(2), ...hybrid(3) }] }).map((r) => r.path)).toEqual([
      ["scenarios", 1, "model"],
      ["scenarios", 2, "model"],
      ["scenarios", 2, "hybrid", "alternative", "model"],
    ]);
    expect(findHubRefs({ base: { model: hf(1), ...hybrid(2) }, vary: { model: ["x", hf(3)], hardware: [hf(4)] } }).map((r) => r.path)).toEqual([
      ["base", "model"],
      ["base", "hybrid", "alternative", "model"],
      ["vary", "model", 1],
    ]);
  });

  it("looks nowhere else: not inside a pasted config, not in other fields, not in what is not an object", () => {
    expect(findHubRefs({ model: { hfConfig: { model: { hf: "org/x" } } }, hardware: { hf: "org/y" }, assumptions: { model: { hf: "org/z" } } })).toEqual([]);
    for (const body of [null, 42, "x", [{ model: { hf: "org/x" } }], { scenarios: "no" }, { vary: { model: "no" } }]) expect(findHubRefs(body)).toEqual([]);
  });
});

describe("resolveHubModels", () => {
  it("replaces each reference with the config and what the Hub publishes, fetching each model once, changing nothing", async () => {
    const fetcher = fakeFetcher();
    const body = { scenarios: [{ ...base, model: { hf: "Qwen/Qwen3-8B" } }, { ...base, model: { hf: "microsoft/phi-4" } }, { ...base, model: { hf: "Qwen/Qwen3-8B", revision: "main" } }] };
    const sent = structuredClone(body);
    const resolved = await resolveHubModels(body, fetcher);
    expect(body).toEqual(sent);
    expect(fetcher.calls).toEqual(["Qwen/Qwen3-8B@main", "microsoft/phi-4@main"]);
    expect(resolved.scenarios[0]!.model).toEqual({
      hfConfig: fixture("qwen3-8b"),
      hub: { id: "Qwen/Qwen3-8B", revision: "main", sha: COMMIT, safetensors: { parameters: { BF16: 8_190_735_360 }, total: 8_190_735_360 } },
    });
    expect(resolved.scenarios[1]!.model).toEqual({ hfConfig: fixture("phi-4"), hub: { id: "microsoft/phi-4", revision: "main" } });
    expect(resolved.scenarios[2]!.model).toEqual(resolved.scenarios[0]!.model);
    // A body without Hub models is returned as it is.
    const plain = { ...base, model: "qwen3-8b" };
    expect(await resolveHubModels(plain, fetcher)).toBe(plain);
  });

  it("asks for the revision named; prefers the commit config.json was served at; keeps only what has the Hub's shape", async () => {
    const other = "fedcba9876543210fedcba9876543210fedcba98";
    const files: HubFiles = { config: fixture("phi-4"), commit: other, modelInfo: { sha: COMMIT, safetensors: { parameters: { BF16: -1 }, total: "lots" } } };
    const fetcher = fakeFetcher({ "microsoft/phi-4": files });
    const resolved = await resolveHubModels({ ...base, model: { hf: "microsoft/phi-4", revision: "refs/pr/1" } }, fetcher);
    expect(fetcher.calls).toEqual(["microsoft/phi-4@refs/pr/1"]);
    expect(resolved.model).toEqual({ hfConfig: fixture("phi-4"), hub: { id: "microsoft/phi-4", revision: "refs/pr/1", sha: other } });
    const badSha = await resolveHubModels({ ...base, model: { hf: "microsoft/phi-4" } }, fakeFetcher({ "microsoft/phi-4": { ...files, commit: "HEAD", modelInfo: { sha: "x" } } }));
    expect(badSha.model).toEqual({ hfConfig: fixture("phi-4"), hub: { id: "microsoft/phi-4", revision: "main" } });
  });

  it("checks every reference before fetching anything", async () => {
    const fetcher = fakeFetcher();
    const e = await rejection(resolveHubModels({ scenarios: [{ ...base, model: { hf: "Qwen/Qwen3-8B" } }, { ...base, model: { hf: "../x/y" } }] }, fetcher));
    expect([e.code, e.path]).toEqual(["invalid_input", "scenarios[1].model.hf"]);
    const revision = await rejection(resolveHubModels({ ...base, model: { hf: "Qwen/Qwen3-8B", revision: "../../admin" } }, fetcher));
    expect([revision.code, revision.path]).toEqual(["invalid_input", "model.revision"]);
    expect(fetcher.calls).toEqual([]);
  });

  it("refuses more distinct models than the cap before fetching (the same model twice counts once)", async () => {
    const fetcher = fakeFetcher();
    const vary = { model: [{ hf: "org/a" }, { hf: "org/a" }, { hf: "org/b" }, { hf: "org/c" }] };
    const e = await rejection(resolveHubModels({ base: { ...base, model: "qwen3-8b" }, vary }, fetcher, { maxModels: 2 }));
    expect([e.code, e.path]).toEqual(["hub_too_many_models", "vary.model[3].hf"]);
    expect(e.message).toContain("at most 2 different Hugging Face models");
    expect(fetcher.calls).toEqual([]);
  });

  it("a fetcher's failure is the Hub's error at the reference, saying to paste config.json; the first in the body's order", async () => {
    const failing: HubFetcher = async (id) => {
      if (id === "org/slow") throw new EngineError("hub_timeout", "too slow", "");
      throw hubStatusError(id, "main", 401, "GatedRepo");
    };
    const body = { scenarios: [{ ...base, model: "qwen3-8b" }, { ...base, model: { hf: "org/slow" } }, { ...base, model: { hf: "org/gated" } }] };
    const e = await rejection(resolveHubModels(body, failing));
    expect([e.code, e.path]).toEqual(["hub_timeout", "scenarios[1].model.hf"]);
    expect(e.message).toBe('too slow; paste its config.json as "scenarios[1].model.hfConfig" instead');
    const gated = await rejection(resolveHubModels({ ...base, model: { hf: "org/gated" } }, failing));
    expect([gated.code, gated.path]).toEqual(["hub_gated", "model.hf"]);
    expect(gated.message).toContain("org/gated is gated on the Hugging Face Hub");
  });

  it("anything else a fetcher throws (a network error) is hub_unavailable", async () => {
    const e = await rejection(resolveHubModels({ ...base, model: { hf: "org/x" } }, async () => Promise.reject(new TypeError("fetch failed"))));
    expect([e.code, e.path]).toEqual(["hub_unavailable", "model.hf"]);
    expect(e.message).toBe('could not read org/x\'s config.json from the Hugging Face Hub: fetch failed; paste its config.json as "model.hfConfig" instead');
  });

  it("a config.json that is not an object, or one the engine cannot read, is hub_invalid_config naming the key", async () => {
    const notObject = await rejection(resolveHubModels({ ...base, model: { hf: "org/x" } }, fakeFetcher({ "org/x": { config: [1, 2], modelInfo: null } })));
    expect([notObject.code, notObject.path]).toEqual(["hub_invalid_config", "model.hf"]);
    const config = { ...fixture("qwen3-8b"), num_attention_heads: 7 };
    const broken = await rejection(resolveHubModels({ ...base, model: { hf: "org/x" } }, fakeFetcher({ "org/x": { config, modelInfo: null } })));
    expect([broken.code, broken.path]).toEqual(["hub_invalid_config", "model.hf"]);
    // Qwen3 gives head_dim, so 7 heads are wrong for its 8 KV heads, not for its hidden size.
    expect(broken.message).toContain('org/x\'s config.json on the Hugging Face Hub cannot be read at "num_key_value_heads": config.json gives an unusable numKvHeads');
  });
});

describe("the Hub's answers in its own terms", () => {
  it.each([
    [401, "GatedRepo", "hub_gated", "is gated"],
    [403, "GatedRepo", "hub_gated", "is gated"],
    [401, "RepoNotFound", "hub_not_found", "no public model"],
    [404, "RepoNotFound", "hub_not_found", "no public model"],
    [404, "RevisionNotFound", "hub_not_found", 'no revision "v2"'],
    [404, "EntryNotFound", "hub_not_found", "has no config.json"],
    [401, null, "hub_gated", "gated or private"],
    [403, null, "hub_gated", "gated or private"],
    [404, null, "hub_not_found", "HTTP 404"],
    [429, null, "hub_unavailable", "limiting requests"],
    [500, null, "hub_unavailable", "HTTP 500"],
  ] as const)("%i %s is %s", (status, header, code, words) => {
    const e = hubStatusError("org/name", "v2", status, header);
    expect(e.code).toBe(code);
    expect(e.message).toContain(words);
    expect(e.message).toContain("org/name");
  });

  it("URLs: only owner/name under the Hub, the revision encoded whole, the API asked for two fields", () => {
    expect(hubUrls("https://huggingface.co/", "Qwen/Qwen3-8B", "main")).toEqual({
      config: "https://huggingface.co/Qwen/Qwen3-8B/resolve/main/config.json",
      modelInfo: "https://huggingface.co/api/models/Qwen/Qwen3-8B?expand[]=safetensors&expand[]=sha",
    });
    expect(hubUrls("https://huggingface.co", "Qwen/Qwen3-8B", "refs/pr/1")).toEqual({
      config: "https://huggingface.co/Qwen/Qwen3-8B/resolve/refs%2Fpr%2F1/config.json",
      modelInfo: "https://huggingface.co/api/models/Qwen/Qwen3-8B/revision/refs%2Fpr%2F1?expand[]=safetensors&expand[]=sha",
    });
  });

  it("a Hub id is owner/name in the Hub's characters, nothing that could leave the Hub's paths", () => {
    for (const id of ["Qwen/Qwen3-30B-A3B", "meta-llama/Llama-3.1-8B", "org_1/a.b-c_d", "a/b", `${"a".repeat(96)}/${"b".repeat(96)}`]) {
      expect(HUB_REPO_ID.test(id), id).toBe(true);
    }
    for (const id of ["a", "a/b/c", "/a/b", "a/b/", "../a/b", "a/..", "a/b..c", "a--b/c", "a/b.git", ".a/b", "a/b-", "a b/c", "a/b?c", "a/b#c", "a/b%2e", "a/b\\c", "ä/b", "a/b\n", `${"a".repeat(97)}/b`, ""]) {
      expect(HUB_REPO_ID.test(id), id).toBe(false);
    }
    for (const revision of ["main", "v1.0", "refs/pr/1", "0123456789abcdef0123456789abcdef01234567"]) expect(HUB_REVISION.test(revision), revision).toBe(true);
    for (const revision of ["", "../x", "a//b", "/main", "main?x", "a b", "ma\nin"]) expect(HUB_REVISION.test(revision), revision).toBe(false);
  });

  it("the engine says an invalid id is one, and an unresolved valid one what to do", () => {
    const invalid = errorOf(() => estimate({ ...base, model: { hf: "../../etc/passwd" } }));
    expect([invalid.code, invalid.path]).toEqual(["invalid_input", "model.hf"]);
    expect(invalid.message).toContain('must be a Hugging Face Hub model id "owner/name"');
    expect(errorOf(() => estimate({ ...base, model: { hf: "a/b", revision: "../x" } })).path).toBe("model.revision");
    // The schema bounds the length, as the widget's own zod/mini can check it.
    expect(HubModel.safeParse({ hf: "a".repeat(194) }).success).toBe(false);
  });
});

describe("the engine with Hub models", () => {
  it("answers an unresolved reference with hub_unresolved at its field, saying who resolves it", () => {
    const hf = { hf: "Qwen/Qwen3-8B" };
    const e = errorOf(() => estimate({ ...base, model: hf }));
    expect([e.code, e.path]).toEqual(["hub_unresolved", "model.hf"]);
    expect(e.message).toContain("resolveHubModels");
    expect(e.message).toContain('paste its config.json as { "hfConfig": ... }');
    expect(errorOf(() => compare({ scenarios: [{ ...base, model: "qwen3-8b" }, { ...base, model: hf }] })).path).toBe("scenarios[1].model.hf");
    expect(errorOf(() => sweep({ base: { ...base, model: "qwen3-8b" }, vary: { model: ["qwen3-8b", hf] } })).path).toBe("vary.model[1].hf");
    const hybrid = { ...base, model: "qwen3-8b", deployment: "hybrid", hybrid: { share: 0.5, alternative: { model: hf } } };
    expect(errorOf(() => estimate(hybrid)).path).toBe("hybrid.alternative.model.hf");
  });

  it("estimates a resolved model as its pasted config, under the repository's id, with the Hub's counts beside", async () => {
    const resolved = await resolveHubModels({ ...base, model: { hf: "Qwen/Qwen3-8B" } }, fakeFetcher());
    const r = estimate(resolved);
    const pasted = estimate({ ...base, model: { hfConfig: fixture("qwen3-8b") } });
    expect({ ...r, model: null, warnings: null }).toEqual({ ...pasted, model: null, warnings: null });
    expect(r.model).toMatchObject({ id: "Qwen/Qwen3-8B", name: "Qwen/Qwen3-8B", totalParams: pasted.model.totalParams });
    expect(r.model.hub).toEqual({
      id: "Qwen/Qwen3-8B",
      revision: "main",
      sha: COMMIT,
      publishedTotalParams: 8_190_735_360,
      publishedParamsByDtype: { BF16: 8_190_735_360 },
      checkpointDtype: "BF16",
      differenceFromPublished: (pasted.model.totalParams - 8_190_735_360) / 8_190_735_360,
    });
    // The count from config.json matches the checkpoint's: no warning, and fp16 is BF16's width.
    expect(Math.abs(r.model.hub!.differenceFromPublished!)).toBeLessThan(PUBLISHED_PARAMS_TOLERANCE);
    expect(r.warnings).toEqual([]);
  });

  it("without published counts, shows none and warns of none", async () => {
    const r = estimate(await resolveHubModels({ ...base, precision: "int4", model: { hf: "microsoft/phi-4" } }, fakeFetcher()));
    expect(r.model.hub).toEqual({ id: "microsoft/phi-4", revision: "main", sha: null, publishedTotalParams: null, publishedParamsByDtype: null, checkpointDtype: null, differenceFromPublished: null });
    expect(r.warnings).toEqual([]);
  });

  it("warns when the checkpoint holds more than the config describes, keeping the config's count", async () => {
    const r = estimate(await resolveHubModels({ ...base, model: { hf: "google/gemma-3-4b-it" } }, fakeFetcher()));
    expect(r.model.name).toBe("google/gemma-3-4b-it (text model; vision encoder not counted)");
    expect(r.model.totalParams).toBe(estimate({ ...base, model: { hfConfig: fixture("gemma-3-4b") } }).model.totalParams);
    expect(r.warnings).toEqual([
      "config.json gives 3.88B parameters, 9.8% below the 4.30B in google/gemma-3-4b-it's safetensors files on the Hub. Memory and timing use the config's count: the checkpoint may also hold parts the engine does not model (a vision or audio encoder, multi-token-prediction layers), or quantized weights packed several to an element",
    ]);
  });

  it("warns when the weights estimated are of another width than the checkpoint's, in either direction", async () => {
    const model = { hfConfig: fixture("qwen3-8b"), hub: { id: "Qwen/Qwen3-8B", safetensors: { parameters: { F8_E4M3: 8_000_000_000, BF16: 190_735_360 }, total: 8_190_735_360 } } };
    const warned = (precision: string) => estimate({ ...base, precision, model }).warnings;
    expect(warned("fp8")).toEqual([]);
    expect(warned("gguf-q8_0")).toEqual([]);
    expect(warned("int4")).toEqual(["Qwen/Qwen3-8B is published in F8_E4M3 (8-bit weights); this estimate is for int4 weights (4.5 bits each), a quantized copy of the checkpoint"]);
    expect(warned("bf16")).toEqual(["Qwen/Qwen3-8B is published in F8_E4M3 (8-bit weights); this estimate is for bf16 weights (16 bits each), the checkpoint's weights widened"]);
    // Packed containers (4-bit weights stored as U8) say nothing certain about the weights: no warning.
    const packed = { ...model, hub: { id: "Qwen/Qwen3-8B", safetensors: { parameters: { U8: 4_000_000_000, BF16: 190_735_360 }, total: 4_190_735_360 } } };
    expect(estimate({ ...base, precision: "fp16", model: packed }).warnings.some((w) => w.includes("is published in"))).toBe(false);
  });

  it("a sweep over Hub models names each as it was asked for in its points", async () => {
    const body = await resolveHubModels({ base: { ...base, model: "qwen3-8b" }, vary: { model: [{ hf: "Qwen/Qwen3-8B" }, "phi-4"] }, fields: ["model.id", "model.totalParams"] }, fakeFetcher());
    const columns = sweep(body) as SweepColumns;
    expect(columns.axes).toEqual([{ field: "model", values: [{ hf: "Qwen/Qwen3-8B", revision: "main" }, "phi-4"] }]);
    expect(columns.columns["model.id"]).toEqual(["Qwen/Qwen3-8B", "phi-4"]);
  });
});
