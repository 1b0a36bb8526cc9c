import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU seconds used so far by this process and its live descendants (the browser and its
 * renderers), read from /proc (Linux; `undefined` elsewhere), and by this process alone (the
 * test and the app it serves). On a shared machine the wall time of
 * a spec says little; its CPU time says what it costs, and about how long it takes on idle cores.
 */
export function cpuSeconds(): { total: number; self: number } | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const pid of entries) {
    try {
      // pid (comm) state ppid … utime(14) stime(15): fields after the command's closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { parent }] of stats) {
      if (!mine.has(pid) && mine.has(parent)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) ticks += stats.get(pid)?.ticks ?? 0;
  const self = process.cpuUsage();
  return { total: ticks / ticksPerSecond, self: (self.user + self.system) / 1e6 };
}
