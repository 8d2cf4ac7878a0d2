/** Resuming a saved role-play: the same session as playing it, and a fresh start when the scenario has changed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resumeSession } from '../../../../src/lib/roleplay/resumeSession.ts';
import { scenarioSchema } from '../../../../src/schemas/scenario.ts';

const clothing = scenarioSchema.parse(parse(readFileSync('content/scenarios/clothing-exchange.yaml', 'utf8')));

describe('resumeSession', () => {
  it('replays the best path with the words typed, scored as added up by hand from the YAML', () => {
    const session = resumeSession(clothing, [
      { nodeId: 'open', choiceId: 'hear-the-story', freeText: 'Tell me what happened.' },
      { nodeId: 'heard', choiceId: 'apologise-for-yesterday' },
      { nodeId: 'explained', choiceId: 'exchange-with-new-tag' },
      { nodeId: 'offer-good', choiceId: 'fit-and-call-back' },
    ]);
    // outcome 0+0+2+1 = 3, process 1+1+2+2 = 6, interaction 2+2+1+2 = 7;
    // emotion −2 +1 +2 +2 +2 = 5, the top of the scale.
    expect(session?.scores).toEqual({ outcome: 3, process: 6, interaction: 7 });
    expect(session?.emotion).toBe(5);
    expect(session?.ending).toBe('staysAndPraises');
    expect(session?.path[0]?.freeText).toBe('Tell me what happened.');
  });

  it('resumes midway, where the student stopped', () => {
    const session = resumeSession(clothing, [{ nodeId: 'open', choiceId: 'defend-the-rule' }]);
    expect(session?.nodeId).toBe('pushed');
    expect(session?.ending).toBeNull();
  });

  it('gives nothing for a path the scenario does not allow (a reply removed, or a step out of place)', () => {
    expect(resumeSession(clothing, [{ nodeId: 'open', choiceId: 'no-such-reply' }])).toBeUndefined();
    expect(resumeSession(clothing, [{ nodeId: 'heard', choiceId: 'apologise-for-yesterday' }])).toBeUndefined();
  });
});
