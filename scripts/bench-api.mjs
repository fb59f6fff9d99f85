// npm run bench:api: load-test the API as `wrangler dev` serves it (workerd, offline), then size the deployable bundle.
// Prints req/s, p50 and p99 for POST /v1/estimate at concurrency 25 (beside GET /health at the same concurrency: the
// floor of the dev server itself) and for a 1,000-point sweep (computed every time, and repeated so the edge cache
// answers), non-2xx counts, and the bundle from `wrangler deploy --dry-run`, gzipped.
// Exits 1 when a budget is missed: estimate p99 < 50 ms with zero non-2xx, bundle <= 80 KB gzipped.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const SWEEP_CONNECTIONS = Number(process.env.BENCH_SWEEP_CONNECTIONS ?? 4);
const BUDGET = { estimateP99Ms: 50, bundleGzipKB: 80 };
const WRANGLER = "node_modules/.bin/wrangler";
// No account, no network: wrangler must not phone home or fetch request.cf data.
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

const ESTIMATE = { model: "llama-3.1-8b", hardware: "h100-sxm", precision: "fp8", inputTokens: 1000, outputTokens: 500, batchSize: 16 };
/** 40 batch sizes x 25 prompt lengths = 1,000 points; `salt` makes each body (and its cache key) distinct. */
const sweepBody = (salt) => ({
  base: { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 4, precision: "fp8", inputTokens: 1000, outputTokens: 500, ...(salt === undefined ? {} : { assumptions: { networkRoundTripMs: salt } }) },
  vary: { batchSize: Array.from({ length: 40 }, (_, i) => i + 1), inputTokens: Array.from({ length: 25 }, (_, i) => 200 * (i + 1)) },
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(base, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer ${base}/health within ${timeoutMs / 1000} s`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function load(title, base, { path = "/", ...options }) {
  return autocannon({
    url: base + path,
    method: "POST",
    headers: { "content-type": "application/json" },
    duration: DURATION_S,
    ...options,
    title,
  });
}

const row = (name, r) => ({
  name,
  connections: r.connections,
  "req/s": Math.round(r.requests.average * 10) / 10,
  "p50 ms": r.latency.p50,
  "p99 ms": r.latency.p99,
  requests: r.requests.total,
  "non-2xx": r.non2xx,
  errors: r.errors,
  ...(r.non2xx > 0 ? { statuses: Object.keys(r.statusCodeStats).join(" ") } : {}),
});

function bundleSize() {
  const outdir = mkdtempSync(join(tmpdir(), "llm-calc-bundle-"));
  try {
    execFileSync(WRANGLER, ["deploy", "--dry-run", "--outdir", outdir], { env: ENV, stdio: ["ignore", "ignore", "inherit"] });
    const files = readdirSync(outdir).filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
    const bytes = files.map((f) => readFileSync(join(outdir, f))).reduce((sum, b) => ({ raw: sum.raw + b.length, gzip: sum.gzip + gzipSync(b, { level: 9 }).length }), { raw: 0, gzip: 0 });
    return { files, ...bytes };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- run
const loadBefore = loadavg();
execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
const bundle = bundleSize();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// Start wrangler itself (not through npx) so stopping this PID stops workerd too; at log level "error" it does not
// print (or format) a line per request.
// A throwaway state folder: the edge cache starts empty, and hundreds of MB of cached sweeps do not pile up in .wrangler.
const state = mkdtempSync(join(tmpdir(), "llm-calc-bench-state-"));
const child = spawn(WRANGLER, ["dev", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", "--log-level", "error", "--persist-to", state], {
  env: ENV,
  stdio: ["ignore", "inherit", "inherit"],
});
process.on("SIGINT", () => stop(child).then(() => process.exit(130)));
console.log(`wrangler dev (pid ${child.pid}) on ${base}`);

const results = [];
try {
  await waitUntilReady(base, child);
  // Warm up the isolate (module load, catalog parse) so the first measured requests are not cold starts.
  await load("warm-up", base, { path: "/v1/estimate", body: JSON.stringify(ESTIMATE), connections: 5, duration: 2 });

  // The floor: the same dev server (wrangler's proxy workerd, then the worker's) answering a trivial route.
  const health = await load("health", base, { path: "/health", method: "GET", body: undefined, connections: 25 });
  results.push(row("GET /health (floor of the dev server)", health));

  const estimate = await load("estimate", base, { path: "/v1/estimate", body: JSON.stringify(ESTIMATE), connections: 25 });
  results.push(row("POST /v1/estimate", estimate));

  let salt = 0;
  const computed = await load("sweep (computed)", base, {
    connections: SWEEP_CONNECTIONS,
    path: "/v1/sweep",
    requests: [{ method: "POST", path: "/v1/sweep", setupRequest: (req) => ({ ...req, body: JSON.stringify(sweepBody(++salt)) }) }],
  });
  results.push(row("POST /v1/sweep, 1,000 points, each new (computed)", computed));

  const cached = await load("sweep (edge cache)", base, { path: "/v1/sweep", body: JSON.stringify(sweepBody()), connections: 25 });
  results.push(row("POST /v1/sweep, 1,000 points, repeated (edge cache)", cached));
} finally {
  await stop(child);
  rmSync(state, { recursive: true, force: true });
  console.log(`stopped wrangler dev (pid ${child.pid})`);
}

console.log(`\nAPI load test (wrangler dev on this machine, ${DURATION_S} s per run; latency in ms)`);
// Other work on the machine shows up in the tail latency: say how busy it was before the runs.
console.log(`machine: ${cpus().length} cores, load average before the runs ${loadBefore.map((l) => l.toFixed(2)).join(" ")}`);
console.table(results);
const gzipKB = bundle.gzip / 1024;
console.log(`deployable bundle (wrangler deploy --dry-run: ${bundle.files.join(", ")}): ${(bundle.raw / 1024).toFixed(1)} KB, ${gzipKB.toFixed(1)} KB gzipped`);

const estimateRow = results.find((r) => r.name === "POST /v1/estimate");
const checks = [
  [`estimate p99 ${estimateRow["p99 ms"]} ms < ${BUDGET.estimateP99Ms} ms`, estimateRow["p99 ms"] < BUDGET.estimateP99Ms],
  [`zero non-2xx and errors (${results.map((r) => r["non-2xx"] + r.errors).join(", ")})`, results.every((r) => r["non-2xx"] === 0 && r.errors === 0)],
  [`bundle ${gzipKB.toFixed(1)} KB <= ${BUDGET.bundleGzipKB} KB gzipped`, gzipKB <= BUDGET.bundleGzipKB],
];
for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${label}`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
