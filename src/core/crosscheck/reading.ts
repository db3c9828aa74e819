/**
 * Where a figure stands in its sentence, which decides whether the words before it govern it: its clause, a
 * quoted name, a bracket, a 其中-part, another channel than 信息公开申请.
 */

import { type Quantity } from "./numbers";
import { type Topic } from "./topics";

/** Words just before a number that can still name it: within its clause, and not too far back. */
const CONTEXT = 40;
/** Words allowed between the subject and its figure (「新收政府信息公开申请数量为」). */
const GAP = 16;
const CLAUSE_END = /[，,：:；;。！？!?]/;
const OPENING_QUOTES = '“「『《〈"';
const CLOSING_QUOTES = '”」』》〉"';
/**
 * Figures of other channels: 12345 and hotlines, 信访, 咨询, 诉求, 留言 are counted apart from 信息公开申请, and are
 * not in the tables.
 */
const OTHER_CHANNEL = /12345|热线|信访|咨询|诉求|留言|来信|来电|信箱/;
/** The figures after these words are parts of the one before: to the end of the sentence … */
const PARTS = /其中|包括/;
/** … or of their clause (「共办理69件，含上年转来的3件，办结68件」). */
const CLAUSE_PARTS = /包含|含/;
/** How an application came in: a figure named by it is one channel's part of the total (「邮箱受理2件」). */
const SUBMISSION = "(?:网上|网络|在线|当面|现场|信函|邮寄|邮件|邮箱|传真|电话|书面|纸质)";
const BY_SUBMISSION = new RegExp(`^(?:通过)?${SUBMISSION}`);
/** 「……申请3件、纸质申请36件」: a list of figures by channel. */
const LISTED_BY_SUBMISSION = new RegExp(`^、[^、，。；]{0,4}${SUBMISSION}`);
/** 「收到群众网上申请105件」: the applications of one channel. */
const SUBMISSION_APPLICATIONS = new RegExp(`${SUBMISSION}申请`);

export interface Position {
  /** Where the words that may name the figure start: its clause, or the bracket it stands in. */
  from: number;
  /** The figure is a part: inside brackets or after 其中. */
  part: boolean;
  /** Inside quotation marks or a title: a name such as 「“三个一”工作机制」, not a figure. */
  quoted: boolean;
  /** The clause of the figure (and the sentence before it) names another channel. */
  otherChannel: boolean;
}

function quoted(before: string): boolean {
  let depth = 0;
  for (const ch of before) {
    const open = OPENING_QUOTES.indexOf(ch);
    const close = CLOSING_QUOTES.indexOf(ch);
    // A straight quote " is both: it toggles.
    if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (open >= 0) depth++;
    else if (close >= 0 && depth > 0) depth--;
  }
  return depth > 0;
}

/** Start of the innermost bracket still open before `end`, or -1. */
function openBracket(text: string, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === "）" || ch === ")") depth++;
    else if (ch === "（" || ch === "(") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

export function positionOf(sentence: string, q: Quantity, previousEnd: number): Position {
  const before = sentence.slice(0, q.start);
  let clauseStart = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(before[i])) {
      clauseStart = i + 1;
      break;
    }
  }
  const bracket = openBracket(sentence, q.start);
  let clauseEnd = sentence.slice(q.end).search(CLAUSE_END);
  clauseEnd = clauseEnd < 0 ? sentence.length : q.end + clauseEnd;
  const clause = sentence.slice(clauseStart, q.start);
  // A 其中 inside a closed bracket (「申请44件（其中：网上申请42件……）」) ends with the bracket.
  const open = before.replace(/[（(][^（()）]*[）)]/g, "");
  return {
    from: Math.max(clauseStart, bracket + 1, previousEnd),
    part:
      bracket >= 0 ||
      PARTS.test(open) ||
      CLAUSE_PARTS.test(clause) ||
      ((BY_SUBMISSION.test(clause) || SUBMISSION_APPLICATIONS.test(clause)) &&
        !/等(?:方式|渠道|途径)/.test(clause)) ||
      LISTED_BY_SUBMISSION.test(sentence.slice(q.end, clauseEnd)),
    quoted: quoted(before),
    otherChannel: OTHER_CHANNEL.test(sentence.slice(0, clauseEnd)),
  };
}

/**
 * The topic named closest before the number; a longer name wins a tie (「废止规范性文件」 over 「规范性文件」). A verb
 * just before the number names it when the noun follows (「收到8份政府信息公开申请」).
 */
export function topicOf(context: string, after: string, topics: readonly Topic[]): Topic | undefined {
  const named = namedBefore(context, after, topics);
  if (named) return named;
  // Nothing names it before: the words right after its unit may (「12件行政复议案件」).
  const clause = after.split(CLAUSE_END)[0];
  return topics.find((t) => t.after?.some((p) => new RegExp(`^${p}`).test(clause)));
}

function namedBefore(context: string, after: string, topics: readonly Topic[]): Topic | undefined {
  const words = context.slice(-CONTEXT);
  const byVerb = topics.find(
    (t) =>
      t.verbs &&
      new RegExp(`${t.verbs.before}$`).test(words) &&
      new RegExp(`^${t.verbs.nounAfter}`).test(after),
  );
  if (byVerb) return byVerb;
  let best: { topic: Topic; end: number; length: number } | undefined;
  for (const topic of topics) {
    for (const p of topic.patterns) {
      for (const m of words.matchAll(new RegExp(p, "g"))) {
        const end = (m.index ?? 0) + m[0].length;
        if (!best || end > best.end || (end === best.end && m[0].length > best.length))
          best = { topic, end, length: m[0].length };
      }
    }
  }
  if (!best) return undefined;
  // A list between the subject and the number (「……行政诉讼情况、存在的主要问题……共六个部分」) means the subject
  // names one item of the list, not the figure.
  const gap = words.slice(best.end);
  return gap.length > GAP || gap.includes("、") ? undefined : best.topic;
}
