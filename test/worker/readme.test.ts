// Runs every curl example of the README's API section against the worker and checks the status its comment gives.
import { describe, expect, it } from "vitest";
import readme from "../../README.md?raw";
import { call } from "./helpers.js";

type Example = { line: string; status: number; method: string; path: string; headers: Record<string, string>; body?: string };

/** Words of a shell command: single quotes kept together, backslash-newline continuations joined. */
function words(command: string): string[] {
  return [...command.replace(/\\\n\s*/g, " ").matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function examples(): Example[] {
  const section = readme.slice(readme.indexOf("## API"), readme.indexOf("\n## ", readme.indexOf("## API") + 1));
  const block = section.match(/```sh\n([\s\S]*?)```/)![1]!;
  const out: Example[] = [];
  let status = 0;
  for (const command of block.split(/\n(?=curl |#|\n)/)) {
    const expected = command.match(/^#.*\((\d{3})\b/);
    if (expected) status = Number(expected[1]);
    if (!command.startsWith("curl ")) continue;
    const w = words(command);
    const example: Example = { line: command.split("\n")[0]!, status, method: "GET", path: "", headers: {} };
    for (let i = 1; i < w.length; i++) {
      if (w[i] === "-H") {
        const [name, ...value] = w[++i]!.split(":");
        example.headers[name!.toLowerCase()] = value.join(":").trim();
      } else if (w[i] === "-d") {
        example.body = w[++i];
        example.method = "POST";
      } else if (w[i] === "-X") example.method = w[++i]!;
      else if (w[i]!.startsWith("$BASE")) example.path = w[i]!.slice("$BASE".length) || "/";
    }
    out.push(example);
  }
  return out;
}

describe("README API examples", () => {
  const all = examples();

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
