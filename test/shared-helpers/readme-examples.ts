// The README's API examples: each curl command of the API section with the status its comment gives.
// (Read by the worker's README test, which runs them, and by the OpenAPI client test, which type-checks the bodies.)

export type Example = { line: string; status: number; method: string; path: string; headers: Record<string, string>; body?: string };

/** Words of a shell command: single quotes kept together, backslash-newline continuations joined. */
function words(command: string): string[] {
  return [...command.replace(/\\\n\s*/g, " ").matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

export function readmeExamples(readme: string): Example[] {
  const section = readme.slice(readme.indexOf("## API"), readme.indexOf("\n## ", readme.indexOf("## API") + 1));
  const block = section.match(/```sh\n([\s\S]*?)```/)![1]!;
  const out: Example[] = [];
  let status = 0;
  for (const command of block.split(/\n(?=curl |#|\n)/)) {
    const expected = command.match(/^#.*\((\d{3})\b/);
    if (expected) status = Number(expected[1]);
    if (!command.startsWith("curl ")) continue;
    const w = words(command);
    const example: Example = { line: command.split("\n")[0]!, status, method: "GET", path: "", headers: {} };
    for (let i = 1; i < w.length; i++) {
      if (w[i] === "-H") {
        const [name, ...value] = w[++i]!.split(":");
        example.headers[name!.toLowerCase()] = value.join(":").trim();
      } else if (w[i] === "-d") {
        example.body = w[++i];
        example.method = "POST";
      } else if (w[i] === "-X") example.method = w[++i]!;
      else if (w[i]!.startsWith("$BASE")) example.path = w[i]!.slice("$BASE".length) || "/";
    }
    out.push(example);
  }
  return out;
}

