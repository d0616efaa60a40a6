import { describe, expect, it } from 'vitest';
import { evaluateRobots, policyFromResponse, policyUnreachable, type RobotsPolicy } from '../../src/http/robots.ts';

const rules = (body: string): RobotsPolicy => ({ kind: 'rules', body });
const allowed = (body: string, path: string, origin = 'https://jobs.example.test') =>
  evaluateRobots(rules(body), origin + path).allowed;

describe('robots matching (RFC 9309)', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['longest match wins (allow longer)', 'User-agent: *\nDisallow: /a\nAllow: /a/b', '/a/b/c', true],
    ['longest match wins (disallow longer)', 'User-agent: *\nAllow: /a\nDisallow: /a/b', '/a/b/c', false],
    ['allow wins a tie', 'User-agent: *\nDisallow: /page\nAllow: /page', '/page', true],
    ['allow wins a tie, order reversed', 'User-agent: *\nAllow: /page\nDisallow: /page', '/page', true],
    ['no matching rule is allowed', 'User-agent: *\nDisallow: /private/', '/public', true],
    ['empty Disallow allows all', 'User-agent: *\nDisallow:', '/anything', true],
    ['* wildcard in the middle', 'User-agent: *\nDisallow: /c/*/apply/', '/c/acme/apply/123', false],
    ['* wildcard does not match other paths', 'User-agent: *\nDisallow: /c/*/apply/', '/c/acme/jobs/1', true],
    ['$ anchors the end', 'User-agent: *\nDisallow: /*.pdf$', '/files/cv.pdf', false],
    ['$ anchor does not match a longer path', 'User-agent: *\nDisallow: /*.pdf$', '/files/cv.pdf?x=1', true],
    ['paths are case-sensitive', 'User-agent: *\nDisallow: /Jobs', '/jobs', true],
    ['query string is part of the path', 'User-agent: *\nDisallow: /search?q=', '/search?q=rust', false],
    ['our own group beats *', 'User-agent: *\nDisallow: /\n\nUser-agent: skillpulse\nAllow: /', '/jobs', true],
    ['user-agent match is case-insensitive', 'User-agent: *\nAllow: /\n\nUser-agent: SkillPulse\nDisallow: /', '/jobs', false],
    ['other crawlers\' groups do not apply', 'User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nAllow: /', '/jobs', true],
    ['grouped user-agent lines share rules', 'User-agent: a-bot\nUser-agent: skillpulse\nDisallow: /x/', '/x/1', false],
    ['comments are ignored', 'User-agent: * # everyone\nDisallow: /tmp/ # scratch', '/tmp/a', false],
    ['/robots.txt is always allowed', 'User-agent: *\nDisallow: /', '/robots.txt', true],
    ['percent-encoding is compared normalised', 'User-agent: *\nDisallow: /caf%C3%A9', '/café', false],
  ];
  it.each(cases)('%s', (_name, body, path, expected) => {
    expect(allowed(body, path)).toBe(expected);
  });

  it('names the deciding line', () => {
    const v = evaluateRobots(rules('User-agent: *\nAllow: /jobs\nDisallow: /embed/'), 'https://x.test/embed/job');
    expect(v).toEqual({ allowed: false, rule: 'line 3: "Disallow: /embed/"', crawlDelaySeconds: null });
  });

  it('reads Crawl-delay for our group, else for *', () => {
    expect(evaluateRobots(rules('User-agent: *\nAllow: /\nCrawl-delay: 2'), 'https://x.test/a').crawlDelaySeconds).toBe(2);
    const ours = 'User-agent: *\nCrawl-delay: 10\n\nUser-agent: skillpulse\nCrawl-delay: 0.5';
    expect(evaluateRobots(rules(ours), 'https://x.test/a').crawlDelaySeconds).toBe(0.5);
    expect(evaluateRobots(rules('User-agent: *\nCrawl-delay: soon'), 'https://x.test/a').crawlDelaySeconds).toBeNull();
  });
});

