// What a process has used so far, from Linux's /proc: CPU time (user and system, ms), page faults and resident
// memory. The benchmark reads it before and after each measurement, for every process taking part (the
// contender, Neo4j, and itself as the load generator), so that a gap between contenders can be traced to one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Usage {
  userMs: number;
  systemMs: number;
  majorFaults: number;
  residentMb: number;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const PAGE_BYTES = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;

/** /proc/<pid>/stat, fields numbered as proc(5) numbers them (state is 3); undefined once the process is gone. */
export function usageOf(pid: number | undefined): Usage | undefined {
  if (pid === undefined) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields are counted from its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const field = (number: number) => Number(fields[number - 3]);
  return {
    userMs: (field(14) / TICKS_PER_SECOND) * 1000,
    systemMs: (field(15) / TICKS_PER_SECOND) * 1000,
    majorFaults: field(12),
    residentMb: (field(24) * PAGE_BYTES) / 2 ** 20,
  };
}

/** What `after` used since `before` (resident memory: as of `after`). */
export function usedBetween(before: Usage | undefined, after: Usage | undefined): Usage | undefined {
  if (!before || !after) return undefined;
  return { userMs: after.userMs - before.userMs, systemMs: after.systemMs - before.systemMs, majorFaults: after.majorFaults - before.majorFaults, residentMb: after.residentMb };
}

export function addUsage(total: Usage | undefined, more: Usage | undefined): Usage | undefined {
  if (!more) return total;
  if (!total) return more;
  return { userMs: total.userMs + more.userMs, systemMs: total.systemMs + more.systemMs, majorFaults: total.majorFaults + more.majorFaults, residentMb: Math.max(total.residentMb, more.residentMb) };
}
