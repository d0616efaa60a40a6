// Reads another process's memory and CPU from /proc (Linux), for benchmarks that run the worker as a child.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcMemory {
  /** Resident set now (VmRSS) and its high-water mark (VmHWM), in MB. */
  rssMb: number;
  hwmMb: number;
}

export function procMemory(pid: number): ProcMemory | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null; // the process has gone
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

let ticksPerSecond: number | undefined;

/** User + system CPU the process has used so far, in ms (the same count process.cpuUsage() gives inside it). */
export function procCpuMs(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticksPerSecond;
}
