// GET /docs: one self-contained page (no CDN, works offline) that reads /openapi.json and lets a person try each call.

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LLM inference calculator API</title>
<style>
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --bg2: #f6f8fa; --get: #0969da; --post: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg2: #151b23; --get: #4493f8; --post: #3fb950; } }
body { font: 15px/1.55 system-ui, sans-serif; color: var(--fg); max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
code, pre, textarea, input { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: var(--bg2); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow: auto; max-height: 28rem; }
nav a { margin-right: 1rem; }
section.op { border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem 1rem; margin: 1rem 0; }
.method { display: inline-block; min-width: 3.5rem; font-weight: 700; }
.GET { color: var(--get); } .POST { color: var(--post); }
.muted { color: var(--muted); }
textarea { width: 100%; box-sizing: border-box; min-height: 10rem; }
button { font: inherit; padding: .3rem 1rem; cursor: pointer; }
label { display: block; margin: .5rem 0; }
</style>
</head>
<body>
<header>
<h1>LLM inference calculator API</h1>
<nav><a href="/openapi.json">OpenAPI 3.1 document</a><a href="/">Widget demo</a><a href="/health">Health</a><a href="#schemas">Schemas</a></nav>
<p id="intro" class="muted">Loading the API description from /openapi.json&hellip;</p>
<noscript><p>This page needs JavaScript to list and try the operations. The description itself is at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
</header>
<h2>Errors</h2>
<p>Every bad input answers a 4xx status with one body shape; <code>path</code> names the offending field (empty for the whole request):</p>
<pre>{ "error": { "code": "invalid_input", "message": "inputTokens: must be at least 1, got 0", "path": "inputTokens" } }</pre>
<p>400: <code>invalid_json</code>, <code>invalid_input</code>, <code>unknown_model</code>, <code>unknown_hardware</code>, <code>invalid_hf_config</code> &middot;
404: <code>not_found</code>, or an unknown id in the URL &middot; 405: <code>method_not_allowed</code> &middot;
413: <code>payload_too_large</code> (over 1 MB), <code>sweep_too_large</code> &middot; 415: <code>unsupported_media_type</code>.
A 5xx is a bug: it carries a <code>requestId</code> to quote.</p>
<main id="ops"></main>
<h2 id="schemas">Schemas</h2>
<div id="schema-list"></div>
<script type="module">
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
};
const pretty = (value) => JSON.stringify(value, null, 2);
const SHOWN_HEADERS = ["content-type", "cache-control", "etag", "x-cache", "x-request-id", "allow"];

async function send(method, url, body, out) {
  out.textContent = "...";
  const started = performance.now();
  try {
    const init = { method, headers: {} };
    if (body !== undefined) { init.headers["content-type"] = "application/json"; init.body = body; }
    const res = await fetch(url, init);
    const ms = Math.round(performance.now() - started);
    const text = await res.text();
    const headers = SHOWN_HEADERS.filter((h) => res.headers.has(h)).map((h) => h + ": " + res.headers.get(h)).join("\\n");
    let shown = text;
    try { shown = pretty(JSON.parse(text)); } catch {}
    if (shown.length > 200000) shown = shown.slice(0, 200000) + "\\n... (" + text.length + " bytes in all)";
    out.textContent = res.status + " " + res.statusText + " (" + ms + " ms)\\n" + headers + "\\n\\n" + shown;
  } catch (e) {
    out.textContent = "request failed: " + e;
  }
}

function operation(path, method, op) {
  const out = el("pre", { className: "muted", textContent: "Response appears here." });
  const params = (op.parameters ?? []).filter((p) => p.in === "path");
  const inputs = params.map((p) => el("input", { name: p.name, value: p.name === "id" ? (path.includes("model") ? "llama-3.1-8b" : "h100-sxm") : "", size: 30 }));
  const media = op.requestBody?.content?.["application/json"];
  const textarea = media ? el("textarea", { value: pretty(media.example ?? {}), spellcheck: false, ariaLabel: "request body for " + method + " " + path }) : undefined;
  const url = () => params.reduce((u, p, i) => u.replace("{" + p.name + "}", encodeURIComponent(inputs[i].value)), path);
  const button = el("button", { type: "button", textContent: "Send " + method.toUpperCase() }, );
  button.addEventListener("click", () => send(method.toUpperCase(), url(), textarea?.value, out));
  const ref = media?.schema?.$ref?.split("/").pop();
  return el("section", { className: "op", id: (method + path).replace(/[^a-z0-9]+/gi, "-") },
    el("h3", {}, el("span", { className: "method " + method.toUpperCase(), textContent: method.toUpperCase() }), el("code", { textContent: path })),
    el("p", { textContent: op.summary ?? "" }),
    op.description ? el("p", { className: "muted", textContent: plain(op.description) }) : undefined,
    ...params.map((p, i) => el("label", { textContent: p.name + " " }, inputs[i])),
    ref ? el("p", {}, "Body: ", el("a", { href: "#schema-" + ref, textContent: ref })) : undefined,
    textarea,
    el("p", {}, button),
    out,
  );
}

const doc = await (await fetch("/openapi.json")).json();
// The descriptions are CommonMark; shown as plain text, the code spans lose their backticks.
const plain = (text) => (text ?? "").replace(/\x60/g, "");
document.getElementById("intro").textContent = plain(doc.info.description) + " Version " + doc.info.version + ".";
const ops = document.getElementById("ops");
for (const [path, item] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(item)) ops.append(operation(path, method, op));
}
const schemas = document.getElementById("schema-list");
for (const [name, schema] of Object.entries(doc.components.schemas)) {
  schemas.append(el("details", { id: "schema-" + name }, el("summary", {}, el("code", { textContent: name })), el("pre", { textContent: pretty(schema) })));
}
</script>
</body>
</html>
`;
