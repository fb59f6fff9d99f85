// The Chromium that the widget tests, the package test and the screenshot script drive, found in this order:
// CHROME_PATH; an installed Chrome or Chromium; the headless Chromium inside the @sparticuz/chromium devDependency
// (Linux x64), extracted once into node_modules/.cache. Node reads it (puppeteer-core's launch options), no browser.
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

export const NO_BROWSER =
  "No Chrome or Chromium for the browser tests: set CHROME_PATH to one, install one (e.g. apt-get install chromium), " +
  "or run `npm install` for the @sparticuz/chromium devDependency (Linux x64).";

/** Executable names looked up on PATH, then the usual install locations. */
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
const LOCATIONS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Root needs --no-sandbox; the rest keeps Chromium off the network and quiet. */
const SYSTEM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Flags of @sparticuz/chromium's (made for crawling in Lambda) that would lift the page's same-origin and mixed-content rules. */
const UNSAFE_ARGS = new Set(["--disable-web-security", "--allow-running-insecure-content"]);

const CACHE = fileURLToPath(new URL("../node_modules/.cache/llm-inference-calc", import.meta.url));

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    // An empty file is a browser hidden for a test (a bind mount), not a browser.
    return statSync(path).isFile() && statSync(path).size > 0;
  } catch {
    return false;
  }
}

/** The first installed Chrome or Chromium, or undefined. */
export function findInstalled(env = process.env) {
  const onPath = (env.PATH ?? "").split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [...onPath, ...LOCATIONS].find(isExecutable);
}

/** Extracts the packaged Chromium (about 2 s, 200 MB) once per version; later calls reuse it. */
async function packagedChromium() {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  let chromium;
  try {
    chromium = (await import("@sparticuz/chromium")).default;
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("@sparticuz/chromium")), "utf8"));
  const dir = join(CACHE, `chromium-${version}`);
  if (!existsSync(join(dir, "chromium"))) {
    // It extracts into os.tmpdir(): point that at a private folder, then move the whole folder into place in one rename,
    // so a run that stops half-way, or a second one at the same time, never leaves a half-written browser behind.
    mkdirSync(CACHE, { recursive: true });
    const staging = mkdtempSync(join(CACHE, ".extracting-"));
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      await chromium.executablePath();
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    try {
      renameSync(staging, dir);
    } catch (e) {
      if (!existsSync(join(dir, "chromium"))) throw e;
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return {
    executablePath: join(dir, "chromium"),
    // chrome-headless-shell: puppeteer-core's `headless: "shell"` passes plain --headless.
    headless: "shell",
    args: [...chromium.args.filter((a) => !UNSAFE_ARGS.has(a)), ...SYSTEM_ARGS.slice(2)],
    source: `@sparticuz/chromium ${version}`,
  };
}

/**
 * Launch options for puppeteer-core (`executablePath`, `headless`, `args`) and where the browser came from (`source`).
 * Throws an Error whose message is NO_BROWSER when there is none.
 */
export async function resolveBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    if (!isExecutable(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} is not an executable file. ${NO_BROWSER}`);
    return { executablePath: env.CHROME_PATH, headless: true, args: SYSTEM_ARGS, source: "CHROME_PATH" };
  }
  const installed = findInstalled(env);
  if (installed) return { executablePath: installed, headless: true, args: SYSTEM_ARGS, source: "installed" };
  const packaged = await packagedChromium();
  if (packaged) return packaged;
  throw new Error(NO_BROWSER);
}

/** For scripts and configs: the browser, or exit with the one line saying how to get one (no stack trace). */
export async function resolveBrowserOrExit() {
  try {
    return await resolveBrowser();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

// `node scripts/browser.mjs` says which browser the tests would use.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const b = await resolveBrowser();
    console.log(`${b.executablePath} (${b.source})`);
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}
