/** UI strings shared by every widget's form (problem sentences, loading, wide tables), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const form = {
  problems: {
    required: '请填写“{label}”。',
    notANumber: '“{label}”需要是一个数字，例如 12.5。',
    decimalComma: '“{label}”的小数请用小数点，例如 5.5；逗号只用来分隔千位，例如 1,000。',
    noPercent: '“{label}”请填写不带 % 的数字。',
    notWhole: '“{label}”需要是整数。',
    belowMin: '“{label}”不能小于 {min}。',
    notAboveMin: '“{label}”必须大于 {min}。',
    aboveMax: '“{label}”不能大于 {max}。',
  },
  loading: '互动练习正在加载，稍等片刻即可操作。',
  scrollHint: '表格较宽，可左右滑动查看。',
  partLoading: '正在加载……',
  partFailed: '这部分未能加载。请检查网络，然后重新选择。',
  triedNotSaved: '本设备的存储空间已满或被禁用：“练过这个互动练习”没能记入学习进度。练习本身照常可用。',
} as const;
