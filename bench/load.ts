import autocannon from 'autocannon';

export type LoadResult = {
  accepted: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
};

let serial = 0;

/**
 * Signs as fast as `connections` clients can, for `seconds`, each request a new signer (a new
 * email) so every one is a real insert; "accepted" counts the 2xx answers. `perSecond`: no more
 * than that many a second in all (a steady trickle beside a read load).
 */
export async function signLoad(origin: string, slug: string, connections: number, seconds: number, { perSecond }: { perSecond?: number } = {}): Promise<LoadResult> {
  const run = `${process.pid}-${Date.now()}`;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
    ...(perSecond ? { overallRate: perSecond } : {}),
    requests: [
      {
        method: 'POST',
        path: `/api/letters/${slug}/signatures`,
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          const n = ++serial;
          const body = {
            name: `Bench Signer ${n}`,
            email: `bench-${run}-${n}@example.org`,
            kind: 'individual',
            country: 'GB-WLS',
            area: 'W06000015',
            show_name: true,
            consent: true,
          };
          return { ...req, body: JSON.stringify(body) };
        },
      },
    ],
  });
  return figures(result);
}

/** GETs of `path` from `connections` clients as fast as they are answered, for `seconds`; "accepted" counts the 2xx. */
export async function readLoad(origin: string, path: string, connections: number, seconds: number): Promise<LoadResult> {
  return figures(await autocannon({ url: origin + path, connections, duration: seconds, timeout: 10 }));
}

function figures(result: autocannon.Result): LoadResult {
  return {
    accepted: result['2xx'],
    perSecond: result['2xx'] / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}
