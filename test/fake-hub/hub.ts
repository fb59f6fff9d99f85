// A local stand-in for the Hugging Face Hub, so the tests of the Hub path never touch the network. It serves the real
// config.json fixtures (test/fixtures/hf-configs) under their repositories' ids, and the Hub's model API with the
// safetensors totals the Hub published (test/fixtures/published-params.json, where that is their source), and fails
// as the Hub fails: 401 with X-Error-Code GatedRepo for a gated repository, 401 RepoNotFound for an unknown or private
// one, 404 RevisionNotFound / EntryNotFound, plus a slow answer, an oversized config, a redirect off the Hub, and more
// under "fake-hub/..." (FAKE_REPOS). Its model search is in ./search.ts. Every answer carries the CORS headers the Hub
// sends (any origin; X-Error-Code and X-Repo-Commit exposed), so the widget reads it from a browser page as it reads
// the Hub. A Node HTTP server: the worker tests start it in a vitest globalSetup, the widget tests in
// web-test-runner.config.mjs.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { MODEL_SOURCES } from "../../shared/catalog/sources/models.js";
import { FAKE_REPOS } from "./repos.js";
import { answerSearch } from "./search.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);

type Repo = { config: () => string; gated?: boolean; safetensors?: { parameters: Record<string, number>; total: number } };