describe('robots response status (RFC 9309 §2.3.1)', () => {
  it('2xx is parsed', () => {
    expect(policyFromResponse(200, 'User-agent: *\nDisallow: /')).toEqual({ kind: 'rules', body: 'User-agent: *\nDisallow: /' });
  });
  it('4xx means no restrictions', () => {
    for (const status of [401, 403, 404, 410]) {
      const p = policyFromResponse(status, 'Unauthorized');
      expect(p.kind).toBe('allow-all');
      expect(evaluateRobots(p, 'https://x.test/anything').allowed).toBe(true);
    }
  });
  it('5xx and unreachable disallow everything but /robots.txt', () => {
    for (const p of [policyFromResponse(503, ''), policyUnreachable('connect ECONNREFUSED')]) {
      const v = evaluateRobots(p, 'https://x.test/jobs');
      expect(v.allowed).toBe(false);
      expect(v.rule).toMatch(/robots\.txt (answered HTTP 503|unreachable)/);
      expect(evaluateRobots(p, 'https://x.test/robots.txt').allowed).toBe(true);
    }
  });
});

// Shapes of robots.txt bodies job boards serve (written for these tests, following the boards' conventions).
describe('job-board robots bodies', () => {
  const greenhouseApi = 'User-agent: *\nDisallow: /embed/\n';
  const leverApi = 'User-agent: *\nAllow: /\nCrawl-delay: 1\n';
  const leverBoard = [
    'User-agent: GPTBot',
    'Disallow: /',
    '',
    'User-agent: CCBot',
    'Disallow: /',
    '',
    '# content usage preferences',
    'Content-Signal: search=yes,ai-train=no,use=reference',
    'User-agent: *',
    'Allow: /',
    'Crawl-delay: 1',
  ].join('\n');
  const ashbyBoard = 'User-Agent: *\nDisallow: /meeting/\nDisallow: /b/\nDisallow: /api/\nDisallow: /apply/*\nDisallow: /c/*/apply/*\n';
  const smartrecruitersApi = 'User-agent: LinkedInBot\nAllow: /v1/companies/\n\nUser-agent: *\nDisallow: /\n';
  const workable = 'Content-Signal: search=yes, ai-input=yes, ai-train=no\nUser-agent: *\nDisallow:\n';
  const workday = [
    'Sitemap: https://acme.wd1.myworkdayjobs.test/External/siteMap.xml',
    'User-agent: *',
    'Allow: /External/',
    'Disallow: /Internal/',
    'Disallow: /refreshFacet/',
  ].join('\n');
  const table: Array<[string, string, string, boolean]> = [
    ['greenhouse api board list', greenhouseApi, '/v1/boards/acme/jobs?content=true', true],
    ['greenhouse embed', greenhouseApi, '/embed/job_board?for=acme', false],
    ['lever api postings', leverApi, '/v0/postings/acme?mode=json', true],
    ['lever board page despite AI-crawler blocks', leverBoard, '/acme/1234', true],
    ['ashby board page', ashbyBoard, '/acme', true],
    ['ashby api path', ashbyBoard, '/api/non-user-graphql', false],
    ['ashby apply path', ashbyBoard, '/c/acme/apply/xyz', false],
    ['ashby job under a company is not an apply path', ashbyBoard, '/acme/apply-info', true],
    ['smartrecruiters api for everyone else', smartrecruitersApi, '/v1/companies/acme/postings', false],
    ['workable empty disallow', workable, '/api/v3/accounts/acme/jobs', true],
    ['workday cxs api has no rule', workday, '/wday/cxs/acme/External/jobs', true],
    ['workday internal site', workday, '/Internal/job/1', false],
    ['workday facet refresh', workday, '/refreshFacet/x', false],
  ];
  it.each(table)('%s', (_name, body, path, expected) => {
    expect(allowed(body, path)).toBe(expected);
  });
  it('lever board crawl delay applies to us', () => {
    expect(evaluateRobots(rules(leverBoard), 'https://jobs.lever.test/acme').crawlDelaySeconds).toBe(1);
  });
});
