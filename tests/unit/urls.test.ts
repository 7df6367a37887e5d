/**
 * Every internal URL comes from src/lib/model/urls.ts, under the base path the host gives the site. The
 * builder reads no configuration: the edge (lib/site/urls.ts, scripts/env.ts) binds BASE_PATH and SITE_URL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, basePath, urls } from '../../src/lib/site/urls.ts';
import { urlBuilder } from '../../src/lib/model/urls.ts';

afterEach(() => vi.unstubAllEnvs());

describe('urls', () => {
  it('live at the root by default', () => {
    vi.stubEnv('BASE_PATH', undefined);
    vi.stubEnv('SITE_URL', undefined);
    expect(urls.home()).toBe('/');
    expect(urls.text('pingluo-edu-2021-2025', 'box7-2')).toBe('/plans/pingluo-edu-2021-2025/text/#box7-2');
    expect(absoluteUrl(urls.feed())).toBe('http://localhost:4321/updates.xml');
  });

  it('live under BASE_PATH however it is written', () => {
    for (const written of ['/jyj/ghgk/', 'jyj/ghgk', '/jyj/ghgk', ' /jyj//ghgk/ ']) {
      vi.stubEnv('BASE_PATH', written);
      expect(basePath()).toBe('/jyj/ghgk/');
    }
    vi.stubEnv('SITE_URL', 'https://www.example.gov.cn/');
    expect(urls.indicator('p', 'i')).toBe('/jyj/ghgk/plans/p/indicators/i/');
    expect(urls.data('all', 'indicators.csv')).toBe('/jyj/ghgk/data/all/indicators.csv');
    expect(urls.search({ q: '双师型', plan: undefined })).toBe('/jyj/ghgk/search/?q=%E5%8F%8C%E5%B8%88%E5%9E%8B');
    expect(urls.about('method')).toBe('/jyj/ghgk/about/#method');
    expect(urls.comparePage('c', 1)).toBe(urls.compare('c'));
    expect(urls.comparePage('c', 3, 'region-yin-chuan-shi')).toBe('/jyj/ghgk/compare/c/3/#region-yin-chuan-shi');
    expect(absoluteUrl(urls.planFeed('p'))).toBe('https://www.example.gov.cn/jyj/ghgk/plans/p/updates.xml');
  });

  it('are a pure function of the address they are given', () => {
    vi.stubEnv('BASE_PATH', '/elsewhere/');
    const portal = urlBuilder({ basePath: '/jyj/ghgk/', siteOrigin: 'https://www.example.gov.cn' });
    expect(portal.urls.text('p', 'box7-2')).toBe('/jyj/ghgk/plans/p/text/#box7-2');
    expect(portal.absoluteUrl(portal.urls.feed())).toBe('https://www.example.gov.cn/jyj/ghgk/updates.xml');
    expect(urlBuilder({ basePath: '/', siteOrigin: 'http://localhost:4321' }).urls.home()).toBe('/');
  });
});
