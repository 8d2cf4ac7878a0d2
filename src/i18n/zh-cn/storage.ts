/** UI strings for notices about the device’s storage, in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const storage = {
  setAside: {
    one: '本设备上有 {n} 条学习记录无法读取，已另存为备份；其余进度完好，可以继续使用。',
    other: '本设备上有 {n} 条学习记录无法读取，已另存为备份；其余进度完好，可以继续使用。',
  },
  removed: {
    one: '本设备上有 {n} 条学习记录无法读取；存储空间已满，无法另存备份，已将其删除。其余进度完好，可以继续使用。',
    other: '本设备上有 {n} 条学习记录无法读取；存储空间已满，无法另存备份，已将其删除。其余进度完好，可以继续使用。',
  },
  quota: '浏览器的存储空间已满，刚才的操作没有保存。请在“学习进度”页导出备份，或清理浏览器存储后再试。',
  unavailable: '浏览器不允许本站使用本地存储（例如无痕模式），进度只在本页打开期间有效。',
  dismiss: '知道了',
} as const;
