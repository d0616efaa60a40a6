// Local HTTP servers for the fetcher's integration tests: loopback only, each request recorded.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export interface Arrival {
  at: number;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  origin: string;
  arrivals: Arrival[];
  /** Requests other than /robots.txt. */
  hits(path?: string): Arrival[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export async function startServer(host: string, handler: Handler): Promise<TestServer> {
  const arrivals: Arrival[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    arrivals.push({ at: performance.timeOrigin + performance.now(), method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    arrivals,
    hits: (path) => arrivals.filter((a) => a.path !== '/robots.txt' && (path === undefined || a.path === path)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function randomPrefix(name: string): string {
  return `test:${name}:${randomBytes(6).toString('hex')}`;
}

export function connectRedis(): Redis {
  return new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
}

/** Delete every key under the prefix. */
export async function cleanRedis(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
