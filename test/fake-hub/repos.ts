// The fake Hub's repositories that misbehave, one way each (test/fake-hub/hub.ts answers them; the worker's tests
// name them). Apart from the server so tests running inside workerd can import the names without Node's modules.
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
} as const;
