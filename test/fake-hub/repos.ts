// The fake Hub's repositories that misbehave, one way each (test/fake-hub/hub.ts answers them; the worker's and the
// widget's tests name them). Apart from the server so tests running inside workerd, or in a browser, can import the
// names without Node's modules.
export const FAKE_REPOS = {
  slow: "fake-hub/slow-model",
  huge: "fake-hub/huge-config",
  hugeDeclared: "fake-hub/huge-declared-config",
  notJson: "fake-hub/not-json",
  broken: "fake-hub/broken-config",
  noConfig: "fake-hub/gguf-only",
  renamed: "fake-hub/renamed-qwen3-8b",
  offHost: "fake-hub/redirects-off-hub",
  down: "fake-hub/server-error",
  infoDown: "fake-hub/model-api-down",
  changing: "fake-hub/changing-config",
  /** Gated, and its 401 does not expose X-Error-Code to a browser (as a proxy might strip the CORS header). */
  hiddenCode: "fake-hub/gated-code-not-exposed",
  /** Redirects to the same files on another origin of the same server (localhost instead of 127.0.0.1). */
  mirrored: "fake-hub/redirects-to-mirror",
} as const;

/** A search of the fake Hub's model API (`GET /api/models?search=...`) that answers only after a while. */
export const SLOW_SEARCH = "slowsearch";
