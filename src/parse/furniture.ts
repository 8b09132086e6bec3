// What a web page, a bulletin or a database export puts around a document: breadcrumbs, source and
// click-count lines, print and share links, previous/next links, a bulletin's masthead and issue
// number, the note that introduces a re-posted text. None of it is the document: it never becomes a
// title, a part or a slide (it is kept in the notes of the slide beside it).
import { HAN } from '../text/han.js';

/** A line of at most `max` characters (code points) that says one of `words`: a page's, never the speaker's. */
function shortLineSaying(max: number, words: RegExp): (text: string) => boolean {
  const short = new RegExp(`^.{0,${max}}$`, 'u');
  return (text) => short.test(text) && words.test(text);
}

// 当前位置：首页 > 新闻中心 > 通知公告 / 您现在的位置: 首页 >> …
const RE_BREADCRUMB = /^(?:当前位置|您现在的位置|你现在的位置|您的位置|所在位置|位置)\s*[:：]|^首页\s*(?:[>＞»›/]|&gt;)|(?:[>＞»›]\s*){1}正文$|\s(?:>|＞|»|>>)\s.*\s(?:>|＞|»|>>)\s/u;
// A site's navigation bar: 笔杆子素材库 首页, 首页 | 范文 | 讲话稿, 返回首页 (a short line with 首页 standing alone in it).
const RE_NAV = /^[^。，；！？,;!?]{0,30}$/u;
const RE_NAV_WORD = /(?:^|[\s|｜·/])(?:网站首页|返回首页|设为首页|首页)(?:$|[\s|｜·/>＞»›])/u;
// A compilation site's label above each text it gathered: 第一篇：湖南省人民政府办公厅文件.
const RE_COMPILED = /^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]/u;
// A post's date and its site or author on one line: 10-28 笔杆子素材库, 2019-10-28 09:30 某某网.
const RE_POSTED = /^(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+[^\s，。；！？,;!?:：]{2,20}$/u;
// 文章来源：… 作者：… 发布时间：… 点击数：… 简介：… (often several on one line), and the like.
const META_WORDS =
  '简介|内容简介|栏目|所属栏目|标签|关键字|来源|文章来源|信息来源|稿件来源|出处|作者|撰稿|供稿|摄影|编辑|责任编辑|审核|审稿|校对|签发|发布者|发布人|发布时间|发布日期|发表时间|更新时间|时间|日期|点击数|点击|点击量|浏览次数|浏览量|阅读次数|阅读量|访问次数|字号|字体|【字体|文章录入|录入';
const RE_META = new RegExp(`^[【\\[（(]?\\s*(?:${META_WORDS})\\s*[:：】\\]]`, 'u');
// The same fields after a post's time, on a line of their own: 01-16 15:29:25  浏览次数:419次  栏目:政府报告.
const RE_STAMPED_META = new RegExp(`^(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+(?:${META_WORDS})\\s*[:：]`, 'u');
// A line made only of a timestamp: 2019-03-12 10:20:33, 2019年03月12日 10:20, 2019/3/12.
const RE_TIMESTAMP = /^[（(]?\d{4}\s*(?:[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[）)]?$/u;
// Links and buttons: 【打印正文】【关闭窗口】 上一篇：… 下一篇：… 分享到： 返回顶部 打印本页 关闭
const RE_LINKS =
  /^(?:[-·•*]\s*)?(?:【\s*(?:打印|关闭|打印正文|关闭窗口|打印本页|返回顶部|收藏|加入收藏|字体|大|中|小|纠错)[^】]{0,6}】\s*)+$|^(?:[-·•*]\s*)?(?:上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关文章|推荐阅读|分享到|扫一扫|返回顶部|打印本页|关闭窗口|打印|关闭|收藏|下载|全屏|退出全屏|加大|减小|还原|放大|缩小|扫描二维码|版权声明|免责声明|手机版|电脑版|移动版|网页版|繁体版|简体版|无障碍|English)(?:\s*[:：].*)?$/u;
// A page's button bar put one button a line leaves its brackets alone on lines of their own: 【字号： / 加大 / 减小 / 】.
const RE_BARE_BRACKETS = /^[【】]+$/u;
// A page's sharing and copyright lines: 微信扫一扫在手机阅读、分享本文; 作者原创,不允许二次传播; 如有侵权请联系删除.
const isShareOrRights = shortLineSaying(40, /扫一扫|在手机(?:上)?阅读|分享本文|分享到(?:微信|朋友圈)|二次传播|未经(?:许可|授权)[^。]{0,8}转载|转载请注明|版权归.{0,12}所有|如有侵权|侵权(?:请)?(?:联系)?删除/u);
// Reading sites' preview walls after a cut text: 预览结束，免费获取全文…, （未完，全文共1662字，当前显示422字）,
// 请点击…联系老师, 开通会员…. A short line that asks the reader to pay, click or log in is the page's, never the speaker's.
const isPaywall = shortLineSaying(60, /预览结束|试读结束|全文共\s*\d+\s*字|当前(?:仅)?显示\s*\d+\s*字|(?:正式)?会员可(?:完整)?阅读|开通会员|免费获取全文|(?:阅读|查看|下载)全文|联系老师|请点击.{0,12}联系/u);
// （来源：人民网）, （编辑：张三）, [责任编辑：李四] at the end of a re-posted article.
const RE_BRACKETED_META = new RegExp(`^[（(【\\[]\\s*(?:${META_WORDS})\\s*[:：][^）)】\\]]{0,40}[）)】\\]]$`, 'u');

/** A news agency's dateline: 新华社北京7月1日电, 本报讯. */
export const RE_DATELINE = /^(?:新华社|中新社|人民网|央视网|本报)[^，。！？\s]{0,12}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)/u;

// A record's metadata above the text, as gov.cn's disclosure pages and exports give it:
// 索引号：…  主题分类：…  发文机关：…  成文日期：…  标题：…  发文字号：…  发布日期：…
const RE_METADATA =
  /^(?:索引号|主题分类|主题词|发文机关|发布机构|发布单位|成文日期|印发日期|发布日期|生效日期|标题|题目|名称|文号|发文字号|层级|类型|分类|状态|有效性|时效性|官方链接|原文链接|链接|网址|关键词|所属机构|title|date|source|url|tags|category)\s*[:：]/iu;

// Metadata written by a program, under an English key: layout: post, author: 某某, tags: 讲话.
const RE_ASCII_KEY = /^[a-z][a-z0-9_-]{1,30}\s*:\s/u;

/** A line a website or an export put above the text. */
export function isPageFurniture(text: string): boolean {
  return (
    (RE_DATELINE.test(text) && text.length <= 24) ||
    RE_METADATA.test(text) ||
    RE_ASCII_KEY.test(text) ||
    RE_BRACKETED_META.test(text) ||
    RE_BREADCRUMB.test(text) ||
    isNavigation(text) ||
    RE_POSTED.test(text) ||
    RE_COMPILED.test(text) ||
    RE_LINKS.test(text) ||
    RE_BARE_BRACKETS.test(text) ||
    isPaywall(text) ||
    RE_META.test(text) ||
    RE_STAMPED_META.test(text) ||
    isShareOrRights(text) ||
    RE_TIMESTAMP.test(text)
  );
}

function isNavigation(text: string): boolean {
  return RE_NAV.test(text) && RE_NAV_WORD.test(text);
}

/**
 * A line a website put below the text. There a bare date or a 时间：/日期： line may be the document's
 * own (a signature, a meeting's time), so only the page's links, editor and source lines count.
 */
export function isPageFurnitureBelow(text: string): boolean {
  return (
    RE_BRACKETED_META.test(text) ||
    RE_BREADCRUMB.test(text) ||
    isNavigation(text) ||
    RE_LINKS.test(text) ||
    RE_BARE_BRACKETS.test(text) ||
    isPaywall(text) ||
    isShareOrRights(text) ||
    (RE_META.test(text) && !/^(?:时间|日期)/u.test(text))
  );
}

// A bulletin's masthead (××工作简报, 纪检监察通报), a red-headed document's issuing mark (GB/T 9704's
// 发文机关标志: 湖南省人民政府办公厅文件) and an issue number (第3期, 〔2019〕第14期, 总第56期).
const RE_MASTHEAD = new RegExp(`^[${HAN}A-Za-z0-9“”]{0,16}(?:简报|通讯|快报|专报|要报|动态|信息|通报|周报|月报|情况反映|文件)$`, 'u');
const RE_ISSUE = /^(?:[（(〔[]?\s*\d{4}\s*[〕\])）]?\s*(?:年)?)?\s*(?:第\s*[0-9一二三四五六七八九十〇零○]{1,4}\s*期|总第\s*\d{1,5}\s*期)(?:[\s　]*[（(]?总第\s*\d{1,5}\s*期[）)]?)?$/u;
// The line under a masthead: the issuing office and the date, e.g. 县委办公室编　　2019年5月6日
const RE_ISSUER_LINE = new RegExp(`^[${HAN}]{2,30}(?:编|编印|主办|印发)[\\s\\u3000]*(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?$`, 'u');

// An editorial's or article's byline: 《红旗》杂志社论, 本报评论员, 人民日报评论员文章.
const RE_BYLINE = /^(?:《[^》]{1,12}》)?[^，。]{0,8}?(?:杂志|日报|报)?(?:社论|评论员(?:文章)?|特约评论员|编辑部)$/u;

/** A bulletin's masthead, its issue number, the issuer line beneath it, or a publication's byline. */
export function isMasthead(text: string): boolean {
  // 关于……的通报 is a document's title, not a masthead.
  return RE_ISSUE.test(text) || RE_BYLINE.test(text) || (RE_MASTHEAD.test(text) && !/关于|的/u.test(text)) || RE_ISSUER_LINE.test(text);
}

// 现将……讲话摘录如下，请认真学习贯彻。 / 编者按：… / 按：…
const RE_POSTING_NOTE = /^(?:编者按|编者的话|按)\s*[:：]|现将.{2,80}(?:如下|印发给你们|转发给你们|予以印发|刊发)|请(?:认真)?(?:学习|组织学习|传达学习|结合实际)|供(?:学习)?参考/u;

/** A sentence that introduces a re-posted text (it stands before the title). */
export function isPostingNote(text: string): boolean {
  return RE_POSTING_NOTE.test(text);
}
