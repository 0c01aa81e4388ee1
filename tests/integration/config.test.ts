// The environment is validated at start: a wrong value stops the server with a message that
// names the variable; no keys means offline providers on the embedded database.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('configuration', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '127.0.0.1', PORT: 8787 });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.DATA_DIR).toMatch(/data$/);
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ OPENAI_API_KEY: '', DATABASE_URL: ' ' });
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['OPENAI_BASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['TOKEN_TTL_DAYS', '0'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  describe('GET /metrics beyond this machine', () => {
    it.each(['127.0.0.1', 'localhost', '::1', '127.0.0.2'])('lets HOST=%s run without METRICS_TOKEN (only this machine can reach it)', (host) => {
      expect(loadConfig({ HOST: host }).METRICS_TOKEN).toBeUndefined();
    });

    it.each(['0.0.0.0', '::', '192.168.1.20', 'videoengai.example'])('refuses HOST=%s without METRICS_TOKEN, saying why in one line', (host) => {
      for (const token of [undefined, '', '  ']) {
        const env = token === undefined ? { HOST: host } : { HOST: host, METRICS_TOKEN: token };
        expect(() => loadConfig(env)).toThrow(ConfigError);
        let message = '';
        try {
          loadConfig(env);
        } catch (error) {
          message = (error as Error).message;
        }
        const line = message.split('\n').find((l) => l.includes('METRICS_TOKEN'));
        expect(line).toMatch(/METRICS_TOKEN: .*HOST.*\/metrics/);
      }
      expect(loadConfig({ HOST: host, METRICS_TOKEN: 'a-long-random-scrape-token' }).HOST).toBe(host);
    });

    it('stops the server process listening on every address without METRICS_TOKEN', () => {
      // Node itself (not npx): should the server start after all, the timeout ends the server.
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, HOST: '0.0.0.0', PORT: '0', METRICS_TOKEN: '', DATABASE_URL: '', DATA_DIR: 'memory://' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/METRICS_TOKEN: .*HOST/);
    });
  });

  it('stops the server process with that message', () => {
    const run = spawnSync('npx', ['tsx', 'server/main.ts'], { env: { ...process.env, PORT: 'eighty', DATABASE_URL: '' }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT');
  });
});
