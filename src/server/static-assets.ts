// The dashboard and ops pages: static files from dashboards/web, no build step. Only plain file names are
// served (no directories, no dot files), so a request cannot climb out of that folder.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import { HttpError, send } from './http-kit.ts';

export const WEB_DIR = fileURLToPath(new URL('../../dashboards/web/', import.meta.url));

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

export const PAGES: Record<string, string> = { '/': 'index.html', '/ops': 'ops.html' };

export async function sendAsset(res: ServerResponse, file: string): Promise<void> {
  const m = /^[a-z0-9][a-z0-9-]*\.(html|js|css|svg)$/.exec(file);
  if (!m) throw new HttpError(404, 'not found');
  let body: Buffer;
  try {
    body = await readFile(`${WEB_DIR}${file}`);
  } catch {
    throw new HttpError(404, 'not found');
  }
  send(res, 200, TYPES[m[1]!]!, body, { 'Cache-Control': 'no-cache' });
}
