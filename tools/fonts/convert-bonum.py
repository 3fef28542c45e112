#!/usr/bin/python3
"""Convert TeX Gyre Bonum (OpenType/CFF) to TrueType (quadratic glyf outlines).

libharu only embeds TrueType-outline fonts, so naskah ships TrueType
conversions of the four TeX Gyre Bonum faces as fonts/texgyrebonum-*.ttf.

Needs these Debian packages (nothing else, no network):
    fonts-texgyre       the source fonts, /usr/share/texmf/fonts/opentype/public/tex-gyre/
    python3-fonttools   fontTools (cu2qu); run with Debian's /usr/bin/python3

Usage (from anywhere; defaults write into <repo>/fonts/):
    /usr/bin/python3 tools/fonts/convert-bonum.py [--src DIR] [--out DIR]
                                                  [--family "Naskah Bonum"]

What is changed, and nothing else:
  * the CFF table is replaced by glyf/loca: every cubic outline is converted
    to quadratic splines with fontTools.cu2qu (max error 1 font unit, i.e.
    1/1000 em), contour direction reversed to TrueType's clockwise convention;
    no hinting instructions are added (fpgm/prep/cvt absent);
  * maxp becomes version 1.0; post stays format 3.0 (no glyph names, as in
    the source CFF font's post table: the names lived in CFF). Names would
    add ~12 KB to every PDF that libharu embeds the whole font in, and
    neither HarfBuzz nor libharu uses them; --glyph-names writes format 2.0;
  * hmtx left side bearings are set to the new outlines' xMin;
  * name table: ID 3 (unique ID) and ID 5 (version) get a "naskah-ttf" mark
    and ID 10 (description) states that this is a modified version, what was
    modified, and where the unmodified original is (LPPL 1.3c clause 6,
    which the GUST Font License is an instance of);
  * head.created/head.modified are copied from the source font, so the
    output bytes depend only on the input fonts and on the fontTools version
    (no FFTM table, no build timestamp).
cmap, GSUB, GPOS (kern), OS/2, hhea metrics, glyph order and advance
widths are kept unchanged.

--family renames the fonts (family, full, PostScript names) as GUST Font
License clause 1 *requests* (it is not legally required) for derived works,
e.g. --family "Naskah Bonum"; the default keeps "TeX Gyre Bonum".
"""

import argparse
import os
import sys

from fontTools import version as fonttools_version
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

DEBIAN_SRC = "/usr/share/texmf/fonts/opentype/public/tex-gyre"
FACES = ["regular", "bold", "italic", "bolditalic"]
MAX_ERR = 1.0  # font units (UPM 1000)
UPSTREAM = "https://www.gust.org.pl/projects/e-foundry/tex-gyre/bonum"


def convert_outlines(font, glyph_names):
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    # Left side bearings must match the new outlines' xMin.
    hmtx = font["hmtx"]
    for name in glyph_order:
        g = glyf.glyphs[name]
        g.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, g.xMin if g.numberOfContours else 0)

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxPoints = maxp.maxContours = 0
    maxp.maxCompositePoints = maxp.maxCompositeContours = 0
    maxp.maxComponentDepth = 0
    # (points/contours are recalculated from glyf when the font is saved)

    post = font["post"]
    if glyph_names:
        post.formatType = 2.0
        post.extraNames = []
        post.mapping = {}
        post.glyphOrder = glyph_order
    else:
        post.formatType = 3.0


def edit_names(font, family):
    name = font["name"]
    ps_old = name.getDebugName(6)  # e.g. TeXGyreBonum-Regular
    if family:
        old_family = name.getDebugName(1)  # "TeX Gyre Bonum"
        ps_family = family.replace(" ", "")
        for rec in name.names:
            text = rec.toUnicode()
            text = text.replace(old_family, family).replace("TeXGyreBonum", ps_family)
            rec.string = text
    ps_new = name.getDebugName(6)
    version = name.getDebugName(5)
    uid = name.getDebugName(3)
    desc = (
        "Modified version of TeX Gyre Bonum 2.004 ({ps_old}). "
        "Modification: CFF outlines converted to TrueType quadratic outlines "
        "(fontTools cu2qu, max error 1 unit, unhinted) by the naskah project "
        "(tools/fonts/convert-bonum.py); glyph set, metrics, cmap and "
        "OpenType layout tables are unchanged. This modified version is not "
        "supported by the original authors. The unmodified original is "
        "available from {upstream} and in the Debian package fonts-texgyre. "
        "Licence: GUST Font License (an instance of the LaTeX Project "
        "Public License 1.3c)."
    ).format(ps_old=ps_old, upstream=UPSTREAM)
    for plat, enc, lang in ((1, 0, 0), (3, 1, 0x409)):
        name.setName(uid + ";naskah-ttf", 3, plat, enc, lang)
        name.setName(version + ";naskah-ttf (TrueType conversion)", 5, plat, enc, lang)
        name.setName(desc, 10, plat, enc, lang)
    return ps_new


def convert(src, dst, family, glyph_names):
    font = TTFont(src, recalcBBoxes=True, recalcTimestamp=False)
    if "CFF " not in font:
        sys.exit(f"{src}: no CFF table, not an OpenType/CFF font")
    created, modified = font["head"].created, font["head"].modified
    convert_outlines(font, glyph_names)
    ps = edit_names(font, family)
    font.sfntVersion = "\x00\x01\x00\x00"
    head = font["head"]
    head.created, head.modified = created, modified
    head.glyphDataFormat = 0
    font.save(dst, reorderTables=True)
    return ps


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=DEBIAN_SRC, help="folder of texgyrebonum-*.otf")
    ap.add_argument("--out", default=os.path.join(repo, "fonts"), help="output folder")
    ap.add_argument("--family", default="", help='rename the family, e.g. "Naskah Bonum"')
    ap.add_argument("--glyph-names", action="store_true", help="keep glyph names (post format 2.0)")
    args = ap.parse_args()
    base = "texgyrebonum" if not args.family else args.family.lower().replace(" ", "")
    os.makedirs(args.out, exist_ok=True)
    for face in FACES:
        src = os.path.join(args.src, f"texgyrebonum-{face}.otf")
        dst = os.path.join(args.out, f"{base}-{face}.ttf")
        ps = convert(src, dst, args.family, args.glyph_names)
        print(f"{dst}: {ps}, {os.path.getsize(dst)} bytes (fontTools {fonttools_version})")


if __name__ == "__main__":
    main()
