/**
 * CPU time per process group over a benchmark phase, from /proc (Linux): where the two cores went.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

export type Grouping = (pid: number, command: string) => string;

interface Snapshot {
  at: number;
  ticks: Map<number, { group: string; ticks: number }>;
  machine: number[];
}

function snapshot(group: Grouping): Snapshot {
  const ticks = new Map<number, { group: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(entry), { group: group(Number(entry), command), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  const machine = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return { at: performance.now(), ticks, machine };
}

export interface CpuUse {
  /** Percent of one CPU per group, largest first. */
  groups: [string, number][];
  /** Percent of all CPUs left idle, and taken by the hypervisor (steal). */
  idle: number;
  steal: number;
}

/** Starts measuring; call the result to get the use since then. */
export function measureCpu(group: Grouping): () => CpuUse {
  const before = snapshot(group);
  return () => {
    const after = snapshot(group);
    const seconds = (after.at - before.at) / 1000;
    const sums = new Map<string, number>();
    for (const [pid, { group: name, ticks }] of after.ticks) {
      const used = ticks - (before.ticks.get(pid)?.ticks ?? 0);
      if (used > 0) sums.set(name, (sums.get(name) ?? 0) + used);
    }
    const groups = [...sums].map(([name, ticks]) => [name, (ticks / TICKS / seconds) * 100] as [string, number]).sort((a, b) => b[1] - a[1]);
    const delta = after.machine.map((v, i) => v - (before.machine[i] ?? 0));
    const total = delta.slice(0, 8).reduce((a, b) => a + b, 0) || 1;
    return { groups, idle: ((delta[3] + delta[4]) / total) * 100, steal: (delta[7] / total) * 100 };
  };
}

export function formatCpu(use: CpuUse): string {
  const shown = use.groups.filter(([, percent]) => percent >= 1).map(([name, percent]) => `${name} ${percent.toFixed(0)} %`);
  return `${shown.join(', ')}; machine idle ${use.idle.toFixed(0)} %, steal ${use.steal.toFixed(0)} %`;
}
