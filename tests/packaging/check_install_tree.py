#!/usr/bin/env python3
"""Installs the build into a scratch folder (cmake --install) and checks the tree:
exactly the files of installed-files.txt, each icon a PNG of its size, the manual page
a compressed page that names every option of --help, the change log compressed.

Usage: check_install_tree.py BUILD_DIR
"""
import gzip
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def expected_files():
    with open(os.path.join(HERE, "installed-files.txt"), encoding="utf-8") as f:
        return sorted(l.strip() for l in f if l.strip() and not l.startswith("#"))


def install(build_dir, dest):
    subprocess.run(["cmake", "--install", build_dir, "--prefix", "/usr"],
                   env=dict(os.environ, DESTDIR=dest), check=True,
                   stdout=subprocess.DEVNULL)
    root = os.path.join(dest, "usr")
    found = []
    for folder, _, files in os.walk(root):
        for name in files:
            found.append(os.path.relpath(os.path.join(folder, name), root))
    return root, sorted(found)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    build_dir = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as dest:
        root, found = install(build_dir, dest)
        want = expected_files()
        for path in sorted(set(want) - set(found)):
            failures.append(f"missing from the install tree: {path}")
        for path in sorted(set(found) - set(want)):
            failures.append(f"installed but not expected (a test? the simulator?): {path}")

        for path in want:
            if "/apps/" in path and path.endswith(".png") and path in found:
                size = int(path.split("/")[3].split("x")[0])
                if png_size(os.path.join(root, path)) != (size, size):
                    failures.append(f"{path}: not a {size}x{size} PNG")

        man = os.path.join(root, "share/man/man1/guichet.1.gz")
        if os.path.exists(man):
            page = gzip.open(man).read().decode("utf-8", "replace")
            helptext = subprocess.run([os.path.join(root, "bin/guichet"), "--help"],
                                      env=dict(os.environ, LANGUAGE="en"),
                                      capture_output=True, text=True).stdout
            # Options as named in the text, without the punctuation after them ("With --diagnose:").
            options = [w.rstrip(",.:;)") for w in helptext.split() if w.startswith("--")]
            for option in sorted(set(options)):
                # help2man escapes each '-' as '\-'.
                if option.replace("-", "\\-") not in page:
                    failures.append(f"manual page does not mention {option}")
            if ".SH FILES" not in page:
                failures.append("manual page lacks the FILES section (guichet.h2m)")

        changelog = os.path.join(root, "share/doc/guichet/changelog.gz")
        if os.path.exists(changelog) and not gzip.open(changelog).read().startswith(b"guichet ("):
            failures.append("changelog.gz is not a Debian change log")

    print(f"{len(found)} files installed, {len(want)} expected")
    for line in failures:
        print("FAIL:", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
