import fs from 'node:fs';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export type Timing = { medianMs: number; minMs: number; maxMs: number; runs: number };

/** Time to the last byte of a GET, one untimed warm-up then `runs` timed ones; fails on a non-2xx. */
export async function timeGet(url: string, runs: number, check?: (body: string) => void): Promise<Timing> {
  const once = async () => {
    const start = performance.now();
    const res = await fetch(url);
    const body = await res.text();
    const ms = performance.now() - start;
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`);
    check?.(body);
    return ms;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs };
}

/** A line of /proc/<pid>/status in MiB, e.g. VmRSS or VmHWM. */
function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

export type Download = {
  seconds: number;
  bytes: number;
  lines: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  peakFrom: string;
};

/**
 * Downloads `url` to nowhere, counting bytes and line ends, while watching the server's memory:
 * its high-water mark is reset first (clear_refs 5), and VmRSS is sampled every 50 ms as well,
 * in case the kernel does not allow the reset.
 */
export async function downloadWatchingMemory(url: string, pid: number): Promise<Download> {
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
  let bytes = 0;
  let lines = 0;
  try {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`GET ${url} answered ${res.status}`);
    for await (const chunk of res.body) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - start) / 1000;
  sampled = Math.max(sampled, statusMiB(pid, 'VmRSS'));
  const hwm = hwmReset ? statusMiB(pid, 'VmHWM') : Number.NaN;
  const fromHwm = hwmReset && hwm >= sampled;
  return {
    seconds,
    bytes,
    lines,
    baselineRssMiB,
    peakRssMiB: fromHwm ? hwm : sampled,
    peakFrom: fromHwm ? 'VmHWM after clear_refs' : 'VmRSS sampled every 50 ms',
  };
}
