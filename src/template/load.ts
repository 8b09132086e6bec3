// --template FILE: the file read, its layouts chosen for each kind of slide.
import { readSideFile } from '../files.js';
import { assertNever, fail, ok, type Result } from '../problems.js';
import { readTemplate, type Template } from './read.js';
import { damage } from './intact.js';
import { chooseLayouts, type LayoutChoices } from './choose.js';

export interface OrgTemplate {
  template: Template;
  choices: LayoutChoices;
}

export async function loadTemplate(file: string): Promise<Result<OrgTemplate>> {
  // Pictures make a template a few MB; one of 100 MB is not a template.
  const read = await readSideFile(file, 100 * 1024 * 1024);
  if ('problem' in read) {
    switch (read.problem) {
      case 'missing':
        return fail('template-not-found', `找不到模板文件 ${file}。`);
      case 'directory':
        return fail('template-invalid', `模板 ${file} 是一个文件夹，请给出 .pptx 或 .potx 文件。`);
      case 'not-a-file':
        return fail('template-invalid', `模板 ${file} 不是一个普通文件，请给出 .pptx 或 .potx 文件。`);
      case 'too-large':
        return fail('template-invalid', `模板 ${file} 超过 100 MB，不像是一个演示文稿模板。`);
      default:
        return assertNever(read.problem);
    }
  }
  return templateFromBytes(file, read.bytes);
}

/** A template's bytes (a file read, or an upload to `doc2deck serve`); `name` is only for messages. */
export async function templateFromBytes(name: string, bytes: Uint8Array): Promise<Result<OrgTemplate>> {
  const template = await readTemplate(name, bytes);
  if (!template.ok) return template;
  const broken = damage(template.value.parts);
  if (broken) return fail('template-invalid', `模板 ${name} 已损坏（${broken}），用它做的演示文稿会打不开。请在 PowerPoint/WPS 中打开模板并另存后重试。`);
  return ok({ template: template.value, choices: chooseLayouts(template.value) });
}
