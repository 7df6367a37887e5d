/**
 * The environment is read in one place (src/config/env.ts) and every variable is checked there: a bad value
 * is refused by name, with what was expected, what was found and how to fix it, in Chinese for staff and
 * English with --lang en, before a command touches anything. Library code never reads process.env.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, readConfig, type ConfigProblem } from '../../src/config/env.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { walk } from '../helpers/crawl.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO, runScript, treeDigest } from '../helpers/run.ts';

afterEach(() => vi.unstubAllEnvs());

const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** The problems of an environment (fails when there are none). */
function problems(env: Record<string, string>): ConfigProblem[] {
  const r = readConfig(env);
  expect(r.config, 'the environment should have been refused').toBeUndefined();
  return r.problems;
}

describe('the environment, checked', () => {
  it('has defaults for everything', () => {
    const r = readConfig({});
    expect(r.problems).toEqual([]);
    expect(r.config).toMatchObject({ basePath: '/', siteOrigin: 'http://localhost:4321', lang: 'zh', port: 4321, contentRoot: undefined, distDir: undefined });
  });

  it('reads a base path however it is written, and an address with or without its slash', () => {
    expect(readConfig({ BASE_PATH: ' jyj//ghgk ', SITE_URL: 'https://www.example.gov.cn/' }).config).toMatchObject({ basePath: '/jyj/ghgk/', siteOrigin: 'https://www.example.gov.cn' });
    expect(readConfig({ SITE_URL: 'http://127.0.0.1:8080' }).config?.siteOrigin).toBe('http://127.0.0.1:8080');
  });

  it('refuses a space in BASE_PATH', () => {
    const [p] = problems({ BASE_PATH: '/jyj/gh gk/' });
    expect(p!.variable).toBe('BASE_PATH');
    expect(p!.zh.message).toBe('BASE_PATH 应为网站所在的文件夹路径（如 /jyj/ghgk/），其中不能有空格，实际为 "/jyj/gh gk/"。');
    expect(p!.zh.fix).toContain('BASE_PATH=/jyj/ghgk/');
    expect(p!.en.message).toContain('without spaces; found "/jyj/gh gk/"');
  });

  it('refuses quotes in BASE_PATH', () => {
    for (const value of ['"/jyj/ghgk/"', "'/jyj/'", '/jyj/“ghgk”/']) {
      const [p] = problems({ BASE_PATH: value });
      expect(p!.zh.message, value).toContain('不能有引号');
    }
  });

  it('refuses .. in BASE_PATH (it ended in a TypeError half-way through the build)', () => {
    const [p] = problems({ BASE_PATH: '/../../etc/' });
    expect(p!.zh.message).toContain('不能含 . 或 .. 这样的段');
    expect(p!.en.message).toContain('without . or .. segments');
  });

  it('refuses markup and other characters no folder name needs in BASE_PATH', () => {
    for (const value of ['/jyj/<script>/', '/jyj?x=1/', '/jyj#a/', '/jyj\\ghgk/']) {
      const [p] = problems({ BASE_PATH: value });
      expect(p!.variable, value).toBe('BASE_PATH');
    }
  });

  it('refuses a SITE_URL that is not an absolute http(s) address', () => {
    for (const value of ['www.example.gov.cn', 'ftp://www.example.gov.cn', 'https://', '/jyj/ghgk/', 'https://user:pw@example.org']) {
      const [p] = problems({ SITE_URL: value });
      expect(p!.variable, value).toBe('SITE_URL');
      expect(p!.en.message).toContain('SITE_URL must be');
      expect(p!.zh.message).toContain('SITE_URL 应为以 http:// 或 https:// 开头的网站地址');
    }
  });

  it('refuses a SITE_URL that already holds the base path, and never suggests that form', () => {
    const [p] = problems({ BASE_PATH: '/jyj/ghgk/', SITE_URL: 'https://www.example.gov.cn/jyj/ghgk/' });
    expect(p!.zh).toEqual({
      message: 'SITE_URL 应只含协议和域名，实际为 "https://www.example.gov.cn/jyj/ghgk/"，其中已含网站所在的文件夹 /jyj/ghgk/；这样每个绝对地址都会把它重复一次。',
      fix: '请设 SITE_URL=https://www.example.gov.cn，文件夹由 BASE_PATH=/jyj/ghgk/ 给出。',
    });
    const all = [p!.zh.message, p!.zh.fix, p!.en.message, p!.en.fix].join('\n');
    expect(all).not.toMatch(/SITE_URL=https:\/\/www\.example\.gov\.cn\/jyj/);
  });

  it('refuses a path in SITE_URL without a base path, and says to put it in BASE_PATH', () => {
    const [p] = problems({ SITE_URL: 'https://www.example.gov.cn/jyj/ghgk' });
    expect(p!.en.fix).toBe('Set SITE_URL=https://www.example.gov.cn and give the folder the site lives in as BASE_PATH (e.g. BASE_PATH=/jyj/ghgk/).');
    expect(p!.zh.fix).not.toMatch(/SITE_URL=\S*\/jyj/);
  });

  it('refuses numbers, dates and languages that are not', () => {
    expect(problems({ PORT: 'many' })[0]!.zh.message).toBe('PORT 应为 1 到 65535 之间的端口号，实际为 "many"。');
    expect(problems({ PORT: '70000' })[0]!.variable).toBe('PORT');
    expect(problems({ VALIDATE_TODAY: '2024-13-45' })[0]!.variable).toBe('VALIDATE_TODAY');
    expect(problems({ CONTENT_LANG: 'fr' })[0]!.variable).toBe('CONTENT_LANG');
  });

  it('names every wrong variable at once', () => {
    expect(problems({ BASE_PATH: '/a b/', SITE_URL: 'example.org', PORT: 'x' }).map((p) => p.variable)).toEqual(['BASE_PATH', 'SITE_URL', 'PORT']);
  });

  it('stops URL building with the refusal, not with a wrong link', () => {
    vi.stubEnv('BASE_PATH', '/a b/');
    expect(() => urls.home()).toThrow(ConfigError);
    vi.stubEnv('BASE_PATH', '/jyj/');
    expect(urls.home()).toBe('/jyj/');
  });
});

