// The worker's bindings and per-request variables, shared by the app and every route.
import type { RequestIdVariables } from "hono/request-id";

export type Bindings = {
  /** The built static assets (wrangler.toml [assets]): the widget bundle and the demo page. */
  ASSETS?: Fetcher;
  /** The deployed version (wrangler.toml [version_metadata]); part of the edge-cache key. */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
};

export type AppEnv = { Bindings: Bindings; Variables: RequestIdVariables };
