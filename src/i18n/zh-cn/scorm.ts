/** UI strings of the chapters' LMS (SCORM 1.2) packages, in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const scorm = {
  /** Shown in the page when the chapter's progress is too long for the LMS to keep (suspend data over 4,096 characters). */
  tooLong:
    '学习平台能为每一章保存的学习进度有长度上限。你在本章的作答超出了这个上限，平台没能全部保存下来。你的进度仍然完整地保存在这台设备上：请继续用这台设备学习；换一台设备打开本章时，部分作答不会出现。',
  /** The package's title in the LMS: the chapter's number and title. */
  packageTitle: '第 {n} 章：{title}',
} as const;
