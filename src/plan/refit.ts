// A plan file (plan-file.ts), as a reviewer left it → the slide plan the renderer draws. Every slide
// is fitted again by the planner's own functions, so an untouched file gives the planner's deck, and
// text the reviewer lengthened still fits: smaller type, a continuation slide, or (when even that
// cannot hold it) shortened at a clause, with a warning.
import { jsonPathOf, partOpened, unbroken, type PlanFile, type FileSlide, type FileBullet } from './plan-file.js';
import type { PartCue, PlannedSlide, Ratio, SizedText, SlidePlan } from './types.js';
import type { Theme } from '../theme/schema.js';
import type { Problem, Result } from '../problems.js';
import { assertNever, ok, problem } from '../problems.js';
import { framesFor, type Frames } from '../theme/geometry.js';
import { agendaSlide, circled, closingText, coverTexts, dividerNumeral, partCue, quoteText, sectionTexts } from './plan.js';
import { continuedTitle, pointTitle, refitPointSlides } from './points.js';
import { sizeTiles } from './figures.js';
import { fullWidthPunctuation } from '../text/punctuation.js';
import type { PlanContext } from './context.js';

/** `frames`: the boxes to fit in, when not the built-in ones of the ratio (an organisation's template). */
export function refitPlan(file: PlanFile, theme: Theme, ratio: Ratio = file.deck.ratio, frames: Frames = framesFor(ratio)): Result<SlidePlan> {
  const ctx = refitContext(theme, frames);
  const problems: Problem[] = [];
  // The parts, each named by its divider or, where it has none, by the slide that opens it.
  const parts = file.slides.flatMap((s) => (s.layout === 'section' ? [{ ordinal: s.ordinal, title: s.title }] : (partOpened(s) ?? [])));
  const slides: PlannedSlide[] = [];
  let part = -1;
  let agendaCount = 0;
  // A slide's text, fitted; a warning when it had to be shortened to fit.
  const fit = (at: (string | number)[], given: string, sized: SizedText): SizedText => {
    if (unbroken(sized.text) !== fullWidthPunctuation(unbroken(given))) {
      problems.push(problem('plan-text-shortened', 'warning', `${jsonPathOf(at)} 太长，放不下，已缩短为“${unbroken(sized.text)}”`));
    }
    return sized;
  };
  for (let i = 0; i < file.slides.length; i++) {
    const s = file.slides[i]!;
    const at = (...rest: (string | number)[]) => ['slides', i, ...rest];
    // A part with no divider opens at this slide.
    const opens = partOpened(s);
    if (opens) part++;
    const cue = (): PartCue | null => (part >= 0 ? partCue(ctx, parts, part) : null);
    const base = { sources: [], notes: s.notes, ...(opens ? { opens } : {}) };
    switch (s.layout) {
      case 'cover': {
        const t = coverTexts(ctx, s.title, s.kind, s.byline);
        fit(at('title'), s.title, t.title);
        slides.push({ layout: 'cover', ...base, cue: null, ...t });
        break;
      }
      case 'agenda': {
        const items = s.items.map((it, k) => ({ ordinal: circled(agendaCount + k + 1), text: it.text, missing: it.missing }));
        agendaCount += items.length;
        slides.push({ ...agendaSlide(ctx, items, s.title, []), ...base });
        break;
      }
      case 'section': {
        part++;
        const t = sectionTexts(ctx, s.title, s.subtitle);
        fit(at('title'), s.title, t.title);
        if (s.subtitle && t.subtitle) fit(at('subtitle'), s.subtitle, t.subtitle);
        const c = cue()!;
        slides.push({ layout: 'section', ...base, cue: c, ordinal: s.ordinal, ...dividerNumeral(ctx, c), ...t, missing: s.missing });
        break;
      }
      case 'points':
      case 'subpoints': {
        // A slide and the slides after it titled ……（续） are one point: one size, continued as needed.
        const run = [s];
        // As the reviewer might write it, and as the planner wrote it (a long title shortened).
        const continued = [`${fullWidthPunctuation(s.title)}${theme.continuedSuffix}`, unbroken(continuedTitle(ctx, pointTitle(ctx, s.title).text).text)];
        for (let next = file.slides[i + 1]; isContinuation(next, continued); next = file.slides[i + run.length]) run.push(next);
        const pages = run.map((r) => ({ bullets: r.bullets.map(toBullet), notes: r.notes }));
        const made = refitPointSlides(ctx, s.title, pages, s.appendix ? null : cue());
        fit(at('title'), s.title, made[0]!.title);
        if (opens) made[0] = { ...made[0]!, opens };
        for (const m of made) slides.push(m);
        i += run.length - 1;
        break;
      }
      case 'figures': {
        const tiles = s.figures.map((f) => ({ ...splitValue(f.value), label: f.label }));
        // Tiles the planner did not choose (edited, or another ratio) may take smaller numbers, down to body text.
        const [least, most] = theme.sizes.figureValue;
        const sized = sizeTiles(ctx, s.title, tiles) ?? sizeTiles(ctx, s.title, tiles, [Math.min(least, theme.sizes.body[0]), most]);
        if (!sized) return { ok: false, problems: [problem('plan-invalid', 'error', `${jsonPathOf(at('figures'))} 中有数值太长，数据块放不下。请缩短数值（如“超过40件”），文字说明写在 label 中。`)] };
        sized.tiles.forEach((t, k) => fit(at('figures', k, 'label'), s.figures[k]!.label, { text: t.label, size: 0, pitch: 0 }));
        slides.push({ layout: 'figures', ...base, cue: cue(), ...sized });
        break;
      }
      case 'quote':
        slides.push({ layout: 'quote', ...base, cue: cue(), text: fit(at('text'), s.text, quoteText(ctx, s.text)) });
        break;
      case 'closing':
        slides.push({ layout: 'closing', ...base, cue: null, text: fit(at('text'), s.text, closingText(ctx, s.text)) });
        break;
      default:
        return assertNever(s);
    }
  }
  const { version: _version, ...deck } = file.deck;
  return ok({ version: 1, ...deck, ratio, theme: theme.name, slides }, problems);
}

function isContinuation(s: FileSlide | undefined, titles: string[]): s is Extract<FileSlide, { layout: 'points' | 'subpoints' }> {
  return (s?.layout === 'points' || s?.layout === 'subpoints') && titles.includes(fullWidthPunctuation(s.title));
}

function toBullet(b: FileBullet): { lead: string | null; text: string; level: 0 | 1 } {
  return { lead: b.lead || null, text: b.text, level: b.level };
}

/** 超过40件 → 超过 · 40 · 件: the number large, what is around it small. No number: all of it as the value. */
export function splitValue(shown: string): { qualifier: string; value: string; unit: string } {
  const m = /^(\D*?)(\d+(?:\.\d+)?)(.*)$/su.exec(shown.trim());
  return m ? { qualifier: m[1]!, value: m[2]!, unit: m[3]! } : { qualifier: '', value: shown.trim(), unit: '' };
}

// Figures and quotes are not looked up again: a plan file's slides say what they show.
function refitContext(theme: Theme, frames: Frames): PlanContext {
  return {
    theme,
    frames,
    density: 'standard',
    figuresIn: () => [],
    quoteIn: () => undefined,
    sourcesFor: () => ({ sources: [], notes: '' }),
  };
}
