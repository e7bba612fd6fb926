import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { browserAddress } from './address.js';
import { ConfigError, logFormatFrom } from './config.js';
import { requestLog } from './http/request-log.js';
import { createLogger } from './logger.js';
import type { LogFormat } from './config.js';

/** A logger writing into memory; `text()` is everything written so far. */
function captured(format: LogFormat, level = 'info') {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger(level, { format, destination, colour: false });
  return { logger, text: () => chunks.join('') };
}

describe('log format', () => {
  it('is pretty on a terminal, JSON in a pipe or in production, LOG_FORMAT decides when set', () => {
    expect(logFormatFrom({}, true)).toBe('pretty');
    expect(logFormatFrom({ NODE_ENV: 'development' }, true)).toBe('pretty');
    expect(logFormatFrom({}, false)).toBe('json');
    expect(logFormatFrom({ NODE_ENV: 'production' }, true)).toBe('json');
    expect(logFormatFrom({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(logFormatFrom({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(() => logFormatFrom({ LOG_FORMAT: 'xml' }, true)).toThrow(ConfigError);
  });

  it('writes readable lines in the pretty format and one JSON object per line otherwise', () => {
    const pretty = captured('pretty');
    pretty.logger.info('NZR Explorer läuft auf http://localhost:4000');
    expect(pretty.text()).toMatch(
      /^\[\d\d:\d\d:\d\d\] INFO: NZR Explorer läuft auf http:\/\/localhost:4000\n$/,
    );

    const json = captured('json');
    json.logger.info('NZR Explorer läuft auf http://localhost:4000');
    const line = JSON.parse(json.text()) as { msg: string; level: number };
    expect(line).toMatchObject({ msg: 'NZR Explorer läuft auf http://localhost:4000', level: 30 });
  });

  it('names localhost for a server that listens on every interface', () => {
    expect(browserAddress('http://0.0.0.0:4000')).toBe('http://localhost:4000');
    expect(browserAddress('http://[::]:4000')).toBe('http://localhost:4000');
    expect(browserAddress('http://127.0.0.1:4001')).toBe('http://127.0.0.1:4001');
    expect(browserAddress('http://nzr.example.org:80')).toBe('http://nzr.example.org:80');
  });
});

/** Serves /ok (200) and /fail (500) through the request log and calls each once. */
async function logRequests(options: Parameters<typeof requestLog>[1], format: LogFormat) {
  const { logger, text } = captured(format);
  const app = express();
  app.use(requestLog(logger, options));
  app.get('/ok', (_req, res) => void res.send('ok'));
  app.get('/fail', (_req, res) => void res.status(500).send('no'));
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  for (const path of ['/ok', '/fail'])
    await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
  // Closing waits for the connections, so every response has finished and been logged.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return text();
}

describe('request log', () => {
  it('logs every request as JSON for log collectors', async () => {
    const lines = (await logRequests({}, 'json')).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { path: string }).path)).toEqual([
      '/ok',
      '/fail',
    ]);
  });

  it('on a terminal, logs only failed and slow requests', async () => {
    const quiet = await logRequests({ quiet: true }, 'pretty');
    expect(quiet).not.toContain('/ok');
    expect(quiet).toMatch(/ERROR: request failed[\s\S]*path: "\/fail"/);
    // Every request counts as slow with a threshold of 0 ms.
    const slow = await logRequests({ quiet: true, slowMs: 0 }, 'pretty');
    expect(slow).toMatch(/WARN: slow request[\s\S]*path: "\/ok"/);
  });
});
