// How many slides a deck may have. A deck of two thousand slides is already one no meeting can
// show (a two-hour meeting would give each under four seconds); the longest real document we have (the 20th
// Party Congress report, 97 KB) makes about 60, and every shared corpus document pasted together
// (1.8 MB) 118. Past the limit the text is not a speech or a report read as one — usually a list
// of thousands of numbered items — and rendering it would take minutes and gigabytes: it is refused,
// in Chinese, before any slide is drawn.
import { problem, type Problem } from '../problems.js';
import type { SlidePlan } from './types.js';

export const MAX_SLIDES = 2000;

export function deckTooLarge(plan: SlidePlan): Problem | null {
  const n = plan.slides.length;
  if (n <= MAX_SLIDES) return null;
  return problem(
    'deck-too-large',
    'error',
    `按这篇文稿的层次会生成 ${n} 张幻灯片，超过 ${MAX_SLIDES} 张的上限，不像是一篇讲话稿或报告。请用 doc2deck outline 检查识别出的层次，或把文稿分成几份分别转换。`,
  );
}
