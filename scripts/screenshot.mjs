// npm run screenshot: builds the widget, serves the demo page, and saves PNGs at 1280 and 375 px wide (headless Chromium,
// the one scripts/browser.mjs finds), the planning views, a setup that does not fit and the load view included. The server has no API, so large sweeps and the
// planner show the local fallback. The Hugging Face Hub shots read the local fake Hub (test/fake-hub): no network.
// Output: screenshots/*.png.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { launch } from "puppeteer-core";
import { tsImport } from "tsx/esm/api";
import { buildWidget, widgetBuildOptions } from "../widget/build.mjs";
import { resolveBrowserOrExit } from "./browser.mjs";

const browser = await resolveBrowserOrExit();
const OUT = "screenshots";

await buildWidget();
// The demo page at /, the widget's entry and chunks beside it (as the worker serves them).
const fileOf = (path) =>
  path === "/" ? ["widget/demo/index.html", "text/html; charset=utf-8"] : /^\/(chunks\/)?[\w-]+\.js$/.test(path) ? [`${widgetBuildOptions.outdir}${path}`, "text/javascript; charset=utf-8"] : null;
const server = createServer((req, res) => {
  const file = fileOf(new URL(req.url ?? "/", "http://x").pathname);
  if (!file || !existsSync(file[0])) return res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"code":"not_found","message":"no API here","path":""}}');
  res.writeHead(200, { "content-type": file[1] }).end(readFileSync(file[0]));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const { startFakeHub } = await tsImport("../test/fake-hub/hub.ts", import.meta.url);
const hub = await startFakeHub();

/** The demo's calculator reading the fake Hub, its Hugging Face entry picked, the field focused; `typed` typed into it. */
async function typeHubModel(page, typed) {
  await page.evaluate((url) => {
    const el = document.querySelector("llm-inference-calc");
    el.hub = url;
    el.set("model", "hf");
  }, hub.url);
  const field = await page.waitForFunction(() => document.querySelector("llm-inference-calc").shadowRoot.querySelector("#hub-id"));
  await field.focus();
  await page.keyboard.type(typed, { delay: 30 });
}
const hubFinished = (page) => page.evaluate(() => document.querySelector("llm-inference-calc").updateComplete);
/** A model entered by its id: read, and its result shown. */
const hubModel = (id) => async (page) => {
  await typeHubModel(page, id);
  await page.keyboard.press("Enter");
  await hubFinished(page);
};
/** The list of models the Hub's search found, the second one active. */
const hubSearch = async (page) => {
  await typeHubModel(page, "qwen3");
  await page.waitForFunction(() => document.querySelector("llm-inference-calc").shadowRoot.querySelectorAll("[role=option]").length > 0);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
};

// A shared link's state: two pinned configurations and a batch-size sweep, to show every panel.
const state = {
  request: { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 2, precision: "fp8", inputTokens: 2000, outputTokens: 400, batchSize: 16 },
  pinned: [
    { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 2, precision: "fp8", inputTokens: 2000, outputTokens: 400, batchSize: 16 },
    { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: "fp16", inputTokens: 2000, outputTokens: 400, batchSize: 16 },
    { model: "gpt-4o", hardware: "h100-sxm", inputTokens: 2000, outputTokens: 400 },
  ],
  sweep: { field: "batchSize", points: 128 },
};
const shared = `${base}#${new URLSearchParams({ "llm-calc": JSON.stringify(state) })}`;
// A link with a planning view open: Llama 3.1 8B on an L4 in fp8, short chat turns.
const planLink = (plan) =>
  `${base}#${new URLSearchParams({ "llm-calc": JSON.stringify({ request: { model: "llama-3.1-8b", hardware: "l4", precision: "fp8", inputTokens: 150, outputTokens: 150 }, plan }) })}`;

// A setup that does not fit (Llama 3.1 70B in fp16 on one RTX 4090): why, the fixes, the capacity marked; and a
// request rate to serve (the load view: replicas and time to first token with queueing).
const requestLink = (request, pinned = []) => `${base}#${new URLSearchParams({ "llm-calc": JSON.stringify({ request, pinned }) })}`;
const on4090 = { hardware: "rtx-4090", inputTokens: 1000, outputTokens: 500 };
const tooBig = requestLink({ model: "llama-3.1-70b", precision: "fp16", ...on4090 }, [
  { model: "llama-3.1-8b", precision: "fp16", ...on4090 },
  { model: "llama-3.1-70b", precision: "fp16", ...on4090 },
  { model: "llama-3.1-70b", precision: "int4", deviceCount: 2, ...on4090 },
]);
const underLoad = requestLink({ model: "llama-3.1-8b", hardware: "l40s", precision: "fp8", inputTokens: 1000, outputTokens: 300, load: { requestsPerSecond: 12 } });

const shots = [
  ["incompatible-1280.png", tooBig, 1280, 1500],
  ["incompatible-375.png", tooBig, 375, 2900],
  ["load-1280.png", underLoad, 1280, 1300],
  ["load-375.png", underLoad, 375, 2400],
  ["demo-1280.png", base, 1280, 1300],
  ["demo-375.png", base, 375, 2500],
  ["shared-1280.png", shared, 1280, 2000],
  ["shared-375.png", shared, 375, 4000],
  ["shared-1280-dark.png", shared, 1280, 2000, "dark"],
  ["demo-320.png", base, 320, 2700],
  ["plan-find-1280.png", planLink("find"), 1280, 2700],
  ["plan-find-375.png", planLink("find"), 375, 7600],
  ["plan-scenarios-1280.png", planLink("scenarios"), 1280, 4200],
  ["plan-scenarios-375.png", planLink("scenarios"), 375, 9800],
  ["plan-breakeven-1280.png", planLink("breakeven"), 1280, 2600],
  ["plan-breakeven-375.png", planLink("breakeven"), 375, 5200],
  ["plan-breakeven-1280-dark.png", planLink("breakeven"), 1280, 2600, "dark"],
  ["hub-model-1280.png", base, 1280, 1300, "light", hubModel("Qwen/Qwen3-30B-A3B")],
  ["hub-model-375.png", base, 375, 2700, "light", hubModel("Qwen/Qwen3-30B-A3B")],
  ["hub-search-1280.png", base, 1280, 900, "light", hubSearch],
  ["hub-search-1280-dark.png", base, 1280, 900, "dark", hubSearch],
  ["hub-gated-1280.png", base, 1280, 900, "light", hubModel("meta-llama/Llama-3.1-8B")],
];
mkdirSync(OUT, { recursive: true });
// Through puppeteer-core rather than Chromium's --screenshot flag: the headless shell in @sparticuz/chromium has no
// command-line screenshot mode.
const chrome = await launch({ executablePath: browser.executablePath, headless: browser.headless, args: [...browser.args, "--hide-scrollbars"] });
try {
  // `npm run screenshot -- incompatible load` takes only the shots whose names start with those words.
  const only = process.argv.slice(2);
  for (const [name, url, width, height, scheme = "light", setUp] of shots.filter(([name]) => only.length === 0 || only.some((w) => name.startsWith(w)))) {
    const page = await chrome.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.goto(url, { waitUntil: "networkidle0" });
    await setUp?.(page);
    // Let the planning views finish computing in the page and the last render land.
    await sleep(1500);
    await page.screenshot({ path: `${OUT}/${name}` });
    await page.close();
    console.log(`saved ${OUT}/${name} (${width} px wide)`);
  }
} finally {
  await chrome.close();
  server.close();
  await hub.close();
}