describe('the commands refuse a bad environment before touching anything', () => {
  const dist = join(mkdtempSync(join(tmpdir(), 'env-build-')), 'dist');

  it('the build, in Chinese by default, naming the variable, without a stack', () => {
    const r = runScript('build.ts', [], { BASE_PATH: '/jyj/gh gk/', DIST_DIR: dist, CONTENT_LANG: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('环境变量有 1 处设置不正确，命令没有运行：');
    expect(r.stderr).toContain('构建失败，之前的网站（如有）保持不变');
    expect(r.stderr).toContain('BASE_PATH 应为网站所在的文件夹路径');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
  });

  it('the build in English with --lang en, for a doubled base path', () => {
    const r = runScript('build.ts', ['--lang', 'en'], { BASE_PATH: '/jyj/ghgk/', SITE_URL: 'https://www.example.gov.cn/jyj/ghgk/', DIST_DIR: dist, CONTENT_LANG: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the previous site (if any) is unchanged');
    expect(r.stderr).toContain('Set SITE_URL=https://www.example.gov.cn and give the folder in BASE_PATH=/jyj/ghgk/.');
  });

  it('validate and the workbook commands, naming the variable', () => {
    const v = runScript('validate.ts', [], { PORT: 'x', CONTENT_LANG: '' });
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('PORT 应为 1 到 65535 之间的端口号');
    const s = runScript('sheet.ts', ['x', '2024'], { VALIDATE_TODAY: 'today', CONTENT_LANG: '' });
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('VALIDATE_TODAY 应为 YYYY-MM-DD 格式的日期');
    expect(s.stderr).not.toMatch(STACK);
  });

  it('a missing content folder is named as CONTENT_ROOT, in Chinese', () => {
    const missing = join(tmpdir(), 'no-such-content-root');
    const r = runScript('validate.ts', [], { CONTENT_ROOT: missing, CONTENT_LANG: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`CONTENT_ROOT 应为包含 content/ 的文件夹，但 ${missing} 不存在。`);
  });
});

describe('a DIST_DIR on another file system', () => {
  // /dev/shm is a memory file system on Linux; where it is the same device as the checkout there is nothing to try.
  const other = '/dev/shm';
  const crosses = (() => {
    try {
      return statSync(other).dev !== statSync(REPO).dev;
    } catch {
      return false;
    }
  })();

  it.runIf(crosses)('is built beside the target and swapped in, not renamed across devices', () => {
    const out = mkdtempSync(join(other, 'env-dist-'));
    const dist = join(out, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the previous site');
    const r = runScript('build.ts', [], { CONTENT_ROOT: fixtureRoot(), DIST_DIR: dist, CONTENT_LANG: 'en' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('EXDEV');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<html');
    expect(readdirSync(out)).toEqual(['dist']);
    expect(treeDigest(dist)).not.toBe('');
  }, 600_000);
});

describe('process.env', () => {
  it('is read in src/ only by the configuration module', () => {
    const readers = walk(join(REPO, 'src'))
      .filter((f) => /\.(ts|mjs|astro)$/.test(f) && readFileSync(f, 'utf8').includes('process.env'))
      .map((f) => relative(REPO, f));
    expect(readers).toEqual(['src/config/env.ts']);
    expect(readFileSync(join(REPO, 'astro.config.mjs'), 'utf8')).not.toContain('process.env');
  });
});
