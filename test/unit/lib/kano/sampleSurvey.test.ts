/**
 * The sample survey (content/kano/): its answers import cleanly to the tallies it was written to
 * have (counted when the file was made, listed here by hand), in the order its words file
 * declares; the download in each language reads back to the same tallies; a mismatch stops the build.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../../../../src/i18n/index.ts';
import { importSurveyCsv } from '../../../../src/lib/kano/importSurvey.ts';
import { kanoAnswers } from '../../../../src/lib/kano/kanoAnswers.ts';
import { readAnswer } from '../../../../src/lib/kano/readAnswer.ts';
import { localizedSampleCsv, sampleTallies } from '../../../../src/lib/kano/sampleSurvey.ts';
import { kanoSurveySchema } from '../../../../src/schemas/kanoSurvey.ts';

const csv = readFileSync('content/kano/ride-hailing-answers.csv', 'utf8');
const words = kanoSurveySchema.parse(parse(readFileSync('content/kano/ride-hailing.yaml', 'utf8')));
const ids = Object.keys(words.features);

/** 30 riders per feature: M O A I R Q. */
const designed = [
  { name: 'clean-car', tally: { M: 16, O: 6, A: 2, I: 5, R: 0, Q: 1 } },
  { name: 'safety-tools', tally: { M: 13, O: 10, A: 2, I: 4, R: 0, Q: 1 } },
  { name: 'quick-pickup', tally: { M: 7, O: 15, A: 5, I: 3, R: 0, Q: 0 } },
  { name: 'upfront-fare', tally: { M: 5, O: 14, A: 7, I: 3, R: 1, Q: 0 } },
  { name: 'water-charger', tally: { M: 1, O: 3, A: 17, I: 8, R: 0, Q: 1 } },
  { name: 'music-choice', tally: { M: 2, O: 1, A: 11, I: 12, R: 4, Q: 0 } },
  { name: 'driver-chat', tally: { M: 0, O: 0, A: 3, I: 8, R: 17, Q: 2 } },
];

describe('the sample survey', () => {
  it('has 30 respondents and imports to the tallies it was written to have', () => {
    expect(sampleTallies(csv, ids, 'sample')).toEqual(designed);
    expect(importSurveyCsv(csv)).toMatchObject({ ok: true, respondents: 30, rowErrors: [] });
  });

  it('stops the build, naming the file, when its words declare other features', () => {
    expect(() => sampleTallies(csv, [...ids].reverse(), 'content/kano/x.csv')).toThrow(
      /content\/kano\/x\.csv has the features/,
    );
    expect(() => sampleTallies('a F,a D\n1,9', ['a'], 'bad.csv')).toThrow(/bad\.csv has answers/);
  });

  it.each(locales)('reads each %s answer label back as its answer', (locale) => {
    for (const answer of kanoAnswers) expect(readAnswer(dictionaries[locale].kano.answers[answer])).toBe(answer);
  });

  it.each(locales)('the %s download reads back to the same tallies under the feature names', (locale) => {
    const t = dictionaries[locale].kano;
    const names = Object.fromEntries(Object.entries(words.features).map(([id, name]) => [id, name[locale]]));
    const download = localizedSampleCsv(csv, {
      respondent: t.respondentColumn,
      sides: t.sides,
      answers: t.answers,
      names,
    });
    expect(download.split('\r\n')[1]).toMatch(/^R01,/);
    expect(importSurveyCsv(download)).toEqual({
      ok: true,
      features: designed.map(({ name, tally }) => ({ name: names[name], tally })),
      respondents: 30,
      rowErrors: [],
      unlistedRowErrors: 0,
    });
  });
});
