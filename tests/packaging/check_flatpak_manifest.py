#!/usr/bin/env python3
"""Keeps the Flatpak manifest (packaging/linux/lu.guichet.Desktop.yml, which cannot be
built here without the network) in step with the install rules: installs the build
into a scratch folder and checks that

- the command is an installed program, and the app id names the installed desktop
  entry, metainfo and icons (Flatpak exports only files named for the app id);
- the module `guichet` is built with CMake, without tests, in release mode;
- no cleanup pattern (the manifest's and the guichet module's; the other modules'
  patterns apply to their own files only) removes an installed file;
- the sandbox asks for the card readers but not for the person's home folder.

Usage: check_flatpak_manifest.py MANIFEST BUILD_DIR
"""
import fnmatch
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import yaml


def installed_tree(build_dir, dest):
    subprocess.run(["cmake", "--install", build_dir, "--prefix", "/app"],
                   env=dict(os.environ, DESTDIR=dest), check=True, stdout=subprocess.DEVNULL)
    root = os.path.join(dest, "app")
    files = []
    for folder, _, names in os.walk(root):
        files += ["/" + os.path.relpath(os.path.join(folder, n), root) for n in names]
    return root, sorted(files)


def removed_by(pattern, path):
    """flatpak-builder's cleanup: a pattern starting with '/' is a path under the prefix
    (a folder removes what is below it); any other pattern matches file names."""
    if pattern.startswith("/"):
        return fnmatch.fnmatch(path, pattern) or path.startswith(pattern.rstrip("/") + "/")
    return fnmatch.fnmatch(os.path.basename(path), pattern)


def main():
    manifest_path, build_dir = sys.argv[1], sys.argv[2]
    with open(manifest_path, encoding="utf-8") as f:
        manifest = yaml.safe_load(f)
    failures = []
    app_id = manifest.get("app-id") or manifest.get("id")
    modules = {m.get("name"): m for m in manifest.get("modules", []) if isinstance(m, dict)}
    guichet = modules.get("guichet")
    if not guichet:
        failures.append("no module named guichet")
        guichet = {}
    elif manifest["modules"][-1] is not guichet:
        failures.append("the guichet module is not the last one (its dependencies come first)")

    with tempfile.TemporaryDirectory() as dest:
        root, files = installed_tree(build_dir, dest)
        command = "/bin/" + str(manifest.get("command"))
        if command not in files:
            failures.append(f"command {manifest.get('command')}: {command} is not installed")
        for wanted in (f"/share/applications/{app_id}.desktop",
                       f"/share/metainfo/{app_id}.metainfo.xml",
                       f"/share/icons/hicolor/scalable/apps/{app_id}.svg"):
            if wanted not in files:
                failures.append(f"app id {app_id}: {wanted} is not installed")
        metainfo = os.path.join(root, f"share/metainfo/{app_id}.metainfo.xml")
        if os.path.exists(metainfo):
            component = ElementTree.parse(metainfo).getroot()
            if component.findtext("id") != app_id:
                failures.append(f"metainfo id {component.findtext('id')} is not {app_id}")
            if component.findtext("launchable") != f"{app_id}.desktop":
                failures.append("metainfo launchable is not the installed desktop entry")

        patterns = list(manifest.get("cleanup", [])) + list(guichet.get("cleanup", []))
        for pattern in patterns:
            for path in files:
                if removed_by(pattern, path):
                    failures.append(f"cleanup pattern {pattern!r} removes installed {path}")

    if guichet.get("buildsystem") not in ("cmake", "cmake-ninja"):
        failures.append("the guichet module is not built with CMake")
    options = guichet.get("config-opts", [])
    for option in ("-DGUICHET_BUILD_TESTS=OFF", "-DCMAKE_BUILD_TYPE=Release"):
        if option not in options:
            failures.append(f"the guichet module lacks {option}")

    finish = manifest.get("finish-args", [])
    if "--socket=pcsc" not in finish:
        failures.append("finish-args lack --socket=pcsc (card readers)")
    for broad in ("--filesystem=home", "--filesystem=host", "--filesystem=host-os"):
        if any(arg.split(":")[0] == broad for arg in finish):
            failures.append(f"finish-args ask for {broad}")

    print(f"{manifest_path}: app id {app_id}, {len(modules)} modules, "
          f"{len(patterns)} cleanup patterns checked against {len(files)} installed files")
    for line in failures:
        print("FAIL:", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
