// Reading a rendered deck back: the parts, each slide's text runs and its notes.
import JSZip from 'jszip';

export interface DeckParts {
  names: string[];
  xml: Map<string, string>;
}

export async function openDeck(bytes: Uint8Array): Promise<DeckParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const xml = new Map<string, string>();
  for (const n of names) if (/\.(xml|rels)$/.test(n)) xml.set(n, await zip.file(n)!.async('string'));
  return { names, xml };
}

export function slideNames(deck: DeckParts): string[] {
  return deck.names
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every <a:t>, in document order. */
export function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!));
}

/** The text of each paragraph (its runs joined), in document order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => texts(m[1]!).join('')).filter(Boolean);
}

/** Every run's properties element (or '' when a run has none). */
export function runProperties(xml: string): string[] {
  return [...xml.matchAll(/<a:r>(<a:rPr[^>]*\/>|<a:rPr[^>]*>[\s\S]*?<\/a:rPr>)?/g)].map((m) => m[1] ?? '');
}

/** The text of the slide's title placeholder (type title or ctrTitle), or null when it has none. */
export function placeholderTitle(slideXml: string): string | null {
  for (const sp of slideXml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
    if (/<p:ph\b[^>]*\btype="(title|ctrTitle)"/.test(sp.replace(/\s+/g, ' '))) return paragraphs(sp).join('\n');
  }
  return null;
}
