# Makes the CFF-flavoured and collection test fonts from the TrueType subsets beside them (all OFL Noto, see
# OFL-Noto.txt): NotoSansArabic-Regular-cff.otf (name-keyed CFF), NotoSansJP-Regular-cid.otf (CID-keyed CFF, each glyph
# at CID glyph + 100 so a reader that takes CIDs for glyph numbers shows) and NotoSansArabic.ttc (Bold as face 0,
# Regular as face 1, so choosing by style is tested). Run by tools/make-test-fonts.sh with Debian's python3-fonttools.
import sys
from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.cffLib import FDArrayIndex, FontDict, FDSelect, TopDict
src_dir, out_dir = sys.argv[1], sys.argv[2]

def to_cff(path, cid):
    font = TTFont(path, recalcTimestamp=False)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    strings = {}
    for name in order:
        pen = T2CharStringPen(font["hmtx"][name][0], glyphs, roundTolerance=0.5)
        glyphs[name].draw(pen)
        strings[name] = pen.getCharString()
    ps = font["name"].getDebugName(6) or "Font"
    fb = FontBuilder(font=font)
    fb.isTTF = False
    fb.setupCFF(ps, {"FullName": ps}, strings, {})
    for tag in ("glyf", "loca", "fpgm", "prep", "cvt ", "gasp"):
        if tag in font: del font[tag]
    font["maxp"].tableVersion = 0x00005000
    font["post"].formatType = 3.0
    font.sfntVersion = "OTTO"
    if cid:
        import io
        from fontTools.ttLib.tables.DefaultTable import DefaultTable
        cff = font["CFF "].cff
        top = cff.topDictIndex[0]
        top.ROS = ("Adobe", "Identity", 0)
        top.CIDCount = len(order) + 100
        fd = FontDict()
        fd.Private = top.Private
        fd.FontName = ps
        fdarray = FDArrayIndex(); fdarray.append(fd)
        top.FDArray = fdarray
        sel = FDSelect(); sel.format = 3; sel.gidArray = [0] * len(order)
        top.FDSelect = sel
        top.rawDict.pop("Private", None); del top.Private
        # CID-keyed: the charset maps glyph to CID, here glyph + 100 (0 stays 0), so a PDF that used glyph numbers would show.
        cids = [".notdef"] + ["cid%05d" % (i + 100) for i in range(1, len(order))]
        top.charset = cids
        cs = top.CharStrings
        cs.charStrings = {cids[i]: cs.charStrings[n] for i, n in enumerate(order)}
        buf = io.BytesIO()
        cff.compile(buf, font, isCFF2=False)
        raw = DefaultTable("CFF "); raw.data = buf.getvalue()
        font["CFF "] = raw
        font.recalcBBoxes = False
    return font

a = to_cff(f"{src_dir}/NotoSansArabic-Regular.ttf", False)
a.save(f"{out_dir}/NotoSansArabic-Regular-cff.otf")
c = to_cff(f"{src_dir}/NotoSansJP-Regular.ttf", True)
c.save(f"{out_dir}/NotoSansJP-Regular-cid.otf")
coll = TTCollection()
coll.fonts = [TTFont(f"{src_dir}/NotoSansArabic-Bold.ttf", recalcTimestamp=False), TTFont(f"{src_dir}/NotoSansArabic-Regular.ttf", recalcTimestamp=False)]
coll.save(f"{out_dir}/NotoSansArabic.ttc")
