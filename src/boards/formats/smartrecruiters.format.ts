// SmartRecruiters Posting API: GET /v1/companies/{id}/postings?offset&limit (max 100) →
// {offset, limit, totalFound, content}; detail GET /v1/companies/{id}/postings/{postingId} with jobAd sections.
// Country codes are lowercase; list items carry no description.
import { escapeHtml, listHtml, placeLabel, type GeneratedPosting } from '../dataset.ts';
import type { Sector } from '../vocabulary.ts';
import { countryName, intParam, json, listed, notFoundJson, segmentsAfter, type BoardFormat, type RenderContext } from './format.ts';

const INDUSTRY: Record<Sector, { id: string; label: string }> = {
  'Information Technology & Software Development': { id: 'computer_software', label: 'Computer Software' },
  'Finance & FinTech': { id: 'financial_services', label: 'Financial Services' },
  'Healthcare & Pharmaceuticals': { id: 'pharmaceuticals', label: 'Pharmaceuticals' },
  'E-commerce & Retail': { id: 'retail', label: 'Retail' },
  Telecommunications: { id: 'telecommunications', label: 'Telecommunications' },
  'Automotive & Manufacturing': { id: 'automotive', label: 'Automotive' },
  'Public Sector & Smart Cities': { id: 'government_administration', label: 'Government Administration' },
};

function base(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  const first = p.places[0]!;
  const id = ctx.board.locator;
  return {
    id: p.truth.externalId,
    name: p.truth.title,
    uuid: `${p.seq.toString(16).padStart(8, '0')}-5c4d-4e6f-8a9b-${String(p.seq).padStart(12, '0')}`,
    jobAdId: `${(p.seq * 7).toString(16).padStart(8, '0')}-37c9-4822-a8d3-${String(p.seq * 3).padStart(12, '0')}`,
    defaultJobAd: true,
    refNumber: `REF${10000 + p.seq}A`,
    company: { identifier: id, name: p.truth.company },
    releasedDate: p.truth.postedAt,
    location: {
      city: first.city,
      region: first.regionCode,
      country: first.country.toLowerCase(),
      remote: p.remote,
      hybrid: !p.remote && p.variant % 3 === 0,
      latitude: '0',
      longitude: '0',
      fullLocation: placeLabel(first),
    },
    industry: INDUSTRY[p.truth.sector],
    department: { id: String(13_000_000 + p.department.length), label: p.department },
    function: { id: 'engineering', label: 'Engineering' },
    typeOfEmployment: p.employmentType === 'INTERN' ? { id: 'intern', label: 'Intern' } : { id: 'permanent', label: 'Full-time' },
    experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
    customField: [
      { fieldId: 'COUNTRY', fieldLabel: 'Country/Region', valueId: first.country.toLowerCase(), valueLabel: countryName(first.country) },
    ],
    visibility: 'PUBLIC',
    ref: `${ctx.baseUrl}/v1/companies/${id}/postings/${p.truth.externalId}`,
    language: { code: 'en', label: 'English', labelNative: 'English (US)' },
  };
}

function detail(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  const s = p.sections;
  return {
    ...base(p, ctx),
    jobId: `${p.seq.toString(16).padStart(8, '0')}-d1f0-420d-acbb-${String(p.seq).padStart(12, '0')}`,
    postingUrl: `${ctx.baseUrl}/${ctx.board.locator}/${p.truth.externalId}`,
    jobAd: {
      sections: {
        companyDescription: { title: 'Company Description', text: `<p>${escapeHtml(s.intro)}</p>` },
        jobDescription: { title: 'Job Description', text: `<p><strong>What you will do</strong></p>${listHtml(s.duties)}` },
        qualifications: { title: 'Qualifications', text: listHtml(s.requirements) },
        additionalInformation: { title: 'Additional Information', text: `${listHtml(s.benefits)}<p>${escapeHtml(s.eeo)}</p>` },
      },
    },
    active: true,
  };
}

export const smartrecruitersFormat: BoardFormat = {
  handle(req, ctx) {
    const segs = segmentsAfter(req.path, '/v1/companies/');
    if (!segs || segs[0] !== ctx.board.locator || segs[1] !== 'postings' || req.method !== 'GET') return null;
    const postings = listed(ctx.board);
    if (segs.length === 2) {
      const offset = Math.max(0, intParam(req.query.get('offset'), 0));
      const limit = Math.min(100, Math.max(1, intParam(req.query.get('limit'), 10)));
      return json(
        { offset, limit, totalFound: postings.length, content: postings.slice(offset, offset + limit).map((p) => base(p, ctx)) },
        { cacheable: true },
      );
    }
    if (segs.length === 3) {
      const p = postings.find((x) => x.truth.externalId === segs[2]);
      return p ? json(detail(p, ctx)) : notFoundJson('Posting not found');
    }
    return null;
  },
};
