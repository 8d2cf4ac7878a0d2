/**
 * The type of each strings namespace, taken from the default locale (zh-CN) with its placeholders:
 * every other locale must have the same keys, and `fill` checks the values each template needs.
 * A test (test/unit/i18n.test.ts) checks that every locale has exactly the default's keys and placeholders.
 */
import type { Localized } from '../lib/text/fillTemplate.ts';
import type { cardSort } from './zh-cn/card-sort.ts';
import type { churn } from './zh-cn/churn.ts';
import type { customerPyramid } from './zh-cn/customer-pyramid.ts';
import type { dataCleaning } from './zh-cn/data-cleaning.ts';
import type { exam } from './zh-cn/exam.ts';
import type { form } from './zh-cn/form.ts';
import type { frame } from './zh-cn/frame.ts';
import type { glossary } from './zh-cn/glossary.ts';
import type { instructor } from './zh-cn/instructor.ts';
import type { kano } from './zh-cn/kano.ts';
import type { lifetimeValue } from './zh-cn/lifetime-value.ts';
import type { loyaltyMatrix } from './zh-cn/loyalty-matrix.ts';
import type { loyaltyCurve } from './zh-cn/loyalty-curve.ts';
import type { loyaltyScorecard } from './zh-cn/loyalty-scorecard.ts';
import type { nps } from './zh-cn/nps.ts';
import type { pipeline } from './zh-cn/pipeline.ts';
import type { print } from './zh-cn/print.ts';
import type { offline } from './zh-cn/offline.ts';
import type { progress } from './zh-cn/progress.ts';
import type { queueSimulator } from './zh-cn/queue-simulator.ts';
import type { quiz } from './zh-cn/quiz.ts';
import type { gradebook } from './zh-cn/gradebook.ts';
import type { review } from './zh-cn/review.ts';
import type { roleplay } from './zh-cn/roleplay.ts';
import type { scorm } from './zh-cn/scorm.ts';
import type { search } from './zh-cn/search.ts';
import type { servqual } from './zh-cn/servqual.ts';
import type { storage } from './zh-cn/storage.ts';
import type { assignment } from './zh-cn/assignment.ts';

export type FrameStrings = Localized<typeof frame>;
export type FormStrings = Localized<typeof form>;
export type ChurnStrings = Localized<typeof churn>;
export type QuizStrings = Localized<typeof quiz>;
export type StorageStrings = Localized<typeof storage>;
export type ProgressStrings = Localized<typeof progress>;
export type ReviewStrings = Localized<typeof review>;
export type GradebookStrings = Localized<typeof gradebook>;
export type RoleplayStrings = Localized<typeof roleplay>;
export type LifetimeValueStrings = Localized<typeof lifetimeValue>;
export type CustomerPyramidStrings = Localized<typeof customerPyramid>;
export type QueueSimulatorStrings = Localized<typeof queueSimulator>;
export type NpsStrings = Localized<typeof nps>;
export type KanoStrings = Localized<typeof kano>;
export type ServqualStrings = Localized<typeof servqual>;
export type LoyaltyMatrixStrings = Localized<typeof loyaltyMatrix>;
export type LoyaltyCurveStrings = Localized<typeof loyaltyCurve>;
export type LoyaltyScorecardStrings = Localized<typeof loyaltyScorecard>;
export type PipelineStrings = Localized<typeof pipeline>;
export type SearchStrings = Localized<typeof search>;
export type PrintStrings = Localized<typeof print>;
export type DataCleaningStrings = Localized<typeof dataCleaning>;
export type CardSortStrings = Localized<typeof cardSort>;
/** One exercise's own strings (title, wording of "how far off", the label of its `next`). */
export type CardSortExerciseStrings = CardSortStrings['customerLadder'];
export type OfflineStrings = Localized<typeof offline>;
export type GlossaryStrings = Localized<typeof glossary>;
export type ExamStrings = Localized<typeof exam>;
export type AssignmentStrings = Localized<typeof assignment>;
export type InstructorStrings = Localized<typeof instructor>;
export type ScormStrings = Localized<typeof scorm>;

/** Every namespace of one locale, as pages look them up: `strings(locale).churn.title`. */
export type UiStrings = FrameStrings & {
  readonly form: FormStrings;
  readonly churn: ChurnStrings;
  readonly quiz: QuizStrings;
  readonly storage: StorageStrings;
  readonly progress: ProgressStrings;
  readonly review: ReviewStrings;
  readonly gradebook: GradebookStrings;
  readonly roleplay: RoleplayStrings;
  readonly lifetimeValue: LifetimeValueStrings;
  readonly customerPyramid: CustomerPyramidStrings;
  readonly queueSimulator: QueueSimulatorStrings;
  readonly nps: NpsStrings;
  readonly kano: KanoStrings;
  readonly servqual: ServqualStrings;
  readonly loyaltyMatrix: LoyaltyMatrixStrings;
  readonly loyaltyCurve: LoyaltyCurveStrings;
  readonly loyaltyScorecard: LoyaltyScorecardStrings;
  readonly pipeline: PipelineStrings;
  readonly search: SearchStrings;
  readonly print: PrintStrings;
  readonly dataCleaning: DataCleaningStrings;
  readonly cardSort: CardSortStrings;
  readonly offline: OfflineStrings;
  readonly glossary: GlossaryStrings;
  readonly exam: ExamStrings;
  readonly assignment: AssignmentStrings;
  readonly instructor: InstructorStrings;
  readonly scorm: ScormStrings;
};
