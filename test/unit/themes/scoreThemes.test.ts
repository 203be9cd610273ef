import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Span, Theme } from '../../../src/core/model';
import {
  CAP_TOPICS, capSubtopic, createThemeMatcher, matchThemeTerms, scoreThemes, type ThemeHit, type ThemeMatcher,
} from '../../../src/core/themes';

const SEED = join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt');

type Kind = 'headline' | 'lead' | 'body';
interface TestParagraph extends Span { readonly kind: Kind }

/** Paragraph-relative hits moved to document offsets. */
const shifted = (hits: readonly ThemeHit[], offset: number): ThemeHit[] => hits.map((h) => ({ ...h, start: h.start + offset, end: h.end + offset }));

/** `scoreThemes` over paragraphs whose kinds the test chooses (the analysis takes them from the article layout). */
function themesOf(text: string, paragraphs: readonly TestParagraph[], options: { matcher?: ThemeMatcher; minThemeScore?: number } = {}): Theme[] {
  const matcher = options.matcher ?? createThemeMatcher();
  return scoreThemes(text, paragraphs.map((p) => ({ kind: p.kind, hits: shifted(matcher.match(text.slice(p.start, p.end)), p.start) })), options);
}

/** Each line a paragraph: headline, lead, then body. */
function lines(text: string): TestParagraph[] {
  const out: TestParagraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const kind: Kind = out.length === 0 ? 'headline' : out.length === 1 ? 'lead' : 'body';
    out.push({ start, end: start + line.length, kind });
    start += line.length + 1;
  }
  return out;
}

const byCode = (themes: readonly Theme[], code: number): Theme | undefined => themes.find((t) => t.code === code);

