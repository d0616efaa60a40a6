// A forward proxy on loopback that every Chromium connection goes through. Route interception cannot
// see redirect hops, <link rel=preconnect> or a DNS answer that changes between check and connect; this
// can: it resolves each host itself, refuses addresses the guard does not allow, and connects to the
// exact address it checked. Chromium itself resolves nothing (see browser-pool.ts launch flags).
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { AddressPolicy } from './address-policy.ts';

/** Header on the proxy's own refusal responses, so the renderer can tell a refusal from the site's 403. */
export const REFUSED_HEADER = 'x-skillpulse-refused';

// Hop-by-hop headers (RFC 9110 §7.6.1) and the proxy's own; never forwarded.
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export class GuardProxy {
  private server: http.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  /** Hosts (host:port) refused recently, for explaining a failed HTTPS tunnel to the renderer. */
  private readonly refusals = new Map<string, string>();

  constructor(
    private readonly policy: AddressPolicy,
    private readonly logger?: Logger,
  ) {}

  /** `http://127.0.0.1:<port>`, once started. */
  async start(): Promise<string> {
    const server = http.createServer((req, res) => void this.forward(req, res));
    server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => void this.tunnel(req, socket, head));
    server.on('connection', (s: net.Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    server.on('clientError', (_err, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Why `hostPort` was refused, if it was. */
  refusalFor(hostPort: string): string | undefined {
    return this.refusals.get(hostPort);
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private noteRefusal(hostPort: string, reason: string): void {
    if (this.refusals.size > 1000) this.refusals.clear();
    this.refusals.set(hostPort, reason);
    this.logger?.warn({ target: hostPort, reason }, 'browser request refused by the address guard');
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
      if (url.protocol !== 'http:') throw new Error('not http');
    } catch {
      res.writeHead(400, { [REFUSED_HEADER]: 'bad-request' }).end();
      return;
    }
    const verdict = await this.policy.check(url.hostname);
    if (verdict.kind !== 'allowed') {
      if (verdict.kind === 'refused') this.noteRefusal(url.host, verdict.reason);
      res.writeHead(verdict.kind === 'refused' ? 403 : 502, { [REFUSED_HEADER]: verdict.kind, 'content-type': 'text/plain' });
      res.end(verdict.reason);
      return;
    }
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_HEADERS.has(k) && v !== undefined) headers[k] = v;
    const upstream = http.request({
      host: verdict.address,
      family: verdict.family,
      port: url.port || 80,
      method: req.method,
      path: url.pathname + url.search,
      headers,
    });
    upstream.on('response', (up) => {
      const out: http.OutgoingHttpHeaders = {};
      for (const [k, v] of Object.entries(up.headers)) if (!HOP_HEADERS.has(k) && v !== undefined) out[k] = v;
      res.writeHead(up.statusCode ?? 502, out);
      up.pipe(res);
      up.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('upstream connection failed');
      else res.destroy();
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  }

  private async tunnel(req: http.IncomingMessage, socket: net.Socket, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const target = req.url ?? '';
    let url: URL;
    try {
      url = new URL(`http://${target}`);
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const verdict = await this.policy.check(url.hostname);
    if (verdict.kind !== 'allowed') {
      if (verdict.kind === 'refused') this.noteRefusal(target, verdict.reason);
      socket.end(`HTTP/1.1 ${verdict.kind === 'refused' ? '403 Forbidden' : '502 Bad Gateway'}\r\n${REFUSED_HEADER}: ${verdict.kind}\r\n\r\n`);
      return;
    }
    const upstream = net.connect({ host: verdict.address, family: verdict.family, port: Number(url.port || 443) });
    upstream.on('connect', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => {
      if (socket.writable) socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      socket.destroy();
    });
    socket.on('close', () => upstream.destroy());
  }
}
