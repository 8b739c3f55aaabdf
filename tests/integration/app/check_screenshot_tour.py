#!/usr/bin/env python3
"""guichet --demo --screenshots DIR: the whole tour of issue #22 §5.

Run inside with-keyring.sh (a private D-Bus session with an unlocked keyring), so the
demo persona's space opens once signed in. Every page is pictured signed out and
signed in, the PIN dialog and an open form too, in French, German and English, each
a PNG of the window's default size (the dialog of its own). Exit 0, nothing on stderr
saying a part was left out.
Usage: check_screenshot_tour.py GUICHET_BINARY [--looks FOLDER]
With --looks: the tour in the light, dark and high-contrast looks at 100 % and 200 %
(QT_SCALE_FACTOR=2), each in FOLDER/LOOK-PERCENT, kept there for people to look at.
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


def run_tour(binary, shots, theme=None, scale=1):
    """Runs the tour into shots; returns the failures found."""
    failures = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update({"HOME": home, "XDG_CONFIG_HOME": home + "/config",
                    "XDG_DATA_HOME": home + "/data",
                    "GUICHET_SYSTEM_SETTINGS": home + "/sys.ini"})
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GTK_THEME"):
            env.pop(name, None)
        if scale != 1:
            env["QT_SCALE_FACTOR"] = str(scale)
        arguments = [binary, "--demo", "--screenshots", shots]
        if theme:
            arguments += ["--theme", theme]
        done = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            failures.append(f"exit {done.returncode}: {done.stderr[-2000:]}")
        if "not pictured" in done.stderr:
            failures.append("a part of the tour was left out: " + done.stderr[-2000:])
    window = (DEFAULT_SIZE[0] * scale, DEFAULT_SIZE[1] * scale)
    expected = []
    for language in LANGUAGES:
        for page in PAGES:
            expected.append((f"{page}-{language}.png", window))
            expected.append((f"signed-in-{page}-{language}.png", window))
        expected.append((f"signed-in-form-open-{language}.png", window))
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
    written = len(os.listdir(shots)) if os.path.isdir(shots) else 0
    print(f"{theme or 'default look'} at {100 * scale} %: {len(expected)} pictures expected, "
          f"{written} written to {shots}")
    return failures


def main():
    binary = sys.argv[1]
    if len(sys.argv) > 3 and sys.argv[2] == "--looks":
        # Issue #18 §4: every look at 100 % and 200 %, kept for people to look at.
        out = sys.argv[3]
        failures = []
        for theme in ("light", "dark", "high-contrast"):
            for scale in (1, 2):
                shots = os.path.join(out, f"{theme}-{100 * scale}")
                failures += [f"{theme} {100 * scale} %: {failure}"
                             for failure in run_tour(binary, shots, theme, scale)]
    else:
        with tempfile.TemporaryDirectory() as folder:
            failures = run_tour(binary, os.path.join(folder, "shots"))
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