/** Namespaces gated on the real Hub (their licence must be accepted while signed in), so gated here too. */
const GATED = [/^meta-llama\//, /^google\/gemma-/];

/** The Hub names dtypes as safetensors does; config.json as torch does. */
const DTYPE: Readonly<Record<string, string>> = { bfloat16: "BF16", float16: "F16", float32: "F32" };

/** Every catalog model with a fixture, under its Hub id; the published safetensors total where the Hub is the source. */
function fixtureRepos(): Map<string, Repo> {
  const published = JSON.parse(readFileSync(new URL("published-params.json", FIXTURES), "utf8")) as { models: { id: string; total: { params: number; source: string } }[] };
  const repos = new Map<string, Repo>();
  for (const [id, sources] of Object.entries(MODEL_SOURCES)) {
    const file = new URL(`hf-configs/${id}.json`, FIXTURES);
    if (!sources.hfId || !existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const total = published.models.find((m) => m.id === id && /Hugging Face safetensors/.test(m.total.source))?.total.params;
    const repo: Repo = { config: () => text, gated: GATED.some((g) => g.test(sources.hfId!)) };
    // The real answer splits the count by dtype (norms often in F32); the fake puts it all under the config's dtype.
    if (total) repo.safetensors = { parameters: { [dtypeOf(JSON.parse(text))]: total }, total };
    repos.set(sources.hfId, repo);
  }
  return repos;
}

function dtypeOf(config: Record<string, unknown>): string {
  const text = (config.text_config ?? {}) as Record<string, unknown>;
  const dtype = config.torch_dtype ?? config.dtype ?? text.torch_dtype ?? text.dtype;
  return DTYPE[String(dtype)] ?? "BF16";
}


/** A valid config.json padded past 512 KB with an unknown key (readers ignore unknown keys). */
const hugeConfig = (base: string): string => JSON.stringify({ ...JSON.parse(base), padding: "x".repeat(600 * 1024) });

const BROKEN = JSON.stringify({ model_type: "llama", hidden_size: 4096, num_hidden_layers: 4, num_attention_heads: 7, intermediate_size: 11008, vocab_size: 32000 });

export type FakeHub = { url: string; close: () => Promise<void> };

export async function startFakeHub(): Promise<FakeHub> {
  const repos = fixtureRepos();
  const qwen = repos.get("Qwen/Qwen3-8B")!;
  let changes = 0;
  repos.set(FAKE_REPOS.slow, qwen);
  repos.set(FAKE_REPOS.huge, { config: () => hugeConfig(qwen.config()) });
  repos.set(FAKE_REPOS.hugeDeclared, { config: () => hugeConfig(qwen.config()) });
  repos.set(FAKE_REPOS.notJson, { config: () => "<!doctype html><title>Hugging Face</title><p>Loading...</p>" });
  repos.set(FAKE_REPOS.broken, { config: () => BROKEN });
  repos.set(FAKE_REPOS.noConfig, { config: () => "" });
  repos.set(FAKE_REPOS.infoDown, qwen);
  repos.set(FAKE_REPOS.hiddenCode, { ...qwen, gated: true });
  // Another layer each time config.json is served: a new commit every read, as if pushed to between two requests.
  repos.set(FAKE_REPOS.changing, { config: () => JSON.stringify({ ...JSON.parse(qwen.config()), num_hidden_layers: 10 + changes++ }) });

  const hits = new Map<string, number>();
  const count = (key: string) => hits.set(key, (hits.get(key) ?? 0) + 1);
  const listed = [...repos].map(([id, repo]) => ({ id, gated: Boolean(repo.gated) }));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-hub");
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Expose-Headers", "X-Error-Code, X-Repo-Commit");
    if (url.pathname === "/__fake/hits") return send(res, 200, JSON.stringify(Object.fromEntries(hits)), { "Content-Type": "application/json" });
    if (req.method === "OPTIONS") return send(res, 204, "", { "Access-Control-Allow-Methods": "GET", "Access-Control-Max-Age": "86400" });
    count(url.pathname);
    if (url.pathname === "/api/models") return answerSearch(listed, url, req, res, (...a) => send(res, ...a), () => count(`aborted:${url.pathname}`));
    answer(repos, url, req, res, port);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sha = (id: string, revision: string): string => createHash("sha1").update(`${id}@${revision}`).digest("hex");

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

const hubError = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, JSON.stringify({ error: message }), { "Content-Type": "application/json", "X-Error-Code": code, "X-Error-Message": message });

const CONFIG_PATH = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/config\.json$/;
const API_PATH = /^\/api\/models\/([^/]+\/[^/]+)(?:\/revision\/([^/]+))?$/;

function answer(repos: Map<string, Repo>, url: URL, req: IncomingMessage, res: ServerResponse, port: number): void {
  const file = url.pathname.match(CONFIG_PATH);
  const api = url.pathname.match(API_PATH);
  const id = file?.[1] ?? api?.[1];
  const revision = decodeURIComponent(file?.[2] ?? api?.[2] ?? "main");
  if (!id) return hubError(res, 404, "EntryNotFound", "not a path of this fake Hub");
  if (misbehaves(id, url, req, res, Boolean(file), port)) return;
  const repo = repos.get(id);
  if (!repo) return hubError(res, 401, "RepoNotFound", `Repository Not Found for url: ${url.href}.`);
  if (revision !== "main" && revision !== sha(id, "main")) return hubError(res, 404, "RevisionNotFound", `Invalid rev id: ${revision}`);
  const commit = sha(id, "main");
  if (api) return modelInfo(res, id, commit, repo, url);
  if (id === FAKE_REPOS.hiddenCode) res.removeHeader("Access-Control-Expose-Headers");
  if (repo.gated) return hubError(res, 401, "GatedRepo", `Access to model ${id} is restricted. You must have access to it and be authenticated to access it. Please log in.`);
  const config = repo.config();
  if (config === "") return hubError(res, 404, "EntryNotFound", `${id} does not have a file named config.json`);
  // The changing repository is at a new commit each time it is read.
  const served = id === FAKE_REPOS.changing ? sha(id, config) : commit;
  const headers = { "Content-Type": "text/plain; charset=utf-8", "X-Repo-Commit": served, ETag: `"${served}"` };
  if (id === FAKE_REPOS.huge) return streamed(res, config, headers);
  send(res, 200, config, headers);
}

/** The Hub's model API: with `expand`, only the fields asked for; without, the long default answer (every file). */
function modelInfo(res: ServerResponse, id: string, commit: string, repo: Repo, url: URL): void {
  const expand = url.searchParams.getAll("expand[]");
  const base = { _id: sha(id, "_id").slice(0, 24), id };
  if (expand.length === 0) {
    const siblings = Array.from({ length: 2000 }, (_, i) => ({ rfilename: `model-${String(i).padStart(5, "0")}-of-02000.safetensors` }));
    return send(res, 200, JSON.stringify({ ...base, sha: commit, gated: repo.gated ? "manual" : false, siblings, safetensors: repo.safetensors }), { "Content-Type": "application/json" });
  }
  const out: Record<string, unknown> = { ...base };
  if (expand.includes("sha")) out.sha = commit;
  if (expand.includes("safetensors") && repo.safetensors) out.safetensors = repo.safetensors;
  send(res, 200, JSON.stringify(out), { "Content-Type": "application/json" });
}

/** Chunked, with no Content-Length: a reader must count the bytes itself. */
function streamed(res: ServerResponse, body: string, headers: Record<string, string>): void {
  res.writeHead(200, headers);
  for (let i = 0; i < body.length; i += 16 * 1024) res.write(body.slice(i, i + 16 * 1024));
  res.end();
}

/** The repositories that fail in their own way; true when this one answered. */
function misbehaves(id: string, url: URL, req: IncomingMessage, res: ServerResponse, isConfig: boolean, port: number): boolean {
  switch (id) {
    case FAKE_REPOS.slow: {
      if (!isConfig) return false;
      // Answers after 30 s, or never if the client gives up first.
      const timer = setTimeout(() => send(res, 200, "{}"), 30_000);
      req.on("close", () => clearTimeout(timer));
      return true;
    }
    case FAKE_REPOS.renamed: {
      // As the Hub redirects a renamed repository: a relative Location on its own host.
      const to = url.pathname.replace(FAKE_REPOS.renamed, "Qwen/Qwen3-8B") + url.search;
      send(res, 307, "", { Location: to });
      return true;
    }
    case FAKE_REPOS.offHost:
      send(res, 302, "", { Location: "https://cdn.example.net/config.json" });
      return true;
    case FAKE_REPOS.mirrored:
      // Another origin a browser can reach without the network: this server under the name localhost.
      send(res, 302, "", { Location: `http://localhost:${port}${url.pathname.replace(FAKE_REPOS.mirrored, "Qwen/Qwen3-8B")}${url.search}` });
      return true;
    case FAKE_REPOS.down:
      send(res, 503, "Service Unavailable");
      return true;
    case FAKE_REPOS.infoDown:
      if (isConfig) return false;
      send(res, 503, "Service Unavailable");
      return true;
    default:
      return false;
  }
}
