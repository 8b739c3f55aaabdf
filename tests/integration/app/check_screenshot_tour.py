#!/usr/bin/env python3
"""guichet --demo --screenshots DIR: the whole tour of issue #22 §5.

Run inside with-keyring.sh (a private D-Bus session with an unlocked keyring), so the
demo persona's space opens once signed in. Every page is pictured signed out and
signed in, the PIN dialog and an open form too, in French, German and English, each
a PNG of the window's default size (the dialog of its own). Exit 0, nothing on stderr
saying a part was left out.
Usage: check_screenshot_tour.py GUICHET_BINARY
"""
import os
import struct
import subprocess
import sys
import tempfile

LANGUAGES = ("fr", "de", "en")
# The pages of a signed-in demo run, in the navigation's order.
PAGES = ("home", "signin", "catalogue", "forms", "dossiers", "documents", "messages",
         "mydata", "accesslog", "consents", "card", "settings", "diagnostics", "about")
DEFAULT_SIZE = (1180, 720)


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    binary = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as home:
        shots = os.path.join(home, "shots")
        env = dict(os.environ)
        env.update({"HOME": home, "XDG_CONFIG_HOME": home + "/config",
                    "XDG_DATA_HOME": home + "/data",
                    "GUICHET_SYSTEM_SETTINGS": home + "/sys.ini"})
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        done = subprocess.run([binary, "--demo", "--screenshots", shots], env=env,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            failures.append(f"exit {done.returncode}: {done.stderr[-2000:]}")
        if "not pictured" in done.stderr:
            failures.append("a part of the tour was left out: " + done.stderr[-2000:])
        expected = []
        for language in LANGUAGES:
            for page in PAGES:
                expected.append((f"{page}-{language}.png", DEFAULT_SIZE))
                expected.append((f"signed-in-{page}-{language}.png", DEFAULT_SIZE))
            expected.append((f"signed-in-form-open-{language}.png", DEFAULT_SIZE))
            expected.append((f"pin-dialog-{language}.png", None))
            expected.append((f"certificate-chooser-{language}.png", None))
        for name, size in expected:
            path = os.path.join(shots, name)
            if not os.path.exists(path):
                failures.append(f"missing {name}")
                continue
            shown = png_size(path)
            if shown is None or (size is not None and shown != size):
                failures.append(f"{name}: {shown}, expected {size}")
        print(f"{len(expected)} pictures expected, "
              f"{len(os.listdir(shots)) if os.path.isdir(shots) else 0} written")
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
