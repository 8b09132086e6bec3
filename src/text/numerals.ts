// Chinese numerals 1..99 (一 … 九十九) and back.

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NAME = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** `一` → 1, `十一` → 11, `二十` → 20. Returns NaN for anything else. */
export function cnToInt(s: string): number {
  if (!s.includes('十')) return DIGIT[s] ?? NaN;
  const [a = '', b = ''] = s.split('十');
  const tens = a === '' ? 1 : DIGIT[a];
  const ones = b === '' ? 0 : DIGIT[b];
  return tens === undefined || ones === undefined ? NaN : tens * 10 + ones;
}

/** 1 → 一, 11 → 十一, 100 → 一百, 101 → 一百零一, 1010 → 一千零一十; from 10000 on, Arabic digits. */
export function intToCn(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return NAME[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? '' : NAME[tens]}十${NAME[n % 10]}`;
  }
  let out = '';
  let gap = false;
  for (const [value, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      gap = out !== '';
      continue;
    }
    out += `${gap ? '零' : ''}${NAME[digit]}${name}`;
    gap = false;
  }
  return out;
}

/** Full-width digits to ASCII, then the number. */
export function arabicToInt(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}
