/**
 * The levers of the perceived-wait model as data: Maister's eight propositions on the psychology
 * of waiting (1985) and the two later additions, each with a default factor an instructor may
 * change within its bounds. The literature states the direction of each effect, not its size:
 * every factor here is a teaching choice and is marked `illustrative: true`. The one measured
 * size we rely on is Jones & Peppiatt's (see `measuredOverestimate`), used to calibrate.
 */
import type { Locale } from '../../i18n/locales.ts';

export type Bilingual = Record<Locale, string>;

export type WaitLeverId =
  | 'unoccupied'
  | 'preProcess'
  | 'anxious'
  | 'uncertain'
  | 'unexplained'
  | 'unfair'
  | 'valuableService'
  | 'solo'
  | 'uncomfortable'
  | 'unfamiliar';

export interface WaitLever {
  id: WaitLeverId;
  /** A lever either stretches the felt wait, or (the value of the service) how long people will accept. */
  acts: 'perceivedWait' | 'tolerance';
  /** `setting`: the student switches it on for the scene; `run`: read per customer from the simulation. */
  decidedBy: 'setting' | 'run';
  /** The condition in plain words, as a switch label. */
  label: Bilingual;
  /** Why it stretches the wait, in one line. */
  rationale: Bilingual;
  /** Multiplier applied while the lever is on; `min`/`max` bound an instructor's edits. */
  defaultFactor: number;
  min: number;
  max: number;
  /** Who stated the effect (its direction). */
  proposition: string;
  /** Where the size of the effect was measured, or null when no study gives one. */
  source: string | null;
  /** The factor is a teaching choice, not a measured value. */
  illustrative: boolean;
}

const maister =
  'Maister, D. H. (1985). The psychology of waiting lines. In Czepiel, Solomon & Surprenant (eds.), The Service Encounter. Lexington Books.';
const davisHeineke =
  'Davis, M. M. & Heineke, J. (1994). Understanding the roles of the customer and the operation for better queue management. International Journal of Operations & Production Management, 14(5).';
const jonesPeppiatt =
  'Jones, P. & Peppiatt, E. (1996). Managing perceptions of waiting times in service queues. International Journal of Service Industry Management, 7(5).';

export const waitLevers: readonly WaitLever[] = [
  {
    id: 'unoccupied',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '等待时无事可做', en: 'Nothing to do while waiting' },
    rationale: {
      'zh-cn': '空闲的时间会被反复留意，显得更长；有事可做时注意力离开了时钟。',
      en: 'Idle minutes are watched and counted; an occupied mind stops checking the clock.',
    },
    defaultFactor: 1.15,
    min: 1,
    max: 1.6,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'preProcess',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '服务尚未开始（无人接待）', en: 'Service has not begun (nobody has acknowledged them)' },
    rationale: {
      'zh-cn': '一旦被接待（拿到号、填好表），顾客觉得自己已“进入流程”，等待就没那么难熬。',
      en: 'Once acknowledged (a ticket, a form, a greeting) people feel the service has started, and waiting eases.',
    },
    defaultFactor: 1.1,
    min: 1,
    max: 1.5,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'anxious',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: {
      'zh-cn': '顾客焦虑（担心结果或被遗忘）',
      en: 'Customers are anxious (about the outcome, or being forgotten)',
    },
    rationale: {
      'zh-cn': '焦虑占据注意力，让每一分钟都更难熬。',
      en: 'Worry fills attention and makes each minute drag.',
    },
    defaultFactor: 1.2,
    min: 1,
    max: 1.8,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'uncertain',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '不知道还要等多久', en: 'No idea how much longer' },
    rationale: {
      'zh-cn': '知道还要等十分钟，比不知道要等多久更容易接受。',
      en: 'A known ten minutes is easier to bear than an open-ended wait.',
    },
    defaultFactor: 1.1,
    min: 1,
    max: 1.6,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'unexplained',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '延误原因没有说明', en: 'The delay is not explained' },
    rationale: {
      'zh-cn': '得到解释的延误显得合理；不加说明的延误让人觉得被怠慢。',
      en: 'An explained delay seems reasonable; an unexplained one feels like neglect.',
    },
    defaultFactor: 1.1,
    min: 1,
    max: 1.5,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'unfair',
    acts: 'perceivedWait',
    decidedBy: 'run',
    label: {
      'zh-cn': '被后来的人插到前面（由模拟测得）',
      en: 'Overtaken by someone who came later (measured in the run)',
    },
    rationale: {
      'zh-cn': '看到后来者先被服务，等待显得不公平，也就更长。',
      en: 'Seeing a later arrival served first makes the wait feel unjust, and so longer.',
    },
    defaultFactor: 1.2,
    min: 1,
    max: 2,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'valuableService',
    acts: 'tolerance',
    decidedBy: 'setting',
    label: { 'zh-cn': '服务对顾客价值高', en: 'The service is worth a lot to the customer' },
    rationale: {
      'zh-cn': '服务越有价值，人们愿意等得越久：这里把可接受的等待时间乘以该系数。',
      en: 'The more the service is worth, the longer people will wait: here it multiplies the wait they accept.',
    },
    defaultFactor: 1.5,
    min: 1,
    max: 3,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'solo',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '独自等待', en: 'Waiting alone' },
    rationale: {
      'zh-cn': '结伴等待时有人说话，时间过得更快。',
      en: 'In company there is someone to talk to, and time passes faster.',
    },
    defaultFactor: 1.1,
    min: 1,
    max: 1.4,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'uncomfortable',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '身体不舒适（站着、太热、拥挤）', en: 'Physically uncomfortable (standing, heat, crowding)' },
    rationale: {
      'zh-cn': '站立、闷热或拥挤让身体不断提醒人们自己在等。',
      en: 'Standing, heat or crowding keep reminding the body that it is waiting.',
    },
    defaultFactor: 1.15,
    min: 1,
    max: 1.6,
    proposition: davisHeineke,
    source: null,
    illustrative: true,
  },
  {
    id: 'unfamiliar',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    label: { 'zh-cn': '对流程不熟悉（第一次来）', en: 'Unfamiliar with the process (a first visit)' },
    rationale: {
      'zh-cn': '不清楚流程的人更难判断进度，也更担心排错了队。',
      en: 'Newcomers cannot judge progress and worry they are in the wrong line.',
    },
    defaultFactor: 1.1,
    min: 1,
    max: 1.5,
    proposition: jonesPeppiatt,
    source: null,
    illustrative: true,
  },
];

/**
 * The one measured size: Jones & Peppiatt found customers' perceived waits to be about 40 %
 * longer than the actual waits in a food outlet. It depends heavily on context; the defaults
 * above are chosen so that an unmanaged wait (nothing to do, no idea how long, alone) comes out
 * near this figure: 1.15 × 1.1 × 1.1 ≈ 1.39.
 */
export const measuredOverestimate = {
  factor: 1.4,
  source: jonesPeppiatt,
  context: {
    'zh-cn': '一家餐饮店的顾客：感知等待时间比实际约长 40%。',
    en: 'Customers of a food outlet: perceived waits about 40% longer than actual.',
  } satisfies Bilingual,
  /** The levers that describe such an unmanaged wait. */
  typicalLevers: ['unoccupied', 'uncertain', 'solo'] as const satisfies readonly WaitLeverId[],
};

export function findWaitLever(id: WaitLeverId): WaitLever {
  return waitLevers.find((lever) => lever.id === id)!;
}
