/**
 * Names that promise a number: a rate, a count, an amount, a time. A qualitative target on such an
 * indicator is a missed chance to measure.
 */
const QUANTITY_NAME = /(率|数|量|额|次|面积|长度|里程|成本|费用|金额|时间|时长|天数|人次|满意度|指数|比例|占比|比重)$/;

export function nameSuggestsQuantity(name: string): boolean {
  return QUANTITY_NAME.test(name.replace(/[\s（）()]/g, ""));
}

/**
 * Relative wording with no baseline is vague whatever the indicator ("显著改善", "巩固提高", "效果明显"),
 * and so is a bare adjective standing for a level ("高", "良好", "满意": 黄石 2022 writes 群众满意度 "满意" where a rate such as ≥90% belongs).
 */
export const ALWAYS_VAGUE =
  /进一步|有所|逐步|不断|明显|显著|巩固|持续(改善|提高|提升|增强)|大幅|较大|一定程度|^(高|较高|好|较好|良好|有效|增强|提高|提升|改善|满意|较满意|比较满意|基本满意|非常满意|十分满意)$/;

/** Rates that can legitimately pass 100% (growth, increase, year-on-year). */
const CAN_EXCEED = /增长|增幅|增速|增加|增量|提高|提升|上升|同比|环比|比上年|倍|超额|产出率|回报率|收益率|利用率/;

export function rateCapped(name: string): boolean {
  return /率|比例|占比|比重|覆盖|达标|合格|满意度/.test(name) && !CAN_EXCEED.test(name);
}

/** Quantities that can go negative or where 0 is a real target level (growth, change, balance). */
export function canBeNegative(name: string): boolean {
  return /增长|增幅|增速|变化|变动|差|偏差|温度|气温|结余|利润|盈亏/.test(name);
}
