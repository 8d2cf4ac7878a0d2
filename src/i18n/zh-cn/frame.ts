/** UI strings for the page frame: site name, navigation, home page, chapter page, not-found page, in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const frame = {
  site: {
    title: '客户关系管理',
    subtitle: '互动课程',
    description: '一门可以动手的客户关系管理课程：章节正文、案例与可交互的小工具，中英双语。',
  },
  nav: {
    skipToContent: '跳到正文',
    home: '首页',
    chapters: '章节',
    onThisPage: '本页内容',
    previous: '上一章',
    next: '下一章',
    prevNext: '上一章与下一章',
    menu: '章节目录',
    /** The phone's reader bar: its button opens the chapter list and the contents as a sheet. */
    contents: '目录',
    close: '关闭',
    backToTop: '回到顶部',
    languageSwitch: '切换语言',
    themeToggle: '深色模式',
    /** Shown after the toggle's name, so its words say which theme is on (the name itself stays, as aria-pressed expects). */
    themeOn: '：开',
    themeOff: '：关',
    learnerLinks: '学习记录',
    instructorLinks: '教师用',
    footer: '内容采用 CC BY-SA 4.0 许可；学习进度只保存在你的设备上。',
  },
  home: {
    lead: '客户为什么留下，为什么离开？企业怎样识别、赢得、留住有价值的客户？这门课用案例、数据和可以亲手调整的模型来回答。',
    audience: '为管理类、市场营销和电子商务专业的学生、任课教师以及自学者而写，手机和电脑上都能读。',
    whatYouLearn: '你将学到',
    learnItems: {
      foundations: '区分顾客、消费者与客户，理解客户关系管理为什么是理念、机制和技术的结合',
      value: '算清客户流失和客户生命周期价值，检验“留住 5% 的客户，利润增加 25%～85%”这类说法的出处与边界',
      satisfaction: '理解顾客满意从何而来，用 SERVQUAL、卡诺模型和 NPS 衡量它，并看清这些工具的局限',
      loyalty: '认识满意陷阱：满意的顾客为什么仍会离开，真正的忠诚又是什么',
      experience: '理解等待心理和投诉处理如何影响客户体验',
      systems: '用 CRM 系统的思路收集、清洗和使用客户信息',
    },
    chapterList: '章节',
    chapterLabel: '第 {n} 章',
    minutes: '约 {n} 分钟',
  },
  chapter: {
    chapterLabel: '第 {n} 章',
    /** The chapter in the phone's reader bar, where room is short (the full label is read out instead). */
    chapterLabelShort: '第 {n} 章',
    readingTime: '阅读约 {n} 分钟',
    studyTime: '学习约 {n} 分钟（含互动练习）',
    readNotSaved: '本设备的存储空间已满或被禁用：本章没能记为“已读完”，学习进度页上它仍显示为未读完。',
    objectives: '学习目标',
    objectivesLead: '学完本章，你应当能够：',
    keyTerms: '关键术语',
    caseLabel: '案例',
    teachingNotes: '给教师的教学笔记（展开）',
    /** A chapter table's scrolling box, named after its columns. */
    tableLabel: '表格：{columns}',
    tableColumnSeparator: '、',
    widgetLabel: '互动练习',
  },
  notFound: {
    title: '找不到这一页',
    body: '这个地址没有对应的页面，可能是链接写错了，或者页面已经移动。',
    back: '回到课程首页',
  },
} as const;
