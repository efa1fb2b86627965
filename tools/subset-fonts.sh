#!/usr/bin/env bash
# Regenerates the pre-subset fonts shipped inside Pace.Rendering.
# Why: SkiaSharp embeds whole fonts in PDFs; full Lato regular + bold would add ~1 MB a chart.
# Needs Debian's fonts-lato and fonttools (apt-get install -y fonts-lato fonttools).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/src/Pace.Rendering/Fonts"
# Basic Latin, Latin-1, Latin Extended-A (Dutch ĳ, Polish, Czech…), general punctuation,
# €, arrows, ≤ ≥ ≈, bullets and the replacement character.
unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0192,U+02C6-02DC,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2190-2195,U+2212,U+2248,U+2260,U+2264,U+2265,U+25B2,U+25BC,U+25CF,U+FFFD"
for face in Regular Bold; do
  pyftsubset "/usr/share/fonts/truetype/lato/Lato-$face.ttf" \
    --unicodes="$unicodes" --no-hinting --layout-features=kern \
    --name-IDs='*' --output-file="$out/Lato-$face.ttf"
done
cp /usr/share/doc/fonts-lato/copyright "$out/OFL-Lato.txt" 2>/dev/null || true
ls -l "$out"
