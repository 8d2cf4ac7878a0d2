/** The queue simulator's words: text for exactly the engine's presets and levers, in every locale, each problem naming the id. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { queueTextSchema } from '../../../src/schemas/queueText.ts';

const course = () => parse(readFileSync('content/queue/simulator.yaml', 'utf8'));

/** The messages of a failed parse, each with the path it names. */
function problems(text: unknown): string[] {
  const result = queueTextSchema.safeParse(text);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('queue simulator text schema', () => {
  it("accepts the course's own file", () => {
    expect(queueTextSchema.safeParse(course()).error?.issues ?? []).toEqual([]);
  });

  it('names a preset or lever that has no text', () => {
    const text = course();
    delete text.presets['telecom-hotline'];
    delete text.levers.unfair;
    expect(problems(text)).toEqual([
      'presets.telecom-hotline: this preset has no text: give it a title, a setting and a question in every language',
      'levers.unfair: this lever has no text: give it a label and a rationale in every language',
    ]);
  });

  it('names text in one language only', () => {
    const text = course();
    delete text.presets['bank-lunch'].question.en;
    expect(problems(text)).toEqual([
      'presets.bank-lunch.question.en: Invalid input: expected string, received undefined',
    ]);
  });

  it('names an id the engine does not define', () => {
    const text = course();
    text.levers.boredom = text.levers.solo;
    expect(problems(text)).toEqual([
      'levers: "boredom": no lever has this id in src/lib/queue/waitLevers.ts (unoccupied, preProcess, anxious, uncertain, unexplained, unfair, valuableService, solo, uncomfortable, unfamiliar)',
    ]);
  });
});
