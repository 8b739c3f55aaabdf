#!/usr/bin/python3
"""What a screen reader is told by itself (issue #18 §2), checked on the real bus.

guichet --demo runs in a private session (tests/support/atspi/session.sh) and this
script listens as Orca does: to "object:state-changed:showing" events whose source is
an accessible of role "notification" (Orca reads such an object out when it is shown).
Steps: sign in with a wrong PIN first: the notice (P11-004) is said; sign in again: the
PIN dialog says the tries left; then the right PIN, and the end of the first sync round
is said.

    tests/support/atspi/session.sh /usr/bin/python3 tests/e2e/announcements.py \\
        --binary build/ci/app/guichet

Exit code 0 when both were heard as notifications, 1 otherwise, 2 when it cannot start.
"""

import argparse
import os
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "atspi"))

import pyatspi  # noqa: E402

from guichet_atspi import CLOCK, Guichet, HarnessError, name_of, poll, role_of  # noqa: E402

DEMO_PIN = "123456"
WRONG_PIN = "654321"


class Listener:
    """Everything shown on the bus, kept as (role, name) of its source."""

    EVENT = "object:state-changed:showing"

    def __init__(self):
        self.heard = []
        pyatspi.Registry.registerEventListener(self._on_event, self.EVENT)

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._on_event, self.EVENT)

    def _on_event(self, event):
        if event.detail1 != 1:  # hidden, not shown
            return
        try:
            self.heard.append((role_of(event.source), name_of(event.source)))
        except Exception:  # the source went away: nothing was said
            pass

    def announcements(self):
        return [name for role, name in self.heard if role == "notification"]

    def wait_for(self, part, timeout):
        return poll(lambda: [text for text in self.announcements() if part in text], timeout,
                    lambda: f"no notification saying {part!r}; notifications heard: "
                    f"{self.announcements()}; other shown objects: {self.heard[-8:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.normpath(
        os.path.join(HERE, "../../build/ci/app/guichet")))
    parser.add_argument("--timeout", type=float, default=30.0)
    options = parser.parse_args()
    if not os.environ.get("ATSPI_SESSION_DIR"):
        print("announcements: run me under tests/support/atspi/session.sh", file=sys.stderr)
        return 2

    def terminated(signum, frame):
        raise HarnessError(f"terminated by signal {signum}")

    signal.signal(signal.SIGTERM, terminated)
    wait = options.timeout
    app = None
    listener = Listener()
    step = "start"
    try:
        with CLOCK.step(step):
            app = Guichet.start(options.binary, ["--demo", "--lang", "en"], timeout=wait)
        step = "a wrong PIN: the notice is said by itself"
        with CLOCK.step(step):
            app.select_page("Sign in", timeout=wait)
            app.press(name="Sign in with my card", timeout=wait)
            app.answer_pin(WRONG_PIN, timeout=wait)
            said = listener.wait_for("P11-004", wait)
            print(f"   heard: {said[0]!r}")
        step = "signing in again: the PIN dialog says the tries left by itself"
        with CLOCK.step(step):
            app.press(name="Sign in with my card", timeout=wait)
            said = listener.wait_for("tries left", wait)
            print(f"   heard: {said[0]!r}")
        step = "the right PIN: the end of the first sync round is said"
        with CLOCK.step(step):
            app.answer_pin(DEMO_PIN, timeout=wait)
            said = listener.wait_for("Up to date", wait)
            print(f"   heard: {said[0]!r}")
        step = "each said once"
        heard = listener.announcements()
        print("every notification heard:")
        for text in heard:
            print(f"   {text}")
        repeated = sorted({text for text in heard if heard.count(text) > 1})
        if repeated:
            raise HarnessError(f"said more than once: {repeated}")
    except HarnessError as error:
        print(f"\nFAILED at step '{step}':\n{error}", file=sys.stderr)
        if app is not None:
            app.save_failure_artifacts("announcements")
        return 1
    finally:
        listener.close()
        if app is not None:
            app.stop()
    print("\nPASSED\n" + CLOCK.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
