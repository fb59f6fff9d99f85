// The engine's config.json reader, out of the main bundle: in the widget's bundles, shared/scenario.ts imports this
// module in place of shared/hfconfig.ts (widget/build.mjs redirects that one import), and the reader itself (10 KB
// of config.json keys and families) comes with the panels chunk, after the first result. The element loads it before
// it computes a request that carries a config.json (see needsHfConfigReader); the engine then runs its own reader,
// unchanged. Run from the sources (the browser tests), scenario.ts imports the reader itself.
import { EngineError } from "../shared/errors.js";

type Reader = typeof import("./panels.js").architectureFromHfConfig;

let reader: Reader | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the reader once per page; resolves when it is in. */
export const loadHfConfigReader = (): Promise<unknown> =>
  (loading ??= import("./panels.js").then(
    (m) => (reader = m.architectureFromHfConfig),
    (e: unknown) => {
      // A failed download (offline) is tried again next time.
      loading = undefined;
      throw e;
    },
  ));

/** Whether computing `request` may read a config.json (anywhere in it) before the reader is in. */
export const needsHfConfigReader = (request: unknown): boolean => !reader && JSON.stringify(request ?? null).includes('"hfConfig"');

/** The engine's architectureFromHfConfig, once loaded. */
export function architectureFromHfConfig(raw: unknown, path = "model.hfConfig"): ReturnType<Reader> {
  // Only reached if a caller skipped needsHfConfigReader: say so (and fetch it) rather than compute without it.
  if (!reader) void loadHfConfigReader().catch(() => {});
  if (!reader) throw new EngineError("invalid_hf_config", "the config.json reader has not loaded yet; try again", path);
  return reader(raw, path);
}
