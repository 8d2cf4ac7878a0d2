/**
 * The SERVQUAL data file as the build reads it: 22 items in both languages, presets equal to the
 * hand-worked ratings the unit and e2e tests expect, and broken data refused with the preset and
 * item named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { servqualDataSchema } from '../../../src/schemas/servqualData.ts';
import { servqualView } from '../../../src/lib/servqual/servqualViews.ts';
import { bank, hospital } from '../lib/servqual/handRatings.ts';

const raw = () => parse(readFileSync('content/servqual/servqual.yaml', 'utf8'));
const data = servqualDataSchema.parse(raw());

describe('content/servqual/servqual.yaml', () => {
  it('has the 22 items in both languages and the two presets', () => {
    expect(data.items).toHaveLength(22);
    expect(Object.keys(data.presets)).toEqual(['hospital-outpatient', 'bank-branch']);
  });

  it('holds the presets to the hand-worked ratings', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const view = servqualView(locale, data);
      expect(view.items).toHaveLength(22);
      const [first, second] = view.presets;
      expect(first).toMatchObject(hospital);
      expect(second).toMatchObject(bank);
    }
    expect(servqualView('en', data).presets[0]!.title).toBe('A hospital outpatient department');
    expect(servqualView('zh-cn', data).items[4]).toBe('答应在某个时间之前办好的事，能按时办好。');
  });

  it('refuses broken data, naming the preset, the item and the rule', () => {
    const broken = raw();
    broken.items.pop();
    broken.presets['bank-branch'].ratings[3].adequate = 7;
    broken.presets['bank-branch'].ratings[4].perceived = 8;
    broken.presets['bank-branch'].importance.empathy = 5;
    delete broken.presets['hospital-outpatient'].setting.en;
    const result = servqualDataSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'items: SERVQUAL has 22 items: list each once, item 1 first',
        'presets.bank-branch.ratings.3.adequate: item 4: the adequate level (7) is above the desired one (6)',
        expect.stringMatching(/^presets\.bank-branch\.ratings\.4\.perceived: /),
        'presets.bank-branch.importance: the importance points add up to 90, not 100',
        expect.stringMatching(/^presets\.hospital-outpatient\.setting\.en: /),
      ]),
    );
  });
});
