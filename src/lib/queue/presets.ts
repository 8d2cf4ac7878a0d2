/**
 * Four ready-made scenes for the queue simulator, each an exercise with a question to answer:
 * a configuration, the perceived-wait levers that describe the place, and the words in both
 * languages. Chapters refer to them by id. Every figure in them is illustrative, chosen to make
 * the question interesting, not taken from a study.
 */
import type { QueueConfigInput } from './queueConfig.ts';
import type { WaitSetting } from './perceivedWait.ts';
import type { Bilingual } from './waitLevers.ts';

export type QueuePresetId = 'bank-lunch' | 'outpatient-clinic' | 'theme-park-ride' | 'telecom-hotline';

export interface QueuePreset {
  id: QueuePresetId;
  config: QueueConfigInput;
  wait: WaitSetting;
  title: Bilingual;
  /** The scene in one paragraph. */
  setting: Bilingual;
  question: Bilingual;
}

export const queuePresets: readonly QueuePreset[] = [
  {
    id: 'bank-lunch',
    config: {
      servers: 4,
      layout: 'perServer',
      // 11:00–12:00 steady, 12:00–13:30 the lunch rush, 13:30–14:30 quieter again.
      arrivals: {
        kind: 'piecewise',
        segments: [
          { minutes: 60, ratePerMinute: 1 },
          { minutes: 90, ratePerMinute: 1.8 },
          { minutes: 60, ratePerMinute: 0.9 },
        ],
        repeat: false,
      },
      service: { kind: 'lognormal', meanMinutes: 3, cv: 0.6 },
      balking: { limit: 8 },
      reneging: { meanPatienceMinutes: 25 },
      customers: 1000,
      seed: 2024,
    },
    wait: { active: ['unoccupied', 'uncertain', 'uncomfortable', 'solo'], toleranceMinutes: 10 },
    title: { 'zh-cn': '午间的银行网点', en: 'A bank branch at lunchtime' },
    setting: {
      'zh-cn':
        '一家银行网点有四个柜台，每个柜台前各排一队。上午十一点到十二点，每分钟约来一位顾客；十二点到一点半，附近上班族趁午休赶来，每分钟约 1.8 位；之后回落到每分钟 0.9 位。办理一笔业务平均约 3 分钟，快慢不一。大厅里没有座位，也不显示还要等多久；看到自己那队前面已有八个人的顾客会转身离开，等太久的顾客也会放弃。（数字为教学示例。）',
      en: 'A bank branch has four tellers, each with a line of its own. From 11:00 to 12:00 about one customer arrives a minute; from 12:00 to 13:30 office workers on their lunch break push this to about 1.8 a minute; afterwards it falls to 0.9. A transaction takes about 3 minutes on average, some much longer. There are no seats and no display of the expected wait; customers who see eight people already waiting in their line walk out, and some who wait too long give up. (The figures are illustrative.)',
    },
    question: {
      'zh-cn':
        '运行后记下被“插队”的顾客比例和感知等待超过 10 分钟的顾客比例。然后把四条队改成一条蛇形队，其他不变：平均等待变化大吗？哪个指标变化最大？为什么银行仍然常用取号系统？',
      en: 'Run it and note the share of customers who were overtaken and the share whose perceived wait exceeded 10 minutes. Then change the four lines into one serpentine line, nothing else: does the mean wait change much? Which figure changes most, and why do banks still favour a ticket system?',
    },
  },
  {
    id: 'outpatient-clinic',
    config: {
      servers: 5,
      layout: 'single',
      arrivals: { kind: 'poisson', ratePerMinute: 0.45 },
      service: { kind: 'lognormal', meanMinutes: 10, cv: 0.8 },
      customers: 3000,
      seed: 7,
    },
    wait: {
      active: ['anxious', 'uncertain', 'unexplained', 'unfamiliar', 'preProcess', 'valuableService'],
      toleranceMinutes: 30,
    },
    title: { 'zh-cn': '医院门诊', en: 'A hospital outpatient clinic' },
    setting: {
      'zh-cn':
        '一家医院的专科门诊有五位医生，叫号系统让所有病人排成一条队，谁先到谁先看。平均每分钟来 0.45 位病人，每次问诊平均 10 分钟，但差别很大。病人大多担心检查结果，许多人第一次来，候诊区没有任何关于延误的说明，也看不到自己前面还有几位。看病对病人价值很高，所以他们愿意等得更久。（数字为教学示例。）',
      en: 'A hospital specialist clinic has five doctors; a ticket system keeps every patient in one line, first come, first seen. About 0.45 patients arrive a minute and a consultation takes 10 minutes on average, with wide variation. Most patients are anxious about their results, many are there for the first time, and the waiting area gives no word about delays or about how many are ahead. Seeing the doctor matters a great deal to them, so they accept a longer wait. (The figures are illustrative.)',
    },
    question: {
      'zh-cn':
        '医院有两个选择：再请一位医生（六位），或者在候诊区显示叫号进度并说明延误原因（关掉“不知道还要等多久”和“延误原因没有说明”）。分别试一试：哪个让感知等待超过可接受时间的病人比例下降得更多？哪个更便宜？',
      en: 'The hospital can hire a sixth doctor, or show the queue’s progress in the waiting area and explain delays (switch off “no idea how much longer” and “the delay is not explained”). Try each: which lowers the share of patients whose perceived wait exceeds what they accept more? Which costs less?',
    },
  },
  {
    id: 'theme-park-ride',
    config: {
      servers: 1,
      layout: 'single',
      // Opening hour, the midday peak (more riders than the ride can take), then the afternoon.
      arrivals: {
        kind: 'piecewise',
        segments: [
          { minutes: 60, ratePerMinute: 8 },
          { minutes: 180, ratePerMinute: 11 },
          { minutes: 120, ratePerMinute: 9 },
        ],
        repeat: false,
      },
      // The ride loads riders at a steady pace: ten a minute, every minute the same.
      service: { kind: 'deterministic', meanMinutes: 0.1 },
      balking: { limit: 250 },
      customers: 20_000,
      seed: 11,
    },
    wait: { active: ['uncertain', 'uncomfortable', 'valuableService'], toleranceMinutes: 15 },
    title: { 'zh-cn': '主题公园的热门项目', en: 'A popular theme-park ride' },
    setting: {
      'zh-cn':
        '主题公园里最受欢迎的过山车每分钟能送走 10 位游客，节奏稳定。开园第一个小时每分钟来 8 位游客，中午三个小时每分钟 11 位，超过了过山车的能力，下午回落到每分钟 9 位。排队的通道弯弯曲曲，大家结伴而来，沿途有屏幕和装饰可看，但入口没有标出预计等待时间，夏天排队区很晒。看到前面已排了 250 人的游客会放弃。对游客来说这是一天中最期待的项目。（数字为教学示例。）',
      en: 'The park’s favourite roller coaster sends off ten riders a minute, like clockwork. In the first hour about 8 visitors a minute arrive; for three hours around midday 11 a minute, more than the ride can take; in the afternoon 9 a minute. The queue winds through themed corridors with screens to watch and visitors come in groups, but the entrance shows no expected wait and the summer sun beats down on the line. Visitors who see 250 people ahead turn away. For them, this is the ride of the day. (The figures are illustrative.)',
    },
    question: {
      'zh-cn':
        '把服务时间从“固定”改成“指数分布”（平均仍为 0.1 分钟），平均等待会怎样变化？再在入口标出预计等待时间并给排队区加遮阳（关掉两个杠杆）：感知等待超过可接受时间的比例变化多少？',
      en: 'Change the service time from constant to exponential (still 0.1 minutes on average): what happens to the mean wait? Then post the expected wait at the entrance and shade the line (switch off those two levers): how much does the share whose perceived wait exceeds what they accept change?',
    },
  },
  {
    id: 'telecom-hotline',
    config: {
      servers: 8,
      layout: 'single',
      arrivals: { kind: 'poisson', ratePerMinute: 1.9 },
      service: { kind: 'exponential', meanMinutes: 4 },
      reneging: { meanPatienceMinutes: 3 },
      customers: 5000,
      seed: 10_086,
    },
    wait: { active: ['unoccupied', 'uncertain', 'unexplained', 'solo'], toleranceMinutes: 2 },
    title: { 'zh-cn': '电信客服热线', en: 'A telecom hotline' },
    setting: {
      'zh-cn':
        '一家电信运营商的客服热线有 8 位坐席，来电按先后顺序接入。平均每分钟 1.9 个来电，每通电话平均 4 分钟。等待时只有重复的音乐，不播报排队位置，也不说明为什么忙。打电话的人平均等 3 分钟左右就会挂断。（数字为教学示例。）',
      en: 'A telecom operator’s hotline has 8 agents; calls are answered in the order they arrive. About 1.9 calls come in a minute and a call lasts 4 minutes on average. Callers on hold hear the same music loop, with no word about their place in the queue or why it is busy. On average a caller hangs up after about 3 minutes. (The figures are illustrative.)',
    },
    question: {
      'zh-cn':
        '有多少来电者挂断了？增加一位坐席后再看一次。再换一种做法：坐席不变，播报排队位置并说明原因（关掉两个杠杆）。在这个模型里，来电者的耐心不受这些杠杆影响，所以第二种做法只改变感知等待、不改变挂断率。你认为真实的来电者也是这样吗？',
      en: 'What share of callers hang up? Add one agent and look again. Then try the other route: keep eight agents but announce the caller’s place and the reason for the delay (switch off two levers). In this model a caller’s patience does not depend on the levers, so the second route changes the perceived wait but not the hang-up rate. Do you think real callers behave like that?',
    },
  },
];

export function findQueuePreset(id: QueuePresetId): QueuePreset {
  return queuePresets.find((preset) => preset.id === id)!;
}
