import fs from 'node:fs';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export type Timing = { medianMs: number; minMs: number; maxMs: number; runs: number };

/** One untimed warm-up of `once`, then `runs` timed ones. */
export async function timeRuns(runs: number, once: () => Promise<unknown>): Promise<Timing> {
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs };
}

/** Time to the last byte of a request, which must answer `status` (a GET with 200 unless told). */
export function timeRequest(url: string, runs: number, { init = {}, status = 200, check }: { init?: RequestInit; status?: number; check?: (body: string) => void } = {}): Promise<Timing> {
  return timeRuns(runs, async () => {
    const res = await fetch(url, init);
    const body = await res.text();
    if (res.status !== status) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}, expected ${status}: ${body.slice(0, 300)}`);
    check?.(body);
  });
}

/** Time to the last byte of a GET, one untimed warm-up then `runs` timed ones; fails on a non-200. */
export const timeGet = (url: string, runs: number, check?: (body: string) => void) => timeRequest(url, runs, { check });

/** A line of /proc/<pid>/status in MiB, e.g. VmRSS or VmHWM. */
function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

export type Memory = { baselineRssMiB: number; peakRssMiB: number; peakFrom: string };

/**
 * Runs `work` while watching the server's memory: its high-water mark is reset first
 * (clear_refs 5), and VmRSS is sampled every 50 ms as well, in case the kernel does not allow the reset.
 */
export async function watchingMemory<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; seconds: number; memory: Memory }> {
  const baselineRssMiB = statusMiB(pid, 'VmRSS');
  let hwmReset = true;
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    hwmReset = false;
  }
  let sampled = baselineRssMiB;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, statusMiB(pid, 'VmRSS'));
  }, 50);
  const start = performance.now();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - start) / 1000;
  sampled = Math.max(sampled, statusMiB(pid, 'VmRSS'));
  const hwm = hwmReset ? statusMiB(pid, 'VmHWM') : Number.NaN;
  const fromHwm = hwmReset && hwm >= sampled;
  return {
    result,
    seconds,
    memory: { baselineRssMiB, peakRssMiB: fromHwm ? hwm : sampled, peakFrom: fromHwm ? 'VmHWM after clear_refs' : 'VmRSS sampled every 50 ms' },
  };
}

export type Download = Memory & { seconds: number; bytes: number; lines: number };

/** Downloads `url` to nowhere, counting bytes and line ends, while watching the server's memory. */
export async function downloadWatchingMemory(url: string, pid: number): Promise<Download> {
  const { result, seconds, memory } = await watchingMemory(pid, async () => {
    let bytes = 0;
    let lines = 0;
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`GET ${url} answered ${res.status}`);
    for await (const chunk of res.body) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    return { bytes, lines };
  });
  return { seconds, ...result, ...memory };
}
