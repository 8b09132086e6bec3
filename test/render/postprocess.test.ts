// One test per repair of pptxgenjs 4.0.1 output.
import { describe, expect, it } from 'vitest';
import {
  addBackgroundEffects,
  dropDuplicateParagraphProperties,
  dropPhantomOverrides,
  escapeXml,
  fillThemeFonts,
  fixAppProperties,
  fixCoreProperties,
  fixJpegMime,
  markChinese,
  orderPresentationLists,
  rewriteNotes,
  uniqueShapeIds,
} from '../../src/render/postprocess.js';

describe('repairs', () => {
  it('drops [Content_Types] overrides for slide masters that do not exist (PptxGenJS#1444)', () => {
    const xml =
      '<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="x"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="x"/></Types>';
    const out = dropPhantomOverrides(xml, new Map([['ppt/slideMasters/slideMaster1.xml', '']]));
    expect(out).toContain('slideMaster1.xml');
    expect(out).not.toContain('slideMaster2.xml');
  });

  it('writes image/jpeg, not image/jpg', () => {
    expect(fixJpegMime('<Default Extension="jpg" ContentType="image/jpg"/>')).toBe('<Default Extension="jpg" ContentType="image/jpeg"/>');
  });

  it('fills the theme East Asian and Hans fonts', () => {
    const out = fillThemeFonts('<a:ea typeface=""/><a:font script="Hans" typeface="等线"/>', { latin: 'x', eastAsian: '微软雅黑', heading: '黑体' });
    expect(out).toBe('<a:ea typeface="微软雅黑"/><a:font script="Hans" typeface="微软雅黑"/>');
  });

  it('keeps only the first paragraph properties of a paragraph', () => {
    const xml = '<a:p><a:pPr marL="1"><a:buChar char="■"/></a:pPr><a:r><a:t>甲</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>乙</a:t></a:r></a:p><a:p><a:pPr algn="l"/><a:r><a:t>丙</a:t></a:r></a:p>';
    expect(dropDuplicateParagraphProperties(xml)).toBe(
      '<a:p><a:pPr marL="1"><a:buChar char="■"/></a:pPr><a:r><a:t>甲</a:t></a:r><a:r><a:t>乙</a:t></a:r></a:p><a:p><a:pPr algn="l"/><a:r><a:t>丙</a:t></a:r></a:p>',
    );
  });

  it('adds an effect list to solid backgrounds (PptxGenJS#1442)', () => {
    expect(addBackgroundEffects('<p:bgPr><a:solidFill><a:srgbClr val="B0171F"/></a:solidFill></p:bgPr>')).toBe(
      '<p:bgPr><a:solidFill><a:srgbClr val="B0171F"/></a:solidFill><a:effectLst/></p:bgPr>',
    );
  });

  it('marks en-US runs as zh-CN, keeping en-US as the alternate', () => {
    expect(markChinese('<a:rPr lang="en-US" sz="1"/><a:endParaRPr lang="en-US"/>')).toBe(
      '<a:rPr lang="zh-CN" altLang="en-US" sz="1"/><a:endParaRPr lang="zh-CN" altLang="en-US"/>',
    );
    expect(markChinese('<a:rPr lang="zh-CN" altLang="en-US"/>')).toBe('<a:rPr lang="zh-CN" altLang="en-US"/>');
  });

  it('rewrites notes as one escaped zh-CN paragraph per line', () => {
    const xml =
      '<p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>a\nb</a:t></a:r></a:p></p:txBody></p:sp>';
    const out = rewriteNotes(xml, '第一段 <A&B>\n第二段', '微软雅黑');
    expect(out.match(/<a:p>/g)).toHaveLength(2);
    expect(out).toContain('<a:t>第一段 &lt;A&amp;B&gt;</a:t>');
    expect(out).toContain('lang="zh-CN"');
    expect(out).toContain('<a:ea typeface="微软雅黑"/>');
  });

  it('orders notesMasterIdLst before sldIdLst, as the schema requires', () => {
    const xml = '<p:presentation><p:sldMasterIdLst/><p:sldIdLst><p:sldId/></p:sldIdLst><p:notesMasterIdLst><p:notesMasterId/></p:notesMasterIdLst><p:sldSz/></p:presentation>';
    expect(orderPresentationLists(xml)).toBe(
      '<p:presentation><p:sldMasterIdLst/><p:notesMasterIdLst><p:notesMasterId/></p:notesMasterIdLst><p:sldIdLst><p:sldId/></p:sldIdLst><p:sldSz/></p:presentation>',
    );
  });

  it('fixes timestamps and names in the document properties', () => {
    const core =
      '<dc:title>PptxGenJS Presentation</dc:title><dc:subject>x</dc:subject><dc:creator>PptxGenJS</dc:creator><cp:lastModifiedBy>PptxGenJS</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T00:27:50Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T00:27:50Z</dcterms:modified>';
    const out = fixCoreProperties(core, { notes: [], fonts: { latin: '', eastAsian: '', heading: '' }, title: '讲话 & 报告', author: '办公室', timestamp: new Date(Date.UTC(2020, 0, 1)) });
    expect(out).toContain('<dc:title>讲话 &amp; 报告</dc:title>');
    expect(out.match(/2020-01-01T00:00:00Z/g)).toHaveLength(2);
    expect(out).not.toContain('PptxGenJS');
    expect(fixAppProperties('<Application>Microsoft Office PowerPoint</Application><Company>PptxGenJS</Company>')).toBe('<Application>doc2deck</Application><Company></Company>');
  });

  it('renumbers repeated shape ids', () => {
    expect(uniqueShapeIds('<p:cNvPr id="2" name="a"/><p:cNvPr id="25" name="b"/><p:cNvPr id="25" name="c"/>')).toBe(
      '<p:cNvPr id="2" name="a"/><p:cNvPr id="25" name="b"/><p:cNvPr id="26" name="c"/>',
    );
  });

  it('escapes XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
