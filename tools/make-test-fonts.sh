#!/usr/bin/env bash
# Regenerates the small font subsets the multilingual tests name (tests/Pace.Rendering.Tests/Multilingual/fonts): Noto
# Sans Arabic and Noto Sans CJK (JP), cut to the characters of tests/Pace.Rendering.Tests/Multilingual/*.pace.yaml, the
# CJK one converted from PostScript to TrueType outlines (Pace embeds TrueType). Both are OFL; their licence goes beside.
# Needs Debian's fonttools and the fonts of fonts-noto-core and fonts-noto-cjk (FONT_ROOT: an unpacked copy, see
# tools/subset-fonts.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/tests/Pace.Rendering.Tests/Multilingual/fonts"
root="${FONT_ROOT:-/}"
arabic="رضا العملاء ومتوسط الطلب ١٢٣"
cjk="顧客満足度と注文処理"
for face in Regular Bold; do
  pyftsubset "$root/usr/share/fonts/truetype/noto/NotoSansArabic-$face.ttf" --text="$arabic" --no-hinting \
    --layout-features='*' --output-file="$out/NotoSansArabic-$face.ttf"
done
pyftsubset "$root/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" --font-number=0 --text="$cjk" --no-hinting \
  --output-file="$out/cjk.otf"
/usr/bin/python3 - "$out/cjk.otf" "$out/NotoSansJP-Regular.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
font = TTFont(sys.argv[1])
glyphs = font.getGlyphSet()
glyf = newTable("glyf"); glyf.glyphOrder = font.getGlyphOrder(); glyf.glyphs = {}
for name in font.getGlyphOrder():
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font["glyf"] = glyf
font["loca"] = newTable("loca")
del font["CFF "]
if "VORG" in font: del font["VORG"]
font["maxp"] = newTable("maxp"); font["maxp"].tableVersion = 0x00010000
for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
    setattr(font["maxp"], attr, 0)
font["maxp"].maxZones = 1
font["maxp"].numGlyphs = len(font.getGlyphOrder())
font["post"].formatType = 3.0
font["head"].glyphDataFormat = 0
font.sfntVersion = "\x00\x01\x00\x00"
font.save(sys.argv[2])
PY
rm "$out/cjk.otf"
cp "$root/usr/share/doc/fonts-noto-core/copyright" "$out/OFL-Noto.txt"
ls -l "$out"
# CFF outlines and a collection, made from the TrueType subsets above (tools/make-cff-test-fonts.py).
/usr/bin/python3 "$here/tools/make-cff-test-fonts.py" "$out" "$out"
ls -l "$out"
