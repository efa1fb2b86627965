#!/usr/bin/env bash
# Regenerates the fonts shipped inside Pace.Rendering: Lato (Latin, Greek, Cyrillic — every character the Debian build
# has) and a Noto Sans complement with the characters of those scripts, currency signs and punctuation that Lato lacks
# (₽ among them). A PDF embeds only the glyphs a chart uses, so the width of these files costs package size, not PDF size.
# Needs Debian's fonttools and the fonts of fonts-lato and fonts-noto-core; FONT_ROOT points at an unpacked copy
# (dpkg-deb -x) when the packages are not installed — installing Lato would let a browser test find it on the machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/src/Pace.Rendering/Fonts"
root="${FONT_ROOT:-/}"
lato="$root/usr/share/fonts/truetype/lato"
noto="$root/usr/share/fonts/truetype/noto"
# No hinting (PDF viewers and Skia draw unhinted here), no layout tables (text is drawn one glyph a character; fonts
# a chart names itself are shaped with HarfBuzz), every name kept for the licence.
common=(--no-hinting --layout-features= --drop-tables+=GSUB,GPOS,GDEF,kern --name-IDs='*' --name-languages='*' --notdef-outline)
for face in Regular Bold; do
  pyftsubset "$lato/Lato-$face.ttf" --unicodes='*' "${common[@]}" --output-file="$out/Lato-$face.ttf"
  # Only what Lato lacks in these blocks; pyftsubset keeps just the characters both the list and the font have.
  lacks=$(/usr/bin/python3 - "$lato/Lato-$face.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
have = TTFont(sys.argv[1]).getBestCmap()
blocks = [(0x20, 0x24F), (0x250, 0x36F), (0x370, 0x52F), (0x1E00, 0x1FFF), (0x2000, 0x218F), (0x2190, 0x22FF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF)]
print(",".join("U+%04X" % c for a, b in blocks for c in range(a, b + 1) if c not in have))
PY
)
  pyftsubset "$noto/NotoSans-$face.ttf" --unicodes="$lacks" "${common[@]}" --output-file="$out/NotoSans-$face.ttf"
done
cp "$root/usr/share/doc/fonts-lato/copyright" "$out/OFL-Lato.txt" 2>/dev/null || true
cp "$root/usr/share/doc/fonts-noto-core/copyright" "$out/OFL-Noto.txt" 2>/dev/null || true
ls -l "$out"
