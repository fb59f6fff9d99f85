// Types of scripts/browser.mjs, for the TypeScript tests that launch a browser.
export declare const NO_BROWSER: string;

/** puppeteer-core launch options for the browser found, and where it came from. */
export interface ResolvedBrowser {
  executablePath: string;
  headless: boolean | "shell";
  args: string[];
  /** "CHROME_PATH", "installed" or "@sparticuz/chromium <version>". */
  source: string;
}

export declare function findInstalled(env?: NodeJS.ProcessEnv): string | undefined;
export declare function resolveBrowser(env?: NodeJS.ProcessEnv): Promise<ResolvedBrowser>;
export declare function resolveBrowserOrExit(): Promise<ResolvedBrowser>;
