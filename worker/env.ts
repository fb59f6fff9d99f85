// The worker's bindings and per-request variables, shared by the app and every route.
import type { RequestIdVariables } from "hono/request-id";

export type Bindings = {
  /** The built static assets (wrangler.toml [assets]): the widget bundle and the demo page. */
  ASSETS?: Fetcher;
  /** The deployed version (wrangler.toml [version_metadata]); part of the edge-cache key. */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
  /**
   * CPU milliseconds one request may use (wrangler.toml [vars], "10" for the Free plan). A var is a string; absent
   * under `app.request()` in tests, where the Free plan's 10 ms applies. Requests that would need more are refused
   * with a JSON error (worker/cpu-budget.ts).
   */
  CPU_BUDGET_MS?: string;
  /**
   * The Hugging Face Hub that `{ "hf": "owner/name" }` models are read from (wrangler.toml [vars]; absent: the public
   * Hub). Only this host is ever fetched (worker/hub.ts); the tests point it at a local fake Hub.
   */
  HUB?: string;
  /** Milliseconds one fetch from the Hub may take (absent: 5000). */
  HUB_TIMEOUT_MS?: string;
};

export type AppEnv = { Bindings: Bindings; Variables: RequestIdVariables & { /** Length of the JSON body read (worker/body.ts). */ bodyBytes?: number } };
