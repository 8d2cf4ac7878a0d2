/** The queue simulator's words as the build reads them: content/queue/simulator.yaml through its schema. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { queueTextSchema } from '../../../../src/schemas/queueText.ts';

export const queueTextFile = 'content/queue/simulator.yaml';
export const queueText = queueTextSchema.parse(parse(readFileSync(queueTextFile, 'utf8')));
