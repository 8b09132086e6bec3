// What the planner measures against on an organisation's template: its placeholder boxes, its fonts
// and colours, its slide size. One place for both ways a plan is made: from a document (analyse) and
// from a plan file the reviewer edited (planFromFile).
import type { Theme } from '../theme/schema.js';
import type { Frames } from '../theme/geometry.js';
import type { Ratio } from '../plan/types.js';
import type { OrgTemplate } from './load.js';
import { templateTheme } from './theme.js';
import { nearestRatio, templateFrames } from './frames.js';

export function planningOnTemplate(base: Theme, org: OrgTemplate): { theme: Theme; ratio: Ratio; frames: Frames } {
  return {
    // The fonts and colours of the layout the content pages are on.
    theme: templateTheme(base, org.choices.points.layout),
    ratio: nearestRatio(org.template.size),
    frames: templateFrames(org.choices, org.template.size),
  };
}
