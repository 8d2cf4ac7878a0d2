/** UI strings for the site search (the header button and its dialog), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const search = {
  open: '搜索',
  title: '搜索课程',
  fieldLabel: '要找的词',
  placeholder: '例如：忠诚、投诉、排队',
  hint: '只在中文版课程里搜索。按 ↓ 进入结果，按 Esc 关闭。',
  close: '关闭',
  resultsLabel: '搜索结果',
  loading: '正在载入搜索索引……',
  found: { one: '找到 {n} 个相关页面。', other: '找到 {n} 个相关页面。' },
  none: '没有找到与“{query}”相关的内容。可以换一个词，或者少输入几个字。',
  failed: '搜索索引没能载入。请检查网络后刷新页面再试。',
  teachingNotes: '教学笔记',
} as const;
