/** Message templates, Chinese. {name} is replaced by the finding's parameter of that name. */
export const zhCN = {
  "sum-mismatch": "{subject}应为 {expected}（= {parts}），实为 {actual}，相差 {difference}",
  "sum-mismatch.subset-hint": "；差额恰为其中项「{subsetLabel}」的 {subsetValue}，其中项不应计入合计",
  "subset-exceeds": "{subject}为 {actual}，大于其所属的「{whole}」{expected}：其中项不能超过总数",
  "balance-mismatch":
    "{column}列不平衡：{leftParts} = {left}，而 {rightParts} = {right}，相差 {difference}（第一项加第二项之和应等于第三项加第四项之和）",
  "empty-required": "{subject}未填写（计算时按 0 处理）；没有数据请填 0",
  "not-a-number.text": "{subject}填的是文字「{text}」，不是数字",
  "not-a-number.numeric-text":
    "{subject}的 {text} 是以文本形式存储的数字，Excel 求和时会忽略它，请改为数字格式",
  "not-a-number.full-width": "{subject}的「{text}」使用了全角数字，请改为半角数字 {value}",
  "not-a-number.with-unit": "{subject}的「{text}」带有单位，单元格只应填数字 {value}",
  "not-a-number.formula-error": "{subject}是公式错误 {text}，请检查公式引用的单元格",
  "formula-without-result.unknown":
    "{subject}的公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再检查；与它相关的勾稽关系本次未检查",
  "formula-without-result.computed":
    "{subject}的公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再检查；本次按公式算得 {value} 进行检查",
  negative: "{subject}为负数 {actual}，统计数不能为负",
  "not-integer": "{subject}为小数 {actual}，件数、条数等应为整数",
  "prior-year-mismatch": "{subject}为 {actual}，按上年报告应为 {expected}（{priorParts}），相差 {difference}",
  "outdated-template":
    "本工作簿使用的是{templateName}（{format}），已被{newName}（{newFormat}）取代，请改用现行格式；本次仍按旧格式检查",
  "missing-row.row": "{table}中未找到行「{label}」，该行的数字无法检查",
  "missing-row.column": "{table}中未找到列「{label}」，该列的数字无法检查",
  "missing-row.table": "未找到{table}，请确认工作簿中包含该表且表内标签与标准格式一致",
  "template-not-found":
    "没有在工作簿中找到标准统计表（已尝试：{templates}）。请确认表格的行、列标签与标准格式一致，或插入标准空白表",
  "implausible.group-row": "{subject}是分组标题行，不应填写数字（实为 {actual}），数字应填在其下各项中",
  "implausible.guizhang-issuer":
    "{subject}为 {actual}：只有省级人民政府、设区的市（自治州）人民政府和国务院部门可以制定规章，请确认本机关是否为规章制定主体",
  "implausible.valid-below-net":
    "{subject}为 {actual}，少于{terms} = {least}：现行有效件数不会少于本年制发减本年废止，请核对",
  "parts.all-zero": "{count} 项均为 0",
  "parts.rest-zero": "其余 {count} 项为 0",
  "parts.more": "等 {count} 项",
  "parts.none": "无",
  "parts.prior": "上年{label} {value}",
  "narrative-mismatch": "正文“{sentence}”写{subject}为 {quote}，统计表中为 {expected}（{cell}），两者不一致",
  "narrative-mismatch.none": "正文“{sentence}”说没有{subject}，统计表中却为 {expected}（{cell}）",
  "narrative-agreement": "正文“{quote}”按「{basis}」口径理解，与统计表一致（{expected}）",
  "narrative-structure.missing": "正文缺少章节「{heading}」（{templateName}的报告格式要求）",
  "narrative-structure.misnumbered": "正文章节「{found}」的序号与标准格式不同，应为「{heading}」",
  "narrative-structure.outdated": "正文章节「{found}」是 2019 年以前报告的标题，现行格式的章节为：{headings}",
  "narrative-structure.order": "正文各章节的顺序与标准格式不同：正文为 {found}，标准格式为 {headings}",
  "narrative-structure.empty": "正文章节「{found}」下没有内容；没有需要报告的也应写明「无」或「本年度无……」",
  "narrative-year.title": "正文标题“{quote}”写的是 {found} 年度，统计表是 {year} 年度",
  "narrative-year.period": "正文的统计期限“{quote}”是 {found} 年，统计表是 {year} 年度",
  "narrative-year.title-period": "正文标题“{title}”写的是 {found} 年度，统计期限“{quote}”却是 {year} 年",
  "narrative.summary":
    "{templateName}：正文中与统计表对应的数字 {count} 处，一致 {agreed} 处；发现 {problems} 处不一致、{notes} 条说明。",
  "narrative.table-errors": "注意：统计表本身有 {errors} 处错误，请先运行 nianbao check 修正。",
} as const;

export type MessageId = keyof typeof zhCN;

/**
 * The verdict a clerk reads first: what the cell should be and what it is, in one short line. The cell itself and
 * the parts are shown beside it, so neither is repeated here; the full sentence above becomes the finding's detail.
 * {name} is the cell's row label (its column is told by the cell).
 */
export const zhCNShort = {
  "sum-mismatch": "{name} 应为 {expected}，实为 {actual}，相差 {difference}",
  "sum-mismatch.subset-hint": "；差额恰为其中项「{subsetLabel}」",
  "subset-exceeds": "{name} 为 {actual}，大于所属项的 {expected}",
  "balance-mismatch": "{column}列不平衡：第一、二项之和 {left}，第三、四项之和 {right}，相差 {difference}",
  "empty-required": "未填写",
  "not-a-number.text": "不是数字：“{text}”",
  "not-a-number.numeric-text": "以文本存储的数字：{text}",
  "not-a-number.full-width": "全角数字：“{text}”，应为 {value}",
  "not-a-number.with-unit": "带有单位：“{text}”，只填 {value}",
  "not-a-number.formula-error": "公式错误 {text}",
  "formula-without-result.unknown": "公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再检查",
  "formula-without-result.computed": "公式没有保存计算结果，本次按公式算得 {value} 进行检查",
  negative: "负数 {actual}",
  "not-integer": "小数 {actual}，应为整数",
  "prior-year-mismatch": "{name} 按上年报告应为 {expected}，实为 {actual}，相差 {difference}",
  "outdated-template": "格式已过时：{templateName}已被{newName}取代",
  "missing-row.row": "{table}中未找到行「{label}」",
  "missing-row.column": "{table}中未找到列「{label}」",
  "missing-row.table": "未找到{table}",
  "template-not-found": "未找到标准统计表",
  "implausible.group-row": "分组标题行应留空，实为 {actual}",
  "implausible.guizhang-issuer": "{name} 为 {actual}：请确认本机关可以制定规章",
  "implausible.valid-below-net": "{name} 现行有效 {actual}，少于制发减废止 {least}",
} satisfies Partial<Record<MessageId, string>>;

export type ShortMessageId = keyof typeof zhCNShort;
