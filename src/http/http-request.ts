// One HTTP exchange (no redirects, no retries) with node:http/https, connected to an address the caller
// has already checked: the pinned `lookup` stops a second DNS answer (rebinding) from changing the target.
// Enforces connect / headers / body timeouts and a streaming body-size cap (counted after decompression,
// so a small gzip bomb cannot blow past it).
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import { PermanentError, TransientError } from '../errors.ts';
import { abortError } from './sleep.ts';

export interface HopRequest {
  url: URL;
  method: 'GET' | 'POST' | 'HEAD';
  headers: Record<string, string>;
  body?: string;
  /** The checked IP to connect to. */
  address: string;
  family: 4 | 6;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxBodyBytes: number;
  /** Past maxBodyBytes: stop reading and return what arrived (robots.txt) instead of failing. */
  truncateAtMax?: boolean;
  signal?: AbortSignal;
  /** Called once when the request has been handed to the OS (or has failed before that). */
  onSent?: () => void;
}

export interface HopResponse {
  status: number;
  headers: Record<string, string>;
  /** Body after content decoding (gzip/deflate/br). */
  body: Buffer;
  /** Bytes received on the wire for the body. */
  wireBytes: number;
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function decompressor(encoding: string | undefined, firstByte: number | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      // "deflate" should be zlib-wrapped (first byte 0x?8) but some servers send raw deflate.
      return firstByte !== undefined && (firstByte & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

export function requestOnce(req: HopRequest): Promise<HopResponse> {
  const { url } = req;
  const where = `${req.method} ${url.href}`;
  return new Promise<HopResponse>((resolve, reject) => {
    if (req.signal?.aborted) {
      req.onSent?.();
      return reject(abortError(req.signal));
    }
    const timers = new Set<NodeJS.Timeout>();
    let settled = false;
    let clientRequest: http.ClientRequest | undefined;
    let sentCalled = false;
    const markSent = () => {
      if (sentCalled) return;
      sentCalled = true;
      req.onSent?.();
    };
    const finish = (err: Error | null, value?: HopResponse) => {
      if (settled) return;
      settled = true;
      markSent();
      for (const t of timers) clearTimeout(t);
      req.signal?.removeEventListener('abort', onAbort);
      if (err) {
        clientRequest?.destroy();
        reject(err);
      } else resolve(value!);
    };
    const timer = (ms: number, message: string) => {
      const t = setTimeout(() => finish(new TransientError(`${message} after ${ms} ms: ${where}`)), ms);
      timers.add(t);
      return t;
    };
    const onAbort = () => finish(abortError(req.signal!));
    req.signal?.addEventListener('abort', onAbort, { once: true });

    const pinned: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [{ address: req.address, family: req.family }]);
      else callback(null, req.address, req.family);
    };
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const options: https.RequestOptions = {
      method: req.method,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers,
      lookup: pinned,
      agent: false,
    };

    const connectTimer = timer(req.connectTimeoutMs, 'connect timed out');
    const headersTimer = timer(req.headersTimeoutMs, 'no response headers');
    clientRequest = (secure ? https : http).request(options);
    clientRequest.on('socket', (socket) => {
      socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    clientRequest.on('finish', markSent);
    clientRequest.on('error', (err) => finish(new TransientError(`network error: ${err.message}: ${where}`, { cause: err })));
    clientRequest.on('response', (res) => {
      clearTimeout(headersTimer);
      clearTimeout(connectTimer);
      const status = res.statusCode ?? 0;
      const resHeaders = flattenHeaders(res.headers);
      // Redirect and 304 bodies are never used: close instead of reading them.
      if ((status >= 300 && status < 400) || req.method === 'HEAD') {
        finish(null, { status, headers: resHeaders, body: Buffer.alloc(0), wireBytes: 0 });
        clientRequest?.destroy();
        return;
      }
      const declared = Number(resHeaders['content-length']);
      if (!resHeaders['content-encoding'] && Number.isFinite(declared) && declared > req.maxBodyBytes && !req.truncateAtMax) {
        return finish(new PermanentError(`body of ${declared} bytes exceeds the ${req.maxBodyBytes}-byte limit: ${where}`));
      }
      timer(req.bodyTimeoutMs, 'body not complete');

      const chunks: Buffer[] = [];
      let size = 0;
      let wireBytes = 0;
      let decoder: Transform | null | undefined; // undefined until the first chunk decides
      const done = () => finish(null, { status, headers: resHeaders, body: Buffer.concat(chunks), wireBytes });
      const collect = (chunk: Buffer) => {
        if (settled) return;
        const room = req.maxBodyBytes - size;
        if (chunk.length > room) {
          if (req.truncateAtMax) {
            chunks.push(chunk.subarray(0, room));
            size += room;
            return done();
          }
          return finish(new PermanentError(`body exceeds the ${req.maxBodyBytes}-byte limit: ${where}`));
        }
        chunks.push(chunk);
        size += chunk.length;
      };
      res.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
        if (decoder === undefined) {
          decoder = decompressor(resHeaders['content-encoding'], chunk[0]);
          if (decoder) {
            decoder.on('data', collect);
            decoder.on('end', done);
            decoder.on('error', (err) =>
              finish(new PermanentError(`could not decode ${resHeaders['content-encoding']} body: ${err.message}: ${where}`)),
            );
          }
        }
        if (decoder) decoder.write(chunk);
        else collect(chunk);
      });
      res.on('end', () => {
        if (!res.complete) return; // 'close' reports the truncation
        if (Number.isFinite(declared) && wireBytes < declared) {
          return finish(new TransientError(`body truncated (${wireBytes} of ${declared} bytes): ${where}`));
        }
        if (decoder) decoder.end(); // its 'end' resolves
        else done();
      });
      res.on('error', (err) => finish(new TransientError(`body interrupted: ${err.message}: ${where}`, { cause: err })));
      res.on('close', () => {
        if (!res.complete) finish(new TransientError(`body truncated (connection closed after ${wireBytes} bytes): ${where}`));
      });
    });
    clientRequest.end(req.body);
  });
}
