/** UI strings for working offline: the web app's name, the offline badge, the update prompt, the offline page and storage persistence, in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const offline = {
  appName: '客户关系管理 · 互动课程',
  appShortName: 'CRM 课程',
  indicator: '离线',
  indicatorLong: '已断开网络：访问过一次的课程内容仍可照常使用，作答也会照常保存。',
  updateReady: '课程有新版本。',
  updateReload: '刷新以更新',
  updateNote: '你的作答已经保存，刷新不会丢失。',
  pageTitle: '暂时无法打开这一页',
  pageBody:
    '设备现在没有联网，而这一页还没有保存在本设备上。本课程在第一次打开后会把全部章节、测验和互动练习存到这台设备上；如果这次还没存完，请联网后再打开一次首页。',
  pageBack: '返回首页',
  persistTitle: '本设备上的存储',
  persistGranted: '浏览器已同意长期保存本课程的数据：即使设备存储空间紧张，也不会自动清除你的进度。',
  persistDenied:
    '浏览器没有承诺长期保存本课程的数据：设备存储空间紧张时，它可能会清除你的进度。建议定期导出进度文件作为备份。',
  persistNotYet: '你第一次保存进度（作答一道题或试过一个互动练习）时，本课程会请浏览器长期保存这些数据。',
  persistUnsupported:
    '这个浏览器不支持长期保存的请求；它可能会在存储空间紧张时清除你的进度。建议定期导出进度文件作为备份。',
} as const;
