#!/usr/bin/python3
"""Smoke scenario: the demo citizen signs in, sees her documents and procedures, signs out.

Everything goes through AT-SPI, the way a screen reader user would do it: pages are
chosen in the navigation with the keyboard, buttons are pressed by their accessible
action, the PIN is typed into the PIN dialog's field.

    tests/support/atspi/session.sh /usr/bin/python3 tests/support/atspi/demo_smoke.py \\
        --binary build/ci/app/guichet

Exit code 0 when every step passed; 1 with the failed step and why; 2 when the
scenario could not start (no session, no binary).
"""

import argparse
import os
import signal
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from guichet_atspi import CLOCK, Guichet, HarnessError  # noqa: E402

DEMO_PIN = "123456"  # the simulated card's PIN (sim/, also told on the Sign in page)
CITIZEN = "Marie Schmit"  # the default demo persona
# Qt calls a QTreeWidget a "tree" or a "tree table" depending on the version.
VIEW_ROLES = ("tree", "tree table", "table", "list")


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default_binary = os.path.normpath(os.path.join(here, "../../../build/ci/app/guichet"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=default_binary, help="guichet executable")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="bound of each wait, in seconds (default 30)")
    options = parser.parse_args()
    wait = options.timeout

    if not os.environ.get("ATSPI_SESSION_DIR"):
        print("demo_smoke: run me under tests/support/atspi/session.sh", file=sys.stderr)
        return 2
    if not os.access(options.binary, os.X_OK):
        print(f"demo_smoke: no executable at {options.binary}", file=sys.stderr)
        return 2

    # session.sh --timeout ends us with TERM: fail the current step like any other,
    # so that the tree and the screen of the hang are saved and guichet is stopped.
    def terminated(signum, frame):
        raise HarnessError(f"terminated by signal {signum} (session.sh --timeout?)")

    signal.signal(signal.SIGTERM, terminated)

    app = None
    step = "start"
    try:
        step = "start guichet --demo --lang en"
        with CLOCK.step(step):
            app = Guichet.start(options.binary, ["--demo", "--lang", "en"], timeout=wait)

        step = "show the Sign in page"
        with CLOCK.step(step):
            app.select_page("Sign in", timeout=wait)
            app.wait_for_text("Sign in to MyGuichet", timeout=wait)

        # The button is enabled once the simulated card has been read: press waits.
        step = "press Sign in with my card"
        with CLOCK.step(step):
            app.press(name="Sign in with my card", timeout=wait)

        step = "answer the PIN dialog"
        with CLOCK.step(step):
            app.answer_pin(DEMO_PIN, timeout=wait)

        # Not just the citizen's name: the training hint names her before sign-in too.
        step = "wait until signed in"
        with CLOCK.step(step):
            state = app.wait_for_text(f"Signed in as {CITIZEN}", timeout=wait)
            print(f"   state: {state}")

        step = "Documents lists her documents"
        with CLOCK.step(step):
            app.select_page("Documents", timeout=wait)
            view = app.find(VIEW_ROLES, "Documents", timeout=wait)
            # A document row has a title; the headers are not rows.
            documents = app.wait_rows(view, lambda row: bool(row and row[0]), timeout=wait)
            print(f"   {len(documents)} document(s), first: {documents[0]}")

        step = "My procedures lists her dossiers"
        with CLOCK.step(step):
            app.select_page("My procedures", timeout=wait)
            view = app.find(VIEW_ROLES, "My procedures, grouped by status", timeout=wait)
            # Status groups span the first column only; a dossier row has a procedure.
            dossiers = app.wait_rows(view, lambda row: len(row) > 1 and bool(row[1]),
                                     timeout=wait)
            print(f"   {len(dossiers)} dossier(s), first: {dossiers[0]}")

        step = "sign out"
        with CLOCK.step(step):
            app.select_page("Sign in", timeout=wait)
            app.press(name="Sign out", timeout=wait)
            app.wait_for_text("You are not signed in.", timeout=wait)
            # Signed out for real: signing in is possible again, signing out is not.
            app.wait_enabled(app.find("push button", "Sign in with my card"), timeout=wait)
            if app.is_enabled(app.find("push button", "Sign out")):
                raise HarnessError("Sign out is still enabled after signing out")

        notices = app.notices()
        if notices:
            print("notices shown by the window (not failures):")
            for notice in notices:
                print(f"   {notice}")
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
            code = app.stop()
            if code not in (0, None, -15):
                print(f"note: guichet ended with code {code}; log: {app.log_path}")

    print("\nPASSED\n" + CLOCK.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
