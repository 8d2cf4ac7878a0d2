/**
 * The glossary filter's rule: Chinese words match anywhere, Latin words at the start of a word and
 * in any case, every word of the query must match, and odd input never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords, searchText } from '../../../../src/lib/glossary/filterQuery.ts';

const term = searchText(
  '客户生命周期价值 customer lifetime value CLV 一位客户在整个关系期间预计带来的利润，折算成今天的价值。',
);
const matches = (query: string) => matchesQuery(term, queryWords(query));

describe('searchText', () => {
  it('folds case and full-width letters, turns punctuation into spaces and parts Han from Latin', () => {
    expect(searchText('ＣＲＭ系统（Customer-Centric）')).toBe('crm 系统 customer centric');
    expect(searchText('用CRM做')).toBe('用 crm 做');
  });
});

describe('matchesQuery', () => {
  it('finds Chinese anywhere in a term', () => {
    expect(matches('价值')).toBe(true);
    expect(matches('生命周期')).toBe(true);
    expect(matches('终身价值')).toBe(false);
  });

  it('finds English at the start of a word, in any case', () => {
    expect(matches('LIFE')).toBe(true);
    expect(matches('customer lifetime')).toBe(true);
    expect(matches('value lifetime')).toBe(true);
    expect(matches('time')).toBe(false);
    expect(matches('tome')).toBe(false);
  });

  it('needs every word of the query', () => {
    expect(matches('clv 利润')).toBe(true);
    expect(matches('clv loyalty')).toBe(false);
  });

  it('matches everything for an empty query or one of punctuation', () => {
    expect(queryWords('  ，。 ')).toEqual([]);
    expect(matches('')).toBe(true);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (query, text) => {
        expect(typeof matchesQuery(searchText(text), queryWords(query))).toBe('boolean');
      }),
    );
  });
});
