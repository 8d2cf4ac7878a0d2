/**
 * The formats in the order a paper sets them: 名词解释, 简答, 论述, 案例分析. The same list as the
 * schema's EXAM_FORMATS (a unit test keeps them equal), written here so the browser's code does not
 * import the schema module, which would bring zod with it.
 */
import type { ExamFormat } from '../../schemas/exam.ts';

export const PAPER_ORDER: readonly ExamFormat[] = ['term', 'short', 'essay', 'case'];
