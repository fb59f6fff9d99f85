// The API over HTTP as `wrangler dev` serves it (workerd, offline), under load from autocannon. On 2 cores the dev
// server's own proxying dominates absolute latency, so the budget is relative: POST /v1/estimate and GET /health run
// at the same time, and the estimate's p99 may be at most 1.3x the health check's.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

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
    // SIGINT, as Ctrl-C: wrangler stops its bundler and workerd before it exits.
    child.kill("SIGINT");
  });
}

const load = (base, { path, body, ...options }) =>
  autocannon({
    url: base + path,
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    ...options,
  });

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

/**
 * Starts wrangler itself (not through npx, so stopping its PID stops workerd too) at log level "error" (no line per
 * request), with a throwaway state folder: the edge cache starts empty and cached sweeps do not pile up in .wrangler.
 */
export async function runHttp({ wrangler, env, estimateBody, sweepBody, seconds = 10, connections = 10, sweepConnections = 4, sweepRequests = 60, log = console.log }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const state = mkdtempSync(join(tmpdir(), "llm-calc-bench-state-"));
  const child = spawn(wrangler, ["dev", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", "--log-level", "error", "--persist-to", state], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const interrupted = () => stop(child).then(() => process.exit(130));
  process.once("SIGINT", interrupted);
  log(`wrangler dev (pid ${child.pid}) on ${base}`);
  const rows = [];
  try {
    await waitUntilReady(base, child);
    // Warm the isolate (module load, first parses) so the measured requests are not cold starts.
    await load(base, { path: "/v1/estimate", body: estimateBody, connections: 5, duration: 2 });

    // The same run: both at once, so whatever else the machine does weighs on both alike.
    const [health, estimate] = await Promise.all([
      load(base, { path: "/health", connections, duration: seconds }),
      load(base, { path: "/v1/estimate", body: estimateBody, connections, duration: seconds }),
    ]);
    rows.push(row("GET /health (at the same time as the estimates)", health), row("POST /v1/estimate (README example)", estimate));

    // For reference, no budget: a 1,000-point sweep computed every time (each body new, so a new cache key) ...
    // A set number of requests, not a duration: a sweep cut off mid-answer makes workerd log "Network connection lost".
    let salt = 0;
    const salted = () => JSON.stringify({ ...sweepBody, base: { ...sweepBody.base, assumptions: { networkRoundTripMs: ++salt } } });
    const computed = await autocannon({
      url: `${base}/v1/sweep`,
      connections: sweepConnections,
      amount: sweepRequests,
      requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (req) => ({ ...req, body: salted() }) }],
    });
    rows.push(row("POST /v1/sweep, 1,000 points, compact, each new (computed)", computed));
    // ... and one repeated, so the edge cache answers it.
    const cached = await load(base, { path: "/v1/sweep", body: sweepBody, connections, amount: sweepRequests * 5 });
    rows.push(row("POST /v1/sweep, 1,000 points, compact, repeated (edge cache)", cached));
    return { rows, health, estimate };
  } finally {
    await stop(child);
    process.removeListener("SIGINT", interrupted);
    rmSync(state, { recursive: true, force: true });
    log(`stopped wrangler dev (pid ${child.pid})`);
  }
}
