// Which scheme colours text is set in on a template: the ones that read on the background the layout
// really shows, whatever its colour map, its background fill and its text styles say.
import { describe, expect, it } from 'vitest';
import { readableColors } from '../../src/template/colors.js';

const THEME = `<a:theme><a:themeElements><a:clrScheme name="t">
  <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
  <a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>
  <a:accent1><a:srgbClr val="C00000"/></a:accent1><a:accent2><a:srgbClr val="C55A11"/></a:accent2>
</a:clrScheme></a:themeElements></a:theme>`;

const style = (which: string, color: string) => `<p:${which}><a:lvl1pPr><a:defRPr sz="2400"><a:solidFill><a:schemeClr val="${color}"/></a:solidFill></a:defRPr></a:lvl1pPr></p:${which}>`;
const master = (bg: string, map = 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2"', text = 'tx1') =>
  `<p:sldMaster><p:cSld>${bg}<p:spTree/></p:cSld><p:clrMap ${map}/><p:txStyles>${style('titleStyle', text)}${style('bodyStyle', text)}</p:txStyles></p:sldMaster>`;
const SLIDE = { cx: 12192000, cy: 6858000 };
const solid = (color: string) => `<p:bg><p:bgPr><a:solidFill><a:schemeClr val="${color}"/></a:solidFill></p:bgPr></p:bg>`;

describe('readableColors', () => {
  it('keeps the template’s own colours on an ordinary light master', () => {
    const c = readableColors(THEME, master('<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'), '<p:sldLayout/>', SLIDE);
    expect(c).toEqual({ primary: 'accent1', accent: 'accent2', background: 'bg1', ink: 'tx1', muted: 'tx2', onPrimary: 'bg1', surface: 'bg1', title: null, body: null });
    // A pale second accent (light yellow on white) gives way to the first.
    expect(readableColors(THEME.replace('C55A11', 'FFF2CC'), master(solid('bg1')), '<p:sldLayout/>', SLIDE).accent).toBe('accent1');
  });

  it('turns to bg1 where the master fills its background with its text colour', () => {
    const c = readableColors(THEME, master(solid('tx1')), '<p:sldLayout/>', SLIDE);
    expect(c.ink).toBe('bg1');
    expect(c.surface).toBe('tx1');
    // tx1 titles on a tx1 background: given a readable colour instead.
    expect(c.title).toBe('accent1');
    expect(c.body).toBe('bg1');
    // Dark red does not read on black: numbers and leads in the ink instead.
    expect(readableColors(THEME.replace('C00000', '400000'), master(solid('tx1')), '<p:sldLayout/>', SLIDE).primary).toBe('bg1');
  });

  it('follows a dark colour map (bg1 mapped to dk1): tx1 is light there, and reads', () => {
    const c = readableColors(THEME, master(solid('bg1'), 'bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"'), '<p:sldLayout/>', SLIDE);
    expect(c).toMatchObject({ ink: 'tx1', surface: 'bg1', title: null, body: null });
  });

  it("takes the layout's own background over the master's", () => {
    const c = readableColors(THEME, master(solid('bg1')), `<p:sldLayout><p:cSld>${solid('tx1')}</p:cSld></p:sldLayout>`, SLIDE);
    expect(c.ink).toBe('bg1');
  });

  it('reads a fixed dark background colour, and keeps it for the tiles', () => {
    const c = readableColors(THEME, master('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="102030"/></a:solidFill></p:bgPr></p:bg>'), '<p:sldLayout/>', SLIDE);
    expect(c).toMatchObject({ ink: 'bg1', surface: '102030' });
  });

  it('behind a picture that covers the slide (a shape, not the fill), goes by the colour the master styles its text in', () => {
    const pic = (cx: number, cy: number) => `<p:pic><p:blipFill><a:blip r:embed="rId2"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm></p:spPr></p:pic>`;
    // A dark photograph over a white fill, white text styles: kept, not turned black.
    const onPhoto = readableColors(THEME, master(solid('bg1'), undefined, 'bg1'), `<p:sldLayout><p:cSld>${pic(12192000, 6858000)}</p:cSld></p:sldLayout>`, SLIDE);
    expect(onPhoto).toMatchObject({ ink: 'bg1', title: null, body: null });
    // An emblem in a corner is not the background.
    const emblem = readableColors(THEME, master(solid('bg1'), undefined, 'bg1'), `<p:sldLayout><p:cSld>${pic(900000, 900000)}</p:cSld></p:sldLayout>`, SLIDE);
    expect(emblem).toMatchObject({ ink: 'tx1', body: 'tx1' });
    // The master's picture counts unless the layout hides the master's shapes.
    const masterPic = master(solid('bg1'), undefined, 'bg1').replace('<p:spTree/>', `<p:spTree>${pic(12192000, 6858000)}</p:spTree>`);
    expect(readableColors(THEME, masterPic, '<p:sldLayout/>', SLIDE).body).toBeNull();
    expect(readableColors(THEME, masterPic, '<p:sldLayout showMasterSp="0"/>', SLIDE).body).toBe('tx1');
  });

  it('behind a picture fill, goes by the colour the master styles its text in', () => {
    const picture = '<p:bg><p:bgPr><a:blipFill><a:blip r:embed="rId2"/></a:blipFill></p:bgPr></p:bg>';
    expect(readableColors(THEME, master(picture, undefined, 'bg1'), '<p:sldLayout/>', SLIDE)).toMatchObject({ ink: 'bg1', surface: 'tx1', body: null });
    expect(readableColors(THEME, master(picture), '<p:sldLayout/>', SLIDE)).toMatchObject({ ink: 'tx1', surface: 'bg1', body: null });
  });
});
