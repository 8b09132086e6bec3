// A template's parts that go into the deck must be whole: an XML part cut short, a relationship to a
// part that is not in the package, or a slide size the format does not allow would make PowerPoint
// repair the deck (or refuse it). Such a template is refused, naming what is wrong, not grafted.
import { XMLValidator } from 'fast-xml-parser';
import { relationships, relsOf } from './read.js';

/** The template's example slides and what only they use are dropped (graft.ts): they need not be whole. */
const DROPPED = /^ppt\/(?:slides|notesSlides|comments)\//;

/** What is wrong with the parts the deck keeps, in Chinese, or null. */
export function damage(parts: ReadonlyMap<string, Uint8Array>): string | null {
  const decoder = new TextDecoder();
  for (const [name, data] of parts) {
    if (DROPPED.test(name) || !/\.(?:xml|rels)$/i.test(name)) continue;
    const xml = decoder.decode(data);
    if (XMLValidator.validate(xml) !== true) return `${name} 不是完整的 XML`;
    if (!name.endsWith('.rels')) continue;
    const source = sourceOf(name);
    for (const r of relationships(xml, source)) {
      if (!r.external && !parts.has(r.target)) return `${source} 引用的 ${r.target} 不在文件中`;
    }
  }
  return null;
}

/** ppt/slideLayouts/_rels/slideLayout1.xml.rels → ppt/slideLayouts/slideLayout1.xml (_rels/.rels → the package). */
function sourceOf(rels: string): string {
  const source = rels.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
  return relsOf(source) === rels ? source : '';
}
