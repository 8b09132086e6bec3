// The renderer's masters for a template: no background and no ornaments (the template's own layouts
// dress the slides), only the boxes the planner measured, in the order the graft maps them by.
import type PptxGenJS from 'pptxgenjs';
import { LAYOUT_RULES } from '../plan/layouts.js';
import { MASTER_NAME } from '../render/masters.js';
import type { LayoutChoices } from './choose.js';

export function defineTemplateMasters(pptx: PptxGenJS, choices: LayoutChoices): void {
  for (const { layout } of LAYOUT_RULES) {
    pptx.defineSlideMaster({
      title: MASTER_NAME[layout],
      // pptxgenjs numbers each placeholder 100 + its place here: graft.ts finds the slot by that idx.
      objects: choices[layout].slots.map((slot) => ({
        placeholder: {
          options: { name: slot.name, type: slot.name === 'title' ? 'title' : 'body', x: slot.rect.x, y: slot.rect.y, w: slot.rect.w, h: slot.rect.h, valign: slot.name === 'body' ? 'top' : 'middle', lang: 'zh-CN' },
          text: '',
        },
      })),
    });
  }
}
