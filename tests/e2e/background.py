#!/usr/bin/python3
"""Background mode (#21), from outside: the shipped binary in a session that has a
notification area (a fake StatusNotifierWatcher, the registry KDE and GNOME's
AppIndicator extension provide) and a notification service.

The demo citizen signs in; closing the window asks once whether to keep running;
"Keep running" hides the window while the process goes on with its icon in the
notification area; activating the icon (as a click does) brings the window back, still
signed in; a second close hides it without asking; the answer is in the settings file.
Then `--background` (the login item's start) opens no window but registers the icon.

    tests/support/atspi/session.sh /usr/bin/python3 tests/e2e/background.py \\
        --binary build/ci/app/guichet \\
        --fake-server build/ci/tests/integration/fake-notification-server

Exit code 0 when every step passed; 1 with the failed step and why; 2 when the
scenario could not start.
"""

import argparse
import glob
import os
import signal
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support",
                                "atspi"))

from guichet_atspi import CLOCK, Guichet, HarnessError, poll, send_wm_delete  # noqa: E402

DEMO_PIN = "123456"
CITIZEN = "Marie Schmit"


def tray_items() -> list:
    """The icons registered with the fake notification area."""
    out = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.Notifications",
         "/control", "lu.guichet.test.FakeNotifications.TrayItems"],
        capture_output=True, text=True, timeout=10).stdout
    return [line.split('"')[1] for line in out.splitlines() if line.strip().startswith("string")]


def activate(item: str) -> None:
    """What a click on the icon sends (StatusNotifierItem.Activate)."""
    subprocess.run(["dbus-send", "--session", "--type=method_call", f"--dest={item}",
                    "/StatusNotifierItem", "org.kde.StatusNotifierItem.Activate",
                    "int32:0", "int32:0"], check=True, timeout=10)


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    build = os.path.normpath(os.path.join(here, "../../build/ci"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(build, "app/guichet"))
    parser.add_argument("--fake-server",
                        default=os.path.join(build, "tests/integration/fake-notification-server"))
    parser.add_argument("--timeout", type=float, default=30.0)
    options = parser.parse_args()
    wait = options.timeout
    if not os.environ.get("ATSPI_SESSION_DIR"):
        print("background: run me under tests/support/atspi/session.sh", file=sys.stderr)
        return 2
    for path in (options.binary, options.fake_server):
        if not os.access(path, os.X_OK):
            print(f"background: no executable at {path}", file=sys.stderr)
            return 2

    def terminated(signum, frame):
        raise HarnessError(f"terminated by signal {signum} (session.sh --timeout?)")

    signal.signal(signal.SIGTERM, terminated)

    # The fake ends when its stdin closes (with us).
    server = subprocess.Popen([options.fake_server, "--tray"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    if server.stdout.readline().strip() != "ready":
        print("background: the fake notification area did not start", file=sys.stderr)
        return 2

    app = None
    step = "start"
    try:
        step = "start guichet --demo --lang en and sign in"
        with CLOCK.step(step):
            app = Guichet.start(options.binary, ["--demo", "--lang", "en"], timeout=wait)
            app.select_page("Sign in", timeout=wait)
            app.press(name="Sign in with my card", timeout=wait)
            app.answer_pin(DEMO_PIN, timeout=wait)
            app.wait_for_text(f"Signed in as {CITIZEN}", timeout=wait)
            if tray_items():
                raise HarnessError("an icon is in the notification area before anyone asked")

        step = "the first close asks once"
        with CLOCK.step(step):
            send_wm_delete(int(app.x_window(), 0))
            app.wait_for_text("Keep Guichet Desktop running when its window is closed?",
                              timeout=wait)
            app.press(name="Keep running", timeout=wait)

        step = "the window hides, the process and its icon stay"
        with CLOCK.step(step):
            poll(lambda: not app.windows(), wait, lambda: f"still showing: {app.windows()}")
            items = poll(tray_items, wait, lambda: "no icon registered")
            time.sleep(1)
            if app.process.poll() is not None:
                raise HarnessError(f"guichet ended (code {app.process.returncode})")
            print(f"   icon: {items[0]}")

        step = "the answer is kept"
        with CLOCK.step(step):
            ini = glob.glob(os.path.join(app.home, "config", "**", "*.ini"), recursive=True)
            text = "".join(open(path, encoding="utf-8").read() for path in ini)
            for wanted in ("keepRunning=true", "asked=true"):
                if wanted not in text:
                    raise HarnessError(f"{wanted} not in the settings ({ini})")

        step = "activating the icon brings the window back, still signed in"
        with CLOCK.step(step):
            activate(items[0])
            poll(lambda: app.windows(), wait, lambda: "no window came back")
            app.select_page("Sign in", timeout=wait)
            app.wait_for_text(f"Signed in as {CITIZEN}", timeout=wait)

        step = "a second close hides without asking"
        with CLOCK.step(step):
            send_wm_delete(int(app.x_window(), 0))
            poll(lambda: not app.windows(), wait, lambda: f"still showing: {app.windows()}")
            if app.process.poll() is not None:
                raise HarnessError("guichet ended on the second close")
        app.stop()
        app = None

        step = "--background starts without a window, with its icon"
        with CLOCK.step(step):
            before = set(tray_items())
            app = Guichet.start(options.binary, ["--demo", "--lang", "en", "--background"],
                                timeout=wait, window=False)
            poll(lambda: set(tray_items()) - before, wait, lambda: "no new icon registered")
            time.sleep(1)
            if app.windows():
                raise HarnessError(f"a window is showing: {app.windows()}")
            if app.process.poll() is not None:
                raise HarnessError(f"guichet ended (code {app.process.returncode})")
    except HarnessError as error:
        print(f"\nFAILED at step '{step}':\n{error}", file=sys.stderr)
        if app is not None:
            app.save_failure_artifacts(step.replace(" ", "-"))
        print("\n" + CLOCK.report())
        return 1
    except Exception:  # an error of the harness itself: show where
        print(f"\nERROR at step '{step}':", file=sys.stderr)
        traceback.print_exc()
        if app is not None:
            app.save_failure_artifacts("error")
        print("\n" + CLOCK.report())
        return 1
    finally:
        if app is not None:
            app.stop()
        server.stdin.close()
        server.wait(10)

    print("\nPASSED\n" + CLOCK.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