describe('scoreThemes', () => {
  it('gives no themes without hits', () => {
    assert.deepEqual(scoreThemes('', []), []);
    assert.deepEqual(scoreThemes('plain words', [{ kind: 'body', hits: [] }]), []);
  });

  it('builds Theme objects with name, IPTC code, evidence and paragraph scores', () => {
    const text = 'Hospitals overflow\nDoctors warned the flu epidemic would strain hospitals and Medicare.';
    const themes = themesOf(text, lines(text));
    const health = byCode(themes, 3);
    assert.ok(health);
    assert.equal(health.name, 'Health');
    assert.equal(health.iptc.code, 'medtop:07000000');
    assert.ok(health.score > 0 && health.score <= 1);
    assert.equal(health.paragraphScores.length, 2);
    assert.ok(health.paragraphScores.every((s) => s > 0));
    for (const e of health.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(health.evidence.map((e) => e.text), ['Hospitals', 'Doctors', 'flu', 'epidemic', 'hospitals', 'Medicare']);
    assert.deepEqual(health.evidence.map((e) => e.paragraph), [0, 1, 1, 1, 1, 1]);
    for (let i = 1; i < health.evidence.length; i++) assert.ok(health.evidence[i - 1].start < health.evidence[i].start);
  });

  it('sorts best first and keeps scores within 0..1', () => {
    const text = 'Troops and warships deployed as the Pentagon weighed war; a museum closed.';
    const themes = themesOf(text, [{ start: 0, end: text.length, kind: 'body' }], { minThemeScore: 0 });
    assert.equal(themes[0].code, 16);
    for (let i = 1; i < themes.length; i++) assert.ok(themes[i - 1].score >= themes[i].score);
    assert.ok(themes.every((t) => t.score >= 0 && t.score <= 1));
  });

  it('does not let one weak word outrank several strong cues', () => {
    const text = 'Lawmakers debated tuition, student loans and public schools.';
    const themes = themesOf(text, [{ start: 0, end: text.length, kind: 'body' }], { minThemeScore: 0 });
    assert.equal(themes[0].code, 6);
    const gov = byCode(themes, 20);
    if (gov) assert.ok(gov.score < themes[0].score / 2);
  });

  it('weighs the headline more than the body', () => {
    const text = 'Tariffs rise\nThe museum reopened.';
    const asHeadline = themesOf(text, [{ start: 0, end: 12, kind: 'headline' }, { start: 13, end: text.length, kind: 'body' }], { minThemeScore: 0 });
    const asBody = themesOf(text, [{ start: 0, end: 12, kind: 'body' }, { start: 13, end: text.length, kind: 'body' }], { minThemeScore: 0 });
    assert.ok(byCode(asHeadline, 18)!.score > byCode(asBody, 18)!.score);
  });

  it('gives a higher score to more evidence, so scores compare across articles', () => {
    const one = 'The economy grew.';
    const many = 'The economy grew as inflation eased, unemployment fell and the Federal Reserve cut interest rates.';
    const s1 = themesOf(one, [{ start: 0, end: one.length, kind: 'body' }])[0];
    const s2 = themesOf(many, [{ start: 0, end: many.length, kind: 'body' }])[0];
    assert.equal(s1.code, 1);
    assert.equal(s2.code, 1);
    assert.ok(s2.score > s1.score);
  });

  it('drops themes below minThemeScore', () => {
    const text = 'He said the region was calm.';
    const all = themesOf(text, [{ start: 0, end: text.length, kind: 'body' }], { minThemeScore: 0 });
    const some = themesOf(text, [{ start: 0, end: text.length, kind: 'body' }], { minThemeScore: 0.5 });
    assert.ok(all.length >= 1);
    assert.deepEqual(some, []);
  });

  it('names the best-supported subtopic', () => {
    const text = 'Medicare and Medicaid cuts worried hospitals.';
    const health = byCode(themesOf(text, [{ start: 0, end: text.length, kind: 'lead' }]), 3);
    assert.deepEqual(health?.subtopic, { code: 323, name: capSubtopic(323)!.name });
  });

  it('accepts paragraph hits shifted to document offsets', () => {
    const text = 'Intro line.\nThe Pentagon sent troops.';
    const start = text.indexOf('The');
    const hits = shifted(matchThemeTerms(text.slice(start)), start);
    const themes = scoreThemes(text, [{ kind: 'headline', hits: [] }, { kind: 'body', hits }]);
    const defense = byCode(themes, 16)!;
    assert.deepEqual(defense.evidence.map((e) => text.slice(e.start, e.end)), ['Pentagon', 'troops']);
    assert.deepEqual(defense.paragraphScores.map((s) => s > 0), [false, true]);
  });

  it('uses user terms through a custom matcher', () => {
    const text = 'The gizmo tax was debated.';
    const matcher = createThemeMatcher({ 17: ['gizmo'] });
    const themes = themesOf(text, [{ start: 0, end: text.length, kind: 'body' }], { matcher, minThemeScore: 0 });
    assert.ok(byCode(themes, 17)?.evidence.some((e) => e.text === 'gizmo'));
  });
});

describe('CAP topics', () => {
  it('lists the 21 policy major topics with IPTC media topic codes', () => {
    assert.deepEqual(CAP_TOPICS.map((t) => t.code), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23]);
    for (const t of CAP_TOPICS) {
      assert.match(t.iptc.code, /^medtop:\d{8}$/);
      for (const s of t.subtopics) assert.equal(Math.floor(s.code / 100), t.code);
    }
    assert.equal(capSubtopic(1926)?.name, 'International organisations');
    assert.equal(capSubtopic(1901)?.name, 'Foreign aid');
  });
});

describe('the seed article', () => {
  const text = readFileSync(SEED, 'utf8');
  const analysis = analyze(text);
  const themes = analysis.themes;

  it('is mainly about International Affairs, with UN reform as an international organisation', () => {
    const intl = byCode(themes, 19)!;
    assert.equal(themes[0].code, 19);
    const un = intl.evidence.find((e) => e.text === 'UN reform');
    assert.ok(un, 'UN reform is evidence');
    assert.equal(un.subtopic, 1926);
    assert.equal(text.slice(un.start, un.end), 'UN reform');
    assert.deepEqual(intl.subtopic, { code: 1926, name: 'International organisations' });
  });

  it('also touches Defense, Technology and Health', () => {
    for (const code of [16, 17, 3]) assert.ok(byCode(themes, code), `theme ${code} reported`);
    const tech = byCode(themes, 17)!;
    const texts = tech.evidence.map((e) => e.text);
    assert.ok(texts.includes('5G'));
    assert.ok(texts.includes('information and communication technology'));
    const health = byCode(themes, 3)!;
    assert.ok(health.evidence.some((e) => e.text === 'health'));
    const defense = byCode(themes, 16)!;
    assert.ok(defense.evidence.some((e) => e.text === 'defense'));
  });

  it('has evidence that slices back exactly and paragraph scores for every paragraph', () => {
    const count = analysis.article.paragraphs.length;
    for (const theme of themes) {
      assert.equal(theme.paragraphScores.length, count);
      for (const e of theme.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    }
  });
});
