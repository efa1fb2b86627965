#!/usr/bin/env bash
# Renders every page of every example chart to docs/gallery/ with Pace.Rendering's own PNG painter,
# and writes docs/gallery/README.md listing them. Run after a visual change; commit the PNGs it writes.
# Why a throwaway file-based app: the gallery must show exactly what the library draws, without waiting
# for the CLI, and without a project in the solution that only this script needs.
# Usage: tools/gallery.sh [dpi]   (default 100: small enough for the repository, sharp enough to judge)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dpi=${1:-100}
out="$here/docs/gallery"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages="$work/pages"   # the gallery is replaced only once every page rendered
mkdir -p "$out" "$pages"

cat > "$work/gallery.cs" <<CS
#:project $here/src/Pace.Rendering/Pace.Rendering.csproj
#:property InvariantGlobalization=true
using Pace;
using Pace.Rendering;
using SkiaSharp;

var (examples, outDir, dpi) = (args[0], args[1], float.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
var lines = new List<string>();
foreach (var file in Directory.GetFiles(examples, "*.pace.yaml").Order(StringComparer.Ordinal))
{
    var own = ChartChecker.Default.CheckFile(file);
    if (!own.Loaded) throw new InvalidOperationException(file + " does not load");
    var name = Path.GetFileName(file)[..^".pace.yaml".Length];
    var checks = new List<CheckResult> { own };
    if (name == "acme-software")   // the Dutch example in English too
        checks.Add(new ChartChecker(new CheckOptions { Language = ChartLanguage.English }).CheckFile(file));
    foreach (var check in checks)
    {
        var language = check.Language;
        var suffix = language == own.Language ? "" : "-" + (language == ChartLanguage.Dutch ? "nl" : "en");
        var pages = ChartRenderer.RenderPages(check, new RenderOptions { Format = OutputFormat.Png, PngDpi = dpi });
        lines.Add($"## {name}{suffix} ({(language == ChartLanguage.Dutch ? "Dutch" : "English")}, {pages.Count} pages)");
        lines.Add("");
        for (var i = 0; i < pages.Count; i++)
        {
            // Re-encode at the strongest compression: the library favours speed (zlib level 1), the repository size.
            using var bitmap = SKBitmap.Decode(pages[i]);
            using var data = bitmap.PeekPixels()!.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))!;
            var png = $"{name}{suffix}-page{i + 1}.png";
            File.WriteAllBytes(Path.Combine(outDir, png), data.ToArray());
            lines.Add($"![{name}{suffix}, page {i + 1}]({png})");
            lines.Add("");
        }
    }
}

File.WriteAllLines(Path.Combine(outDir, "README.md"), new[]
{
    "# Gallery",
    "",
    "Every page of every example in \`examples/\`, drawn by Pace.Rendering's own PNG painter at $dpi dpi",
    "(the PDF has the same pages, drawn from the same layout). Regenerate with \`tools/gallery.sh\`.",
    "",
}.Concat(lines));
Console.WriteLine(\$"{lines.Count(l => l.StartsWith('!'))} pages rendered");
CS

(cd "$work" && dotnet run gallery.cs -- "$here/examples" "$pages" "$dpi")
rm -f "$out"/*.png
mv "$pages"/* "$out"/
ls -l "$out"
