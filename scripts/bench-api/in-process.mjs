// The API in process: the deployable bundle run by Miniflare (workerd, with wrangler.toml's bindings and assets), one
// request at a time. Each request is measured three ways, from dispatch to the last byte of the answer:
// - JS: the CPU time of workerd's main thread, which runs the worker's JavaScript (and the runtime's HTTP handling and
//   routing): the closest this machine gets to the CPU time the Free plan's 10 ms limits. GET /health shows the floor.
// - CPU: the whole workerd process's, all its threads (V8's background compiler and garbage collector, the asset
//   server, I/O besides): an upper bound. Unlike wall time, neither grows while the request waits for a busy core.
// - wall: dispatchFetch to the last byte, which on an idle machine also bounds the CPU time from above.
import { dirname } from "node:path";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { cpuClock, workerdChildren } from "./workerd-cpu.mjs";

// A workers.dev host, where the Free plan's deployments live (`wrangler deploy` without a custom domain): there Cloudflare
// ignores the Cache API, and the worker does not use it (worker/edge-cache.ts), so every request is computed. (On a
// custom domain a miss also stores the answer; Miniflare's stand-in for the store is JavaScript on this same thread,
// Cloudflare's is not.)
const ORIGIN = "https://llm-inference-calc.bench.workers.dev";

/** Nearest-rank percentile of sorted samples. */
export const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** Miniflare options from wrangler.toml (bindings, vars, assets, compatibility), running the built bundle instead of the source. */
export function miniflareOptions(scriptPath) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions("wrangler.toml");
  // No edge cache (as on workers.dev): every sweep, compare and recommend is computed.
  // Module names are paths relative to modulesRoot, which must hold the script.
  return { ...workerOptions, modules: true, scriptPath, modulesRoot: dirname(scriptPath), modulesRules: undefined, cache: false };
}

async function send(mf, cpu, { path, body }) {
  const init = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const cpuBefore = cpu?.();
  const started = performance.now();
  const response = await mf.dispatchFetch(ORIGIN + path, init);
  const text = await response.text();
  const cpuAfter = cpu?.();
  const wallMs = performance.now() - started;
  return { wallMs, cpuMs: cpuAfter ? cpuAfter.all - cpuBefore.all : Number.NaN, jsMs: cpuAfter ? cpuAfter.js - cpuBefore.js : Number.NaN, status: response.status, text };
}

/**
 * A fresh Miniflare (a new workerd, so a new isolate), the CPU clock of its workerd process, and the JavaScript thread's
 * CPU time when it is ready: the worker's startup (its global scope, the warm-up included) and Miniflare's own workers'.
 */
async function start(options) {
  const before = workerdChildren();
  const mf = new Miniflare(options);
  await mf.ready;
  const pid = [...workerdChildren()].find((p) => !before.has(p));
  const cpu = cpuClock(pid);
  return { mf, cpu, startupMs: cpu?.().js };
}

const HEALTH = { path: "/health" };

/**
 * Times `cases`: each first in a fresh isolate that has answered only GET /health (so "first" is what the endpoint's own
 * lazy initialisation and cold code cost, not the runtime's start-up), then warm, for up to `seconds` or `samples`
 * requests (at least `minSamples`).
 */
export async function runInProcess(scriptPath, cases, { samples = 200, minSamples = 20, seconds = 5, log = () => {} } = {}) {
  const options = miniflareOptions(scriptPath);
  const rows = [];
  const startups = [];
  for (const c of cases) {
    const { mf, cpu, startupMs } = await start(options);
    if (startupMs !== undefined) startups.push(startupMs);
    try {
      await send(mf, cpu, HEALTH);
      const first = c.path === HEALTH.path ? undefined : await send(mf, cpu, c);
      // A case may expect a refusal (the full-form 1,000-point sweep is over the Free plan's budget, by design).
      const expected = c.status ?? 200;
      let bad = first && first.status !== expected ? 1 : 0;
      // A few unmeasured requests let V8 optimise the hot code, as it will have on a busy isolate.
      for (let i = 0; i < 5; i++) await send(mf, cpu, c);
      const runs = [];
      const until = performance.now() + seconds * 1000;
      while (runs.length < samples && (runs.length < minSamples || performance.now() < until)) {
        const run = await send(mf, cpu, c);
        runs.push(run);
        if (run.status !== expected) bad++;
      }
      const cpuMs = runs.map((r) => r.cpuMs).sort((a, b) => a - b);
      const jsMs = runs.map((r) => r.jsMs).sort((a, b) => a - b);
      const wallMs = runs.map((r) => r.wallMs).sort((a, b) => a - b);
      const last = runs[runs.length - 1];
      const row = {
        name: c.name,
        requests: runs.length,
        "JS first": first ? round(first.jsMs) : "-",
        "JS p50": round(percentile(jsMs, 0.5)),
        "JS p99": round(percentile(jsMs, 0.99)),
        "CPU first": first ? round(first.cpuMs) : "-",
        "CPU p50": round(percentile(cpuMs, 0.5)),
        "CPU p99": round(percentile(cpuMs, 0.99)),
        "wall p50": round(percentile(wallMs, 0.5)),
        "wall p99": round(percentile(wallMs, 0.99)),
        "answer KB": round(last.text.length / 1024, 1),
        status: last.status,
        ...(c.form ? { form: c.form(last.text) } : {}),
      };
      rows.push({ ...row, bad });
      log(`  ${c.name}: JS thread p50 ${row["JS p50"]} ms, p99 ${row["JS p99"]} ms; all threads p50 ${row["CPU p50"]} ms, p99 ${row["CPU p99"]} ms; wall p50 ${row["wall p50"]} ms (${row.requests} requests)`);
    } finally {
      await mf.dispose();
    }
  }
  return { rows, startupMs: startups.sort((a, b) => a - b) };
}

const round = (x, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : "n/a");
