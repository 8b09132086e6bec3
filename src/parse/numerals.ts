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

export function intToCn(n: number): string {
  if (n < 10) return NAME[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NAME[tens]}十${NAME[ones]}`;
}

/** Full-width digits to ASCII, then the number. */
export function arabicToInt(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}
