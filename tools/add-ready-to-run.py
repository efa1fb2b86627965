#!/usr/bin/env python3
"""Adds ReadyToRun code for several platforms to the portable tool package (Pace.Tool.any); tools/pack.sh runs it.

    tools/add-ready-to-run.py PACKAGE RID=PUBLISH_DIR...

PUBLISH_DIR is `dotnet publish -r RID -p:PublishReadyToRun=true --self-contained false` of the same commit. Its
compiled libraries go into the package as runtimes/RID/lib/TFM/NAME.dll, and the tool's deps.json names each as a
RID-specific runtime asset of its library, which the .NET host picks over the IL-only copy on a machine of that RID
(as it picks SkiaSharp's native library). Elsewhere the IL-only copy runs, with the JIT, as before.

Why not one set of images: ReadyToRun code is compiled for one OS and architecture, and the portable package runs on
all of them. Why not the entry assembly Pace.Cli.dll: the host loads the application's own assembly from the tool
folder, whatever deps.json says, so a compiled copy of it would never run. Measured: docs/performance.md.
"""
import json
import sys
import zipfile

LIBRARIES = ("Pace.dll", "Pace.Rendering.dll", "YamlDotNet.dll", "System.CommandLine.dll")


def main(package, publishes):
    with zipfile.ZipFile(package) as zin:
        entries = [(info, zin.read(info)) for info in zin.infolist()]
    settings = next(info.filename for info, _ in entries if info.filename.endswith("/DotnetToolSettings.xml"))
    folder = settings[: -len("DotnetToolSettings.xml")]
    deps_name = folder + "Pace.Cli.deps.json"
    deps = json.loads(next(data for info, data in entries if info.filename == deps_name))
    target = next(iter(deps["targets"].values()))
    tfm = "net" + deps["runtimeTarget"]["name"].split("Version=v")[1].split("/")[0]

    added = []
    for rid, directory in publishes:
        for name in LIBRARIES:
            library, asset = next((lib, path) for lib, assets in target.items() for path in assets.get("runtime", {})
                                  if path.rsplit("/", 1)[-1] == name)
            relative = f"runtimes/{rid}/lib/{tfm}/{name}"
            entry = {"rid": rid, "assetType": "runtime"}
            entry.update(target[library]["runtime"][asset])
            target[library].setdefault("runtimeTargets", {})[relative] = entry
            with open(f"{directory}/{name}", "rb") as f:
                added.append((folder + relative, f.read()))

    stamp = next(info.date_time for info, _ in entries if info.filename == deps_name)
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == deps_name:
                data = (json.dumps(deps, indent=2) + "\n").encode("utf-8")
            zout.writestr(info, data)
        for name, data in added:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    print(f"add-ready-to-run.py: {len(added)} compiled libraries for {', '.join(r for r, _ in publishes)} in {package}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], [tuple(a.split("=", 1)) for a in sys.argv[2:]])
