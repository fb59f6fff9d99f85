// CPU time of a workerd process, from Linux's per-thread scheduler statistics (/proc/PID/task/*/schedstat, in ns).
// On a busy 2-core machine wall time mostly measures the queue for a core; CPU time does not.
import { readdirSync, readFileSync } from "node:fs";

const field = (pid, i) => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces and parentheses: the fields after it start past the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[i];
};

/** The workerd processes this Node process started (Miniflare's runtime), by PID. */
export function workerdChildren() {
  const found = new Set();
  let entries = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return found; // not Linux
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (Number(field(pid, 1)) === process.pid && readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd") found.add(pid);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * Clocks of the process's CPU time in ms: `all`, summed over its threads (the runtime's I/O, V8's background compiler
 * and garbage-collector threads, the worker), and `js`, its main thread's, where workerd runs the worker's JavaScript
 * (and its own HTTP handling). Undefined where /proc cannot tell.
 */
export function cpuClock(pid) {
  if (!pid) return undefined;
  const ms = (task) => Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  const read = () => {
    let all = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        all += ms(task);
      } catch {
        // a thread that ended meanwhile
      }
    }
    return { all, js: ms(pid) };
  };
  try {
    read();
    return read;
  } catch {
    return undefined;
  }
}
