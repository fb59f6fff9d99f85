// npm start: build, then run the worker locally with wrangler dev (workerd) on 127.0.0.1:8787, offline.
import { spawn, execFileSync } from "node:child_process";

const HOST = process.env.HOST ?? "127.0.0.1";
const PORT = process.env.PORT ?? "8787";

execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });

const env = {
  ...process.env,
  // No account, no network: wrangler must not phone home or fetch request.cf data.
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};
// Start wrangler itself (not through npx) so stopping this PID stops workerd too.
const child = spawn("node_modules/.bin/wrangler", ["dev", "--ip", HOST, "--port", PORT, "--show-interactive-dev-session=false"], {
  env,
  stdio: ["ignore", "pipe", "inherit"],
});

const base = `http://${HOST}:${PORT}`;
let announced = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready on/i.test(String(chunk))) {
    announced = true;
    console.log(`\nLLM inference calculator running at ${base}\n  demo: ${base}/\n  docs: ${base}/docs\n  API:  ${base}/v1/estimate  (health: ${base}/health)\n`);
  }
});
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
