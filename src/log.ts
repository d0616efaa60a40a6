// One root logger; children per job. Scraped data goes under its own key; credentials are redacted.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name: 'skillpulse',
      level,
      redact: {
        paths: [
          'password',
          '*.password',
          'headers.authorization',
          'headers.cookie',
          '*.headers.authorization',
          '*.headers.cookie',
          'databaseUrl',
          'redisUrl',
        ],
        censor: '[redacted]',
      },
      serializers: { err: pino.stdSerializers.err },
    },
    // Logs go to stderr so that stdout stays clean for the CLI's JSON output.
    destination ?? pino.destination(2),
  );
}

/** Strip credentials from a connection URL before it is shown anywhere. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
