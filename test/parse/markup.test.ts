// Page markup left in a text: tags of HTML's own names go (block tags end the paragraph), character
// references are decoded however often they were escaped, and angle brackets around words stay.
import { describe, expect, it } from 'vitest';
import { withoutMarkup } from '../../src/parse/markup.js';
import { parseDocument } from '../../src/parse/parse.js';

describe('markup left in a text', () => {
  it('drops inline tags, breaks at block tags and decodes references', () => {
    expect(withoutMarkup('<p>一、<b>总体要求</b></p><p style="text-indent:2em">坚持&ldquo;两个毫不动摇&rdquo;。</p>')).toBe('\n一、总体要求\n\n坚持“两个毫不动摇”。\n');
    expect(withoutMarkup('同志们：&amp;amp;nbsp;今天')).toBe('同志们：\u00A0今天');
    expect(withoutMarkup('第一行<br/>第二行<BR>第三行')).toBe('第一行\n第二行\n第三行');
  });

  it('leaves words in angle brackets and ampersands that are not references', () => {
    expect(withoutMarkup('贯彻<安全生产法>，加强R&D投入，<b')).toBe('贯彻<安全生产法>，加强R&D投入，<b');
  });

  it('finds the parts of a page source whose headings are in <b> tags', () => {
    const text =
      '<h1>在党建理论研究班上的讲话</h1><p>同志们：</p><p>今天讲两个问题。</p><p><b>一、充分认识党的建设的重要性</b></p><p>党的建设十分重要。</p><p><b>二、切实加强思想建设</b></p><p>要加强学习。</p>';
    const { tree } = parseDocument(text);
    expect(tree.title).toBe('在党建理论研究班上的讲话');
    expect(tree.sections.map((s) => s.title)).toEqual(['充分认识党的建设的重要性', '切实加强思想建设']);
  });
});
