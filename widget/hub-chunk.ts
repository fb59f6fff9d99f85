// The hub chunk (./hub/index.js: the Hugging Face Hub model field with its search, and the reading of Hub models),
// loaded by the panels chunk the first time a person picks the Hub entry or a request names a Hub model: a page that
// never does downloads none of it. A failed download is tried again when the person asks.
type Hub = typeof import("./hub/index.js");

let hub: Hub | undefined;
let loading: Promise<Hub> | undefined;
let failure = "";

/** The chunk once loaded; undefined while it is not; why it could not be loaded, as a sentence. */
export const hubChunk = (): Hub | string | undefined => hub ?? (failure || undefined);

/** Load the chunk (once; again after a failure). */
export function loadHub(): Promise<Hub> {
  failure = "";
  return (loading ??= import("./hub/index.js").then(
    (h) => (hub = h),
    (e: Error) => {
      loading = undefined;
      failure = `The Hugging Face Hub search could not be loaded: ${e.message}`;
      throw e;
    },
  ));
}
