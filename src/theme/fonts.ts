// Which font face each role of a theme uses.
import type { Theme } from './schema.js';

export type FontRole = keyof Theme['fonts'];
/** `safe`: the fallback faces every Chinese Windows has; `preferred`: the faces the convention asks for. */
export type FontMode = 'safe' | 'preferred';
export type Fonts = Record<FontRole, string>;

export function resolveFonts(theme: Theme, mode: FontMode): Fonts {
  const pick = (role: FontRole) => (mode === 'preferred' ? theme.fonts[role].face : theme.fonts[role].fallback);
  return { title: pick('title'), heading: pick('heading'), point: pick('point'), body: pick('body'), figure: pick('figure') };
}
