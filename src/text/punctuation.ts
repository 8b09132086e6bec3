// Slides show Chinese punctuation: an ASCII , : ; ! ? ( ) next to Chinese text becomes its full-width form.
// (Notes keep the source verbatim.)
import { HAN } from './han.js';

const HAN_NEAR = new RegExp(`[${HAN}“”‘’、。，：；！？（）《》]`, 'u');
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

const HAS_ASCII_MARK = /[,:;!?()]/;

export function fullWidthPunctuation(text: string): string {
  if (!HAS_ASCII_MARK.test(text)) return text; // most Chinese text: nothing to change
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const full = FULL[ch];
      if (!full) return ch;
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      // Keep 1,000 and 3:30 and (a) in Latin text as they are.
      if (/[0-9]/.test(before) && /[0-9]/.test(after)) return ch;
      return HAN_NEAR.test(before) || HAN_NEAR.test(after) ? full : ch;
    })
    .join('');
}
