/** UI strings for the review page, in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const review = {
  title: '复习',
  navLink: '复习',
  lead: '答错或标记为“有难度”的题会按间隔重复（FSRS 算法）安排复习：答对了，下次间隔就拉长；又答错，就很快再出现。',
  due: '{n} 道题到期',
  empty: '现在没有到期的复习题。',
  next: '下一道将在 {date} 到期。',
  fromChapter: '来自第 {n} 章',
  done: '这一轮复习完成了。',
} as const;
