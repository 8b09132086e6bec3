// --template FILE: the file read, its layouts chosen for each kind of slide.
import { readFile } from '../files.js';
import { fail, ok, type Result } from '../problems.js';
import { readTemplate, type Template } from './read.js';
import { chooseLayouts, type LayoutChoices } from './choose.js';

export interface OrgTemplate {
  template: Template;
  choices: LayoutChoices;
}

export async function loadTemplate(file: string): Promise<Result<OrgTemplate>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return fail('template-invalid', `模板 ${file} 是一个文件夹，请给出 .pptx 或 .potx 文件。`);
    return fail('template-not-found', `找不到模板文件 ${file}。`);
  }
  const template = await readTemplate(file, bytes);
  if (!template.ok) return template;
  return ok({ template: template.value, choices: chooseLayouts(template.value) });
}
