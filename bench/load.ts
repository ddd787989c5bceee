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
 * email) so every one is a real insert; "accepted" counts the 2xx answers.
 */
export async function signLoad(origin: string, slug: string, connections: number, seconds: number): Promise<LoadResult> {
  const run = `${process.pid}-${Date.now()}`;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
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
