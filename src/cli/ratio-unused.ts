// A template keeps its own slide size: a --ratio that asks for another is said, not silently ignored.
import type { Io } from './io.js';
import type { Ratio } from '../plan/types.js';

/** `templateRatio`: the size the deck was made in on a template, null without one. */
export function warnRatioUnused(asked: Ratio | undefined, templateRatio: Ratio | null, io: Io): void {
  if (asked && templateRatio && asked !== templateRatio) {
    io.stderr(`警告：幻灯片尺寸按模板（${templateRatio}）制作，--ratio ${asked} 未使用。\n`);
  }
}
