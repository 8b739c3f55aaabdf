#!/usr/bin/python3
"""Keyboard only (issue #18 §3): the demo used with key events alone, read through AT-SPI.

    tests/support/atspi/session.sh --timeout 600 /usr/bin/python3 tests/e2e/keyboard_only.py \\
        --binary build/ci/app/guichet

guichet --demo --lang en runs in a private session (tests/support/atspi/session.sh). Every
action is an X key event (xdotool, through Guichet.keys and type_keys): Tab, Shift+Tab,
arrows, Home, Enter, Space, Escape and Alt+letter mnemonics, and text typed into the
control that has the focus. AT-SPI is only read (the focus, names, states, positions,
texts); no accessible action, click, grabFocus or setTextContents is used. The only
other thing done from outside is what a window manager would do: give the X keyboard
focus to guichet's window when nothing did (there is none under Xvfb; noted when needed).

Steps (Marie Schmit, the demo citizen, then Luc Weber, the business user):
1. start: the focus is on a visible control; how the navigation list is reached;
2. sign in: the Sign in page, Tab to "Sign in with my card", Space, the PIN typed in the
   PIN dialog, Enter, "Signed in as Marie Schmit";
   then every page of the navigation: its Tab cycle and its Shift+Tab cycle;
3. Procedures: Tab to the search, "criminal" typed, Tab and arrows to a result, its detail;
4. My procedures: Tab into the list, arrows to a dossier, its progress shown;
5. Messages: Tab to the conversations, arrows to one that can be answered, Tab to the
   reply, an answer typed, Tab to Send, Enter, "Your reply is saved";
6. a form: the criminal record extract started from Procedures, the consent given, the
   required answers chosen (a combo box with arrows, radio buttons with Space),
   Continue, Sign and submit, the PIN, "Received by the portal";
7. (Luc Weber) the space switcher reached by its mnemonic, another space chosen with
   the arrows, Documents lists the company's documents instead of his own;
8. Settings: the Language combo reached by its mnemonic (Alt+L), Deutsch chosen with
   the arrows and Enter, the navigation in German, then English again.

Checks, recorded as failures:
- after every key, some showing control of guichet has the keyboard focus (its role and
  name are logged); it is a control (focusable: not a page's container, which draws no
  focus) with an area inside its window;
- no trap: on every page, Tab from the navigation comes back to it (at most 150 presses),
  and so does Shift+Tab; the tab stops are counted. A trap is seen early, as Tab is
  deterministic: a stop seen again before the start (a loop that leaves it out), a
  table whose cells Tab goes round, MAX_UNCHANGED presses in a row that change nothing,
  or more than MAX_INSIDE moves inside one control;
- each step of the flow done with keys; a step that cannot be is described (page,
  control, key, what happened) and the next one is tried.
Reported, not failures: the reading order of each cycle (stops that go back up or left
compared with the one before, on screen, leaving out the navigation column and the wrap
at the end), whether Shift+Tab retraces the Tab cycle, whether the navigation column
cuts a page's stops in two, unnamed stops, mnemonics shared by two controls, a key that
sends the focus from the page to the navigation column, and how the navigation list was
reached each time (guichet has no shortcut for it).

Exit code 0 when every step and check passed; 1 otherwise; 2 when it cannot start.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import re
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "support", "atspi"))

# guichet_atspi first: it says what to install when pyatspi is missing.
from guichet_atspi import (CLOCK, ITEM_ROLES, VIEW_ROLES, Guichet,  # noqa: E402
                           HarnessError, Translations, children_of, describe_node, has_state,
                           name_of, normalize, poll, relations_of, role_of, text_of)
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

DEMO_PIN = "123456"  # every demo persona's simulated card (sim/)
CITIZEN = "Marie Schmit"
BUSINESS_PERSONA = "luc-weber"  # private space and two companies (sim/seed/personas/PersonaLuc.cpp)
BUSINESS_USER = "Luc Weber"
TRANSLATIONS = os.path.join(REPO, "translations")
# The form of step 6: no attachment, a consent, and required choices, some with more
# than four options (a combo box), some with fewer (radio buttons). Read from the demo's
# seed; the answers are each question's first option.
FORM_FILE = os.path.join(REPO, "sim", "seed", "forms", "criminal-record-extract.json")
FORM_SEARCH = "criminal record"
REPLY_TEXT = "Thank you, I will send the document tomorrow."

MAX_PRESSES = 150  # a Tab cycle longer than this is a trap
MAX_INSIDE = 60  # presses moving inside one control (cells of a table) before a trap
MAX_UNCHANGED = 8  # presses after which nothing seen changed (a date's sections: 3 to 5)
CYCLE_SETTLE = 0.8  # in a cycle: how long a key may take to move the focus
KEY_SETTLE = 0.12  # after a key, before the focus is read
POSITION_SLACK = 8  # pixels: a stop this much above or left of the one before goes back


class Terminated(HarnessError):
    """session.sh --timeout ends the run (TERM): no further step is tried."""


STOPPED: list = []


# --------------------------------------------------------------------------------------
# What the focus is on.


def node_key(node) -> tuple:
    """Identifies an accessible across reads (libatspi may hand out new proxies)."""
    try:
        return (node.get_bus_name(), node.path)
    except (AttributeError, GLib.GError):
        return (id(node),)


def extents_of(node) -> tuple:
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (box.x, box.y, box.width, box.height)
    except (NotImplementedError, GLib.GError):
        return (0, 0, 0, 0)


@dataclass
class Focus:
    """The control with the keyboard focus: a widget, and the current row or cell when it
    is a view (Tab can move between the cells of a table)."""
    widget: object
    role: str
    name: str
    item: Optional[object] = None
    item_name: str = ""
    item_box: tuple = ()
    item_raw: str = ""  # the item's name as is (a list item's lines)
    nameless: bool = False  # no name, no label: a reader says nothing (set in cycles)

    @property
    def key(self) -> tuple:
        return node_key(self.widget)

    @property
    def state(self) -> tuple:
        """The widget and where in it: what must change when a key moves the focus."""
        return (self.key, self.item_box, self.item_name)

    def describe(self) -> str:
        text = f"{self.role} {self.name[:70]!r}"
        if not self.name and self.item is None:  # say where it is, to find it
            x, y, width, height = extents_of(self.widget)
            try:
                parent = self.widget.parent
            except GLib.GError:
                parent = None
            text += f" at ({x},{y} {width}x{height})"
            if parent is not None and name_of(parent):
                text += f" in {describe_node(parent)}"
        if self.item is not None:
            text += f" › {role_of(self.item)} {self.item_name[:50]!r}"
        return text


@dataclass
class Cycle:
    """The Tab (or Shift+Tab) cycle of one page, from the navigation back to it."""
    page: str
    direction: str
    stops: list = field(default_factory=list)  # Focus, one per control (cells folded)
    boxes: list = field(default_factory=list)  # their extents, read at the end at once
    presses: int = 0
    closed: bool = False
    trap: str = ""  # how it did not close
    lost: bool = False
    seconds: float = 0.0

    def names(self) -> list:
        return [stop.describe() for stop in self.stops]


@dataclass
class Failure:
    step: str
    what: str


# --------------------------------------------------------------------------------------
# The run.


class KeyboardRun:
    def __init__(self, options):
        self.options = options
        self.wait = options.timeout
        self.app: Optional[Guichet] = None
        self.step = "start"
        self.failures: list = []
        self.notes: list = []
        self.focus_log: list = []  # (step, keys, focus description)
        self.cycles: list = []  # (forward, backward)
        self.navigation_routes: list = []
        self.clashes: set = set()  # (page, mnemonic, controls it reaches)
        self.switcher_mnemonic = ""  # the letter that reached the space switcher
        self.reported: set = set()  # (step, control) already reported
        self.signed_in = False
        self.nav_right = 0  # right edge of the navigation column, on screen
        self._events: list = []
        self._listening = False

    # --- recording ---------------------------------------------------------------------

    def fail(self, what: str) -> None:
        self.failures.append(Failure(self.step, what))
        print(f"   FAILURE: {what}", flush=True)

    def note(self, what: str) -> None:
        if what not in self.notes:
            self.notes.append(what)
            print(f"   note: {what}", flush=True)

    @contextlib.contextmanager
    def stage(self, title: str):
        """One step, timed. A step that cannot be done is a failure, with the focus and
        the tree saved; the run goes on with the next step."""
        self.step = title
        if STOPPED:
            raise Terminated(f"terminated by signal {STOPPED[0]}")
        try:
            with CLOCK.step(title):
                yield
        except Terminated:
            raise
        except HarnessError as error:
            if STOPPED:
                raise Terminated(f"terminated by signal {STOPPED[0]}") from error
            focus = self.read_focus()
            self.fail(f"{str(error).strip()}\n     (focus then: "
                      f"{focus.describe() if focus else 'nothing'})")
            if self.app is not None and self.app.process.poll() is None:
                self.app.save_failure_artifacts("keyboard-" + re.sub(r"\W+", "-", title)[:40])
                self.close_dialogs()

    # --- starting ----------------------------------------------------------------------

    def wait_built(self, timeout: float = 120.0) -> None:
        """The binary can be missing for a moment while another build relinks it."""
        binary = self.options.binary
        if not os.access(binary, os.X_OK):
            print(f"   waiting for {binary} (being relinked?)", flush=True)
            poll(lambda: os.access(binary, os.X_OK), timeout, lambda: f"no {binary}")
            time.sleep(3.0)  # the linker may still be writing

    def start(self, persona: Optional[str] = None) -> Guichet:
        self.stop()
        self.wait_built()
        arguments = ["--demo", "--lang", "en"] + (["--persona", persona] if persona else [])
        self.app = Guichet.start(self.options.binary, arguments, timeout=max(self.wait, 30.0))
        self.app.NAVIGATION = "Main navigation"
        self.signed_in = False
        self.listen()
        # No window manager under Xvfb: nothing gives the new window the keyboard.
        self.app.focus_window(Guichet.WINDOW_TITLE)
        column = self.app.navigation(self.wait).parent
        box = extents_of(column) if column is not None else (0, 0, 0, 0)
        self.nav_right = box[0] + box[2]
        return self.app

    def stop(self) -> None:
        if self.app is not None:
            code = self.app.stop()
            if code not in (0, None, -15):
                self.note(f"guichet ended with code {code}; log: {self.app.log_path}")
            self.app = None

    # --- focus -------------------------------------------------------------------------

    def listen(self) -> None:
        """Focus events, for controls outside the window's tree (a combo box's popup):
        Qt leaves popups out of their parents' children."""
        if self._listening:
            return

        def focused(event) -> None:
            if event.detail1 and event.source is not None:
                self._events.append(event.source)
                del self._events[:-20]

        self._on_focus = focused
        pyatspi.Registry.registerEventListener(focused, "object:state-changed:focused")
        self._listening = True

    def unlisten(self) -> None:
        if self._listening:
            pyatspi.Registry.deregisterEventListener(self._on_focus,
                                                     "object:state-changed:focused")
            self._listening = False

    def read_focus(self) -> Optional[Focus]:
        """The control that has the focus now, or None (nothing showing has it)."""
        app = self.app
        if app is None or app.process.poll() is not None:
            return None
        try:
            widget = app.focused()
        except (HarnessError, GLib.GError):
            return None
        if widget is None:
            widget = self._focus_from_events()
            if widget is None:
                return None
        focus = Focus(widget, role_of(widget), normalize(name_of(widget)))
        if focus.role in VIEW_ROLES:
            item = app.focused_item(widget)
            if item is not None:
                focus.item = item
                focus.item_raw = name_of(item)
                focus.item_name = normalize(focus.item_raw)
                focus.item_box = extents_of(item)
        return focus

    def _focus_from_events(self):
        """The last control a focus event named, if it still says focused and showing."""
        for source in reversed(self._events):
            try:
                source.clear_cache()
            except (AttributeError, GLib.GError):
                pass
            if not (has_state(source, pyatspi.STATE_FOCUSED) and
                    has_state(source, pyatspi.STATE_SHOWING)):
                continue
            if role_of(source) in ITEM_ROLES:
                # Qt says "focused" of a view's current item even when the view has
                # lost the focus: only an item of a focused view (a popup's list) counts.
                try:
                    parent = source.parent
                except GLib.GError:
                    continue
                if parent is None or not has_state(parent, pyatspi.STATE_FOCUSED):
                    continue
                return parent
            return source
        return None

    def check_focus(self, keys: str, before: Optional[Focus] = None,
                    settle: float = 1.5) -> Optional[Focus]:
        """After keys: waits (bounded) until the focus moved from before, or is on
        something; records it; a failure when nothing has the focus."""
        seen: list = [None]

        def moved():
            seen[0] = self.read_focus()
            return seen[0] is not None and (before is None or seen[0].state != before.state)

        try:
            poll(moved, settle, lambda: "")
        except HarnessError:
            pass  # it stayed (or nothing has it): looked at below
        focus = seen[0]
        if focus is None:
            # A dialog closed: a window manager gives its parent the keyboard again;
            # there is none here. Then a little longer: a page being rebuilt.
            self.ensure_keyboard()
            focus = poll_focus(self, 3.0)
        self.focus_log.append((self.step, keys, focus.describe() if focus else "NOTHING"))
        if focus is None:
            self.fail(f"the focus was lost after {keys} (page {self.page_now()!r}): no "
                      "showing control of guichet has the keyboard focus")
            return None
        self.check_on_screen(focus, keys)
        return focus

    def check_on_screen(self, focus: Focus, keys: str) -> None:
        """The focused control has an area, inside its window; and a name (a note)."""
        x, y, width, height = extents_of(focus.widget)
        if width <= 0 or height <= 0:
            self.fail(f"after {keys}, the focused {focus.describe()} has no area on screen "
                      f"(page {self.page_now()!r})")
            return
        if not has_state(focus.widget, pyatspi.STATE_FOCUSABLE):
            if (self.step, focus.key) not in self.reported:  # once per step and control
                self.reported.add((self.step, focus.key))
                self.fail(f"after {keys} (page {self.page_now()!r}), the focus is on "
                          f"{focus.describe()}, which is not a control (not focusable): "
                          "nothing on screen shows where the focus is, and a screen reader "
                          f"names nothing; inside: {ancestry(focus.widget)}")
            return
        window = top_level(focus.widget)
        if window is not None:
            wx, wy, ww, wh = extents_of(window)
            cx, cy = x + width // 2, y + height // 2
            if ww > 0 and not (wx <= cx < wx + ww and wy <= cy < wy + wh):
                self.fail(f"after {keys}, the focused {focus.describe()} is outside its window "
                          f"{describe_node(window)} (centre {cx},{cy}; window {wx},{wy} "
                          f"{ww}x{wh}): the focus cannot be seen")
        if unnamed(focus) and (self.step, focus.key) not in self.reported:
            self.reported.add((self.step, focus.key))
            self.note(f"the focus is on a control without a name: {focus.describe()} (after "
                      f"{keys}, page {self.page_now()!r}); inside: {ancestry(focus.widget)}")

    def page_now(self) -> str:
        try:
            return self.app.current_page() if self.app else ""
        except (HarnessError, GLib.GError):
            return ""

    # --- keys --------------------------------------------------------------------------

    def ensure_keyboard(self) -> None:
        """Keys go to the window with the X focus: guichet's, as a window manager would
        see to. Given to its top window (a dialog when one shows) when it is elsewhere."""
        app = self.app
        focus = app.x_focus()
        found = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid",
                                str(app.process.pid), "--name", "."],
                               capture_output=True, text=True, timeout=5)
        if focus and focus in found.stdout.split():
            return
        windows = [w for w in app.windows() if role_of(w) in ("dialog", "alert", "frame")]
        dialogs = [w for w in windows if role_of(w) != "frame"]
        title = normalize(name_of(dialogs[-1])) if dialogs else Guichet.WINDOW_TITLE
        self.note("the X keyboard focus was not on a window of guichet (no window manager "
                  f"under Xvfb); given to {title!r}")
        app.focus_window(title)

    def press(self, *combos: str, times: int = 1, settle: float = 1.5,
              before: Optional[Focus] = None) -> Optional[Focus]:
        """Presses keys (xdotool names: "Tab", "shift+Tab", "alt+l", "space") and checks
        the focus after each press. before: the focus just read, if the caller has it."""
        focus = None
        for _ in range(times):
            before = before or self.read_focus()
            self.app.keys(*combos)
            time.sleep(KEY_SETTLE)
            focus = self.check_focus(" ".join(combos), before, settle)
            if focus is not None and before is not None and \
                    combos[0] not in ("Tab", "shift+Tab") and \
                    not combos[0].startswith("alt+") and \
                    self.where(before) == "page" and self.where(focus) == "navigation":
                self.note(f"{' '.join(combos)} on {before.describe()} (page "
                          f"{self.page_now()!r}) sent the focus out of the page, to "
                          f"{focus.describe()} in the navigation column")
            before = focus
        return focus

    def where(self, focus: Focus) -> str:
        """"page" or "navigation" (the column on the left) for a control of the main
        window; "" for one of a dialog or a popup."""
        window = top_level(focus.widget)
        box = extents_of(focus.widget)
        if window is None or role_of(window) != "frame" or box[2] <= 0:
            return ""
        return "page" if box[0] >= self.nav_right - 2 else "navigation"

    def type_text(self, text: str) -> Optional[Focus]:
        self.app.type_keys(text)
        time.sleep(KEY_SETTLE)
        return self.check_focus(f"typing {text!r}")

    def tab_to(self, accept: Callable[[Focus], bool], what: str, limit: int = 30,
               combo: str = "Tab") -> Focus:
        """Presses Tab (or combo) until the focus is on what accept() takes."""
        focus = self.read_focus()
        seen = []
        for _ in range(limit + 1):
            if focus is not None and accept(focus):
                return focus
            if len(seen) >= limit:
                break
            focus = self.press(combo)
            seen.append(focus.describe() if focus else "nothing")
        raise HarnessError(f"{what} not reached with {limit} x {combo} on page "
                           f"{self.page_now()!r}; the focus went to: "
                           + " → ".join(dict.fromkeys(seen)))

    # --- the navigation ----------------------------------------------------------------

    def is_navigation(self, focus: Optional[Focus]) -> bool:
        return focus is not None and focus.role == "list" and \
            focus.name == normalize(self.app.NAVIGATION)

    def switcher(self) -> Optional[object]:
        """The space switcher's combo box above the navigation (signed in), if shown."""
        column = self.app.navigation(self.wait).parent
        if column is None:
            return None
        self.app.refresh()
        for node in children_of(column):
            if not has_state(node, pyatspi.STATE_SHOWING):
                continue
            for child in children_of(node):
                if role_of(child) == "combo box" and has_state(child, pyatspi.STATE_SHOWING):
                    return child
        return None

    def to_navigation(self) -> str:
        """Gives the navigation list the focus with keys; returns how.

        guichet has no shortcut for it. Signed in, the space switcher above it has a
        mnemonic (S&pace:) and sits next to it in the Tab chain: Alt+P, then Tab (or
        Shift+Tab, on pages whose controls were made after the switcher). Else Tab, then
        Shift+Tab, around the page.
        """
        focus = self.read_focus()
        if self.is_navigation(focus):
            return "already there"
        combo = self.switcher()
        if combo is not None:
            for step in ("Tab", "shift+Tab"):
                if not self.mnemonic_to(combo, "alt+p"):
                    break
                focus = self.press(step)
                if self.is_navigation(focus):
                    return f"Alt+P (space switcher), {step}"
        for step in ("Tab", "shift+Tab"):
            states = set()
            for count in range(1, 41):
                focus = self.press(step, settle=CYCLE_SETTLE)
                if self.is_navigation(focus):
                    return f"{count} x {step}"
                if focus is None or focus.state in states:
                    break  # round in circles: the other way, or give up
                states.add(focus.state)
        raise HarnessError(f"the navigation list could not be reached with keys from page "
                           f"{self.page_now()!r}: Alt+P and Tab or Shift+Tab, Tab, Shift+Tab "
                           f"(last focus: {focus.describe() if focus else 'nothing'})")

    def mnemonic_to(self, target, combo: str, tries: int = 3) -> bool:
        """Presses a mnemonic until target has the focus (Qt goes through the controls
        that share a mnemonic, one per press); notes a shared one."""
        others = []
        for _ in range(tries):
            focus = self.press(combo)
            if focus is not None and focus.key == node_key(target):
                if others:
                    self.note(f"{combo} is the mnemonic of more than one control on page "
                              f"{self.page_now()!r}: it went to {', '.join(others)} before "
                              f"{describe_node(target)}")
                    self.clashes.add((self.page_now(), combo.title(),
                                      tuple(others) + (describe_node(target),)))
                if target_is_switcher(self, target):
                    self.switcher_mnemonic = combo.split("+")[-1].lower()
                return True
            others.append(focus.describe() if focus else "nothing")
        self.note(f"{combo} on page {self.page_now()!r} never reached {describe_node(target)}: "
                  f"{', '.join(others)}")
        return False

    def go_to(self, title: str) -> str:
        """Shows a page with keys: the navigation, Home, Down to its row."""
        index, row = self.app._page_row(title, self.wait)
        route = self.to_navigation()
        self.navigation_routes.append((self.step, route))
        self.press("Home")
        if index:
            self.press("Down", times=index)
        try:
            poll(lambda: (self.app.refresh(), has_state(row, pyatspi.STATE_SELECTED))[1],
                 self.wait, lambda: "")
        except HarnessError:
            raise HarnessError(f"Home and {index} x Down in the navigation did not show page "
                               f"{title!r}; shown: {self.page_now()!r}") from None
        return normalize(name_of(row))

    def close_dialogs(self) -> None:
        """Escape on whatever window a failed step left open (keys only)."""
        app = self.app
        try:
            for _ in range(3):
                others = [w for w in app.windows() if role_of(w) in ("dialog", "alert")]
                if not others:
                    return
                self.ensure_keyboard()
                app.keys("Escape")
                time.sleep(0.5)
        except HarnessError:
            pass

    # --- waiting -----------------------------------------------------------------------

    def settle(self) -> None:
        """Signed in: the status bar says "Up to date" for a second (the first sync is
        done and the pages show the space)."""
        app = self.app
        frame = app.main_window(self.wait)
        bars = [child for child in children_of(frame) if role_of(child) == "status bar"]
        since: list = []

        def calm() -> bool:
            if any(app.find_all("label", "Up to date", within=bar) for bar in bars):
                since[:] = since or [time.monotonic()]
                return time.monotonic() - since[0] >= 1.0
            since.clear()
            return False

        poll(calm, max(self.wait, 60.0),
             lambda: "the status bar did not settle on 'Up to date'")

    # --- the steps ---------------------------------------------------------------------

    def step_start(self) -> None:
        self.start()
        focus = poll_focus(self, self.wait)
        self.focus_log.append((self.step, "(start)", focus.describe() if focus else "NOTHING"))
        if focus is None:
            raise HarnessError("no control has the keyboard focus when the window opens")
        print(f"   focus at start: {focus.describe()}", flush=True)
        if not self.is_navigation(focus):
            self.note(f"the focus at start is on {focus.describe()}, not the navigation")
        # How the navigation is reached: the signed-out Tab cycle of the first page.
        forward, backward = self.page_cycles(self.page_now() + " (signed out)")
        if forward.closed:
            print(f"   the navigation list is reached again after {len(forward.stops) + 1} "
                  f"x Tab ({len(backward.stops) + 1} x Shift+Tab); guichet has no shortcut "
                  "that moves the focus to it", flush=True)

    def step_sign_in(self, user: str) -> None:
        app = self.app
        self.go_to("Sign in")
        button = app.find("push button", "Sign in with my card", timeout=self.wait)
        app.wait_enabled(button, timeout=max(self.wait, 30.0))  # once the card is read
        self.tab_to(lambda f: f.role == "push button" and f.name == "Sign in with my card",
                    "the button 'Sign in with my card'")
        before = app.windows()
        self.press("space")
        dialog = app.new_window(before, timeout=self.wait)
        if normalize(name_of(dialog)) != "PIN":
            raise HarnessError(f"Space on 'Sign in with my card' opened {describe_node(dialog)}, "
                               "not the PIN dialog")
        self.ensure_keyboard()
        self.expect_focus(lambda f: f.role == "password text",
                          "the PIN field (the focus when the PIN dialog opens)")
        self.type_text(DEMO_PIN)
        self.press("Return")
        poll(lambda: (app.refresh(), not has_state(dialog, pyatspi.STATE_SHOWING))[1],
             self.wait, lambda: "the PIN dialog stayed open after Enter")
        self.ensure_keyboard()
        self.check_focus("(PIN dialog closed)")
        state = app.wait_for_text(f"Signed in as {user}", timeout=max(self.wait, 60.0))
        print(f"   {state}", flush=True)
        self.signed_in = True
        self.settle()

    def expect_focus(self, accept: Callable[[Focus], bool], what: str,
                     timeout: Optional[float] = None) -> Focus:
        seen: list = [None]

        def wanted():
            seen[0] = self.read_focus()
            return seen[0] if seen[0] is not None and accept(seen[0]) else None

        return poll(wanted, timeout or self.wait,
                    lambda: f"the focus is not on {what}; it is on "
                    + (seen[0].describe() if seen[0] else "nothing"))

    def step_search(self) -> None:
        app = self.app
        self.go_to("Procedures")
        self.tab_to(lambda f: f.role == "text" and f.name == "Search procedures",
                    "the search field 'Search procedures'")
        self.press("ctrl+a")
        self.type_text("criminal")
        results = app.find("list", "Matching procedures", timeout=self.wait)
        poll(lambda: any("criminal" in name_of(item).lower()
                         for item in children_of(results) if role_of(item) == "list item"),
             self.wait, lambda: "no result with 'criminal' after typing it")
        focus = self.tab_to(lambda f: f.role == "list" and f.name == "Matching procedures",
                            "the list 'Matching procedures'")
        item = self.arrow_to(focus, lambda name: "criminal" in name.lower(),
                             "a procedure about 'criminal'")
        title = normalize(item.split("\n")[0])
        # The detail follows the current row.
        app.find("label", title, within=app.find(None, "The procedure", timeout=self.wait),
                 timeout=self.wait)
        print(f"   detail shown: {title!r}", flush=True)

    def arrow_to(self, focus: Focus, accept: Callable[[str], bool], what: str,
                 limit: int = 60) -> str:
        """Down (then Up from the top) in the focused view until accept() takes its
        current row's name (as is: a list item's lines); returns that name."""
        seen = []
        for combo in ("Down", "Up"):
            for _ in range(limit):
                if focus is not None and focus.item is not None and accept(focus.item_raw):
                    return focus.item_raw
                previous = focus
                focus = self.press(combo)
                if focus is None or focus.key != previous.key:
                    raise HarnessError(f"{combo} in {previous.describe()} moved the focus to "
                                       + (focus.describe() if focus else "nothing"))
                seen.append(focus.item_name[:40])
                if focus.state == previous.state:
                    break  # the end of the list
            if focus is not None and focus.item is not None and accept(focus.item_raw):
                return focus.item_raw
        raise HarnessError(f"{what} not found with the arrows in {focus.describe()}; rows "
                           f"passed: {list(dict.fromkeys(seen))[:15]}")

    def step_dossier(self) -> None:
        app = self.app
        self.go_to("My procedures")
        focus = self.tab_to(lambda f: f.role in VIEW_ROLES and
                            f.name == "My procedures, grouped by status",
                            "the list 'My procedures, grouped by status'")
        status_row = re.compile(r"\(\d+\)$")
        reference = normalize(self.arrow_to(
            focus, lambda name: bool(name.strip()) and not status_row.search(name.strip()),
            "a dossier row (not a status group)"))
        progress = app.find(None, "The dossier's progress", timeout=self.wait)
        shown = app.wait_for_text(f"Reference: {reference}", within=progress, timeout=self.wait)
        timeline = app.find("list", "Progress of the procedure, oldest first", within=progress,
                            timeout=self.wait)
        events = app.wait_rows(timeline, timeout=self.wait)
        print(f"   dossier {reference}: {shown.splitlines()[0]!r}, {len(events)} event(s), "
              f"first: {events[0][0][:60]!r}", flush=True)

    def step_message(self) -> None:
        app = self.app
        self.go_to("Messages")
        focus = self.tab_to(lambda f: f.role in VIEW_ROLES and f.name == "Conversations",
                            "the list 'Conversations'")

        def can_reply(_name: str) -> bool:
            return bool(app.find_all("text", "Your reply"))

        thread = self.arrow_to(focus, can_reply, "a conversation that can be answered")
        print(f"   conversation: {thread[:80]!r}", flush=True)
        self.tab_to(lambda f: f.role == "text" and f.name == "Your reply",
                    "the field 'Your reply'")
        self.type_text(REPLY_TEXT)
        self.tab_to(lambda f: f.role == "push button" and f.name == "Send the reply",
                    "the button 'Send the reply'")
        self.press("Return")
        said = app.wait_for_text("Your reply is saved on this computer", timeout=self.wait)
        print(f"   {said[:100]!r}", flush=True)

    def step_form(self) -> None:
        app = self.app
        form_title, choices = load_form(FORM_FILE)
        self.go_to("Procedures")
        self.tab_to(lambda f: f.role == "text" and f.name == "Search procedures",
                    "the search field 'Search procedures'")
        self.press("ctrl+a")
        self.type_text(FORM_SEARCH)
        results = app.find("list", "Matching procedures", timeout=self.wait)

        def the_form(name: str) -> bool:
            """The catalogue's title differs a little from the form's ("no 3", "no. 3")."""
            lines = name.split("\n")
            return normalize(lines[-1]).endswith("— online") and difflib.SequenceMatcher(
                None, normalize(lines[0]).lower(), form_title.lower()).ratio() >= 0.8

        poll(lambda: any(the_form(name_of(item)) for item in children_of(results)),
             self.wait, lambda: f"{form_title!r} (online) is not among the results")
        focus = self.tab_to(lambda f: f.role == "list" and f.name == "Matching procedures",
                            "the list 'Matching procedures'")
        self.arrow_to(focus, the_form, f"the online procedure {form_title!r}")
        start = app.find("push button", "Start online procedure", timeout=self.wait)
        app.wait_enabled(start, timeout=self.wait)
        self.tab_to(lambda f: f.role == "push button" and f.name == "Start online procedure",
                    "the button 'Start online procedure'")
        self.press("space")
        app.find("label", form_title, timeout=max(self.wait, 30.0))  # the form's heading
        app.find("push button", "Continue to summary", timeout=self.wait)
        self.scan_mnemonics("a form (criminal record extract)")
        print(f"   form open on page {self.page_now()!r}; focus: "
              f"{(self.read_focus() or Focus(None, '', 'nothing')).describe()}", flush=True)
        agree = re.compile(r"^I agree that .+ fetches this data from .+$")
        if app.find_all("push button", agree):
            self.tab_to(lambda f: f.role == "push button" and bool(agree.match(f.name)),
                        "the consent's 'I agree' button")
            self.press("space")
            app.wait_gone("push button", agree, timeout=self.wait)
        for question, option in choices:
            focus = self.tab_to(
                lambda f: (f.role == "combo box" and
                           any(question in text for text in label_texts(f.widget))) or
                (f.role == "radio button" and question in group_question(f.widget)),
                f"the answer to {question!r} (a combo box or radio buttons)")
            if focus.role == "combo box":
                self.choose_in_closed_combo(option)
            else:
                self.arrow_radio(focus, option, question)
            print(f"   {question}: {option} ({focus.role})", flush=True)
        self.tab_to(lambda f: f.role == "push button" and f.name == "Continue to summary",
                    "the button 'Continue to summary'")
        self.press("space")
        outcome = poll(lambda: "summary" if app.find_all("label", "Check your answers") else
                       "issues" if app.find_all("label", re.compile(r"answers? need")) else None,
                       self.wait, lambda: "neither the summary nor the missing answers after "
                       "Space on 'Continue to summary'")
        if outcome != "summary":
            raise HarnessError("Continue to summary: the form says answers are missing: "
                               + " | ".join(t for t in app.texts() if "attention" in t
                                            or "required" in t.lower())[:400])
        self.tab_to(lambda f: f.role == "push button" and
                    f.name == "Sign with your card and submit",
                    "the button 'Sign with your card and submit'")
        before = app.windows()
        self.press("space")
        dialog = app.new_window(before, timeout=self.wait)
        self.ensure_keyboard()
        if normalize(name_of(dialog)) != "PIN":
            self.note(f"Sign opened {describe_node(dialog)} first")
            self.choose_certificate(dialog)
            dialog = app.find("dialog", "PIN", timeout=self.wait)
            self.ensure_keyboard()
        self.expect_focus(lambda f: f.role == "password text", "the PIN field")
        self.type_text(DEMO_PIN)
        self.press("Return")
        poll(lambda: (app.refresh(), not has_state(dialog, pyatspi.STATE_SHOWING))[1],
             self.wait, lambda: "the PIN dialog stayed open after Enter")
        self.ensure_keyboard()
        self.check_focus("(PIN dialog closed)")
        received = app.wait_for_text("Received by the portal", timeout=max(self.wait, 60.0))
        print(f"   {received[:120]!r}", flush=True)

    def choose_in_closed_combo(self, option: str) -> None:
        """Down (then Up) in a closed combo box until it shows option."""
        for combo in ("Down", "Up"):
            for _ in range(12):
                focus = self.read_focus()
                if focus is not None and focus.name == option:
                    return
                before = focus.name if focus else ""
                focus = self.press(combo)
                if focus is None or focus.role != "combo box":
                    raise HarnessError(f"{combo} in a combo box moved the focus to "
                                       + (focus.describe() if focus else "nothing"))
                if focus.name == before:
                    break
        raise HarnessError(f"the arrows did not bring the combo box to {option!r}")

    def arrow_radio(self, focus: Focus, option: str, question: str) -> Focus:
        """Arrows over the group's radio buttons to option, then Space; checks it. (The
        first radio button of a form's question is named "Question: Option".)"""

        def is_option(name: str) -> bool:
            return name == option or name.endswith(": " + option)

        for combo in ("Down", "Up"):
            for _ in range(8):
                if is_option(focus.name):
                    break
                previous = focus
                focus = self.press(combo)
                if focus is None or focus.role != "radio button":
                    raise HarnessError(f"{combo} on the radio button {previous.name!r} moved the "
                                       "focus to " + (focus.describe() if focus else "nothing"))
                if focus.name == previous.name:
                    break
            if is_option(focus.name):
                break
        if not is_option(focus.name):
            raise HarnessError(f"the arrows did not reach the radio button {option!r} of "
                               f"{question!r}")
        if not has_state(focus.widget, pyatspi.STATE_CHECKED):
            self.press("space")
        self.app.refresh()
        if not has_state(focus.widget, pyatspi.STATE_CHECKED):
            raise HarnessError(f"Space on the radio button {option!r} of {question!r} did not "
                               "check it")
        return focus

    def choose_certificate(self, dialog) -> None:
        """A certificate chooser: its list has the focus (or gets it with Tab); the first
        signing certificate with the arrows, then Enter."""
        focus = self.expect_focus(lambda f: f.role in VIEW_ROLES or f.role == "push button",
                                  "a control of the certificate chooser")
        if focus.role not in VIEW_ROLES:
            focus = self.tab_to(lambda f: f.role in VIEW_ROLES, "the certificate list", 8)
        if focus.item is None:
            focus = self.press("Down")
        print(f"   certificate: {focus.item_name[:80]!r}", flush=True)
        self.press("Return")
        poll(lambda: (self.app.refresh(), not has_state(dialog, pyatspi.STATE_SHOWING))[1],
             self.wait, lambda: "the certificate chooser stayed open after Enter")

    def step_space(self) -> None:
        """The space switcher by its mnemonic, Down: another space; the Documents page
        then lists that space's documents, not those it listed before."""
        app = self.app
        self.go_to("Documents")
        view = app.find(tuple(VIEW_ROLES), "Documents", timeout=self.wait)
        private = app.wait_rows(view, lambda row: bool(row and row[0]), timeout=self.wait)
        combo = self.switcher()
        if combo is None:
            raise HarnessError("no space switcher above the navigation")
        before = normalize(name_of(combo))
        if not self.mnemonic_to(combo, "alt+p"):
            raise HarnessError("Alt+P (the mnemonic of 'Space:') did not give the space "
                               "switcher the focus")
        print(f"   space switcher: {before!r}; Documents: {len(private)} row(s)", flush=True)
        self.press("Down")
        poll(lambda: (app.refresh(), normalize(name_of(combo)) != before)[1], self.wait,
             lambda: f"Down in the space switcher did not change the space ({before!r})")
        chosen = normalize(name_of(combo))
        print(f"   space now: {chosen!r}", flush=True)
        self.settle()
        view = app.find(tuple(VIEW_ROLES), "Documents", timeout=self.wait)
        rows = poll(lambda: (lambda now: now if now and now != private else None)(
                        [row for row in app.rows(view) if row and row[0]]),
                    self.wait, lambda: f"Documents still lists the {len(private)} documents "
                    f"of {before!r} after the switch to {chosen!r}")
        print(f"   Documents of {chosen.split(' — ')[0]}: {len(rows)} row(s), first: "
              f"{rows[0][0][:60]!r}", flush=True)

    def step_language(self) -> None:
        app = self.app
        german = Translations.for_language("de", TRANSLATIONS)
        self.go_to("Settings")
        self.choose_language("alt+l", "Deutsch")
        home = german.name("Home")
        app.NAVIGATION = german.name("Main navigation")
        poll(lambda: home in app.page_titles(), self.wait,
             lambda: f"the navigation does not read {home!r}: {app.page_titles()}")
        print(f"   navigation in German: {app.page_titles()[:5]}", flush=True)
        # The same mnemonic in German (the label's own & in guichet_de.ts).
        letter = mnemonic_of(german, "&Language:")
        self.press("Tab")  # away first: the mnemonic must bring it back
        self.choose_language(f"alt+{letter.lower()}" if letter else None, "English")
        app.NAVIGATION = "Main navigation"
        poll(lambda: "Home" in app.page_titles(), self.wait,
             lambda: f"the navigation does not read 'Home' again: {app.page_titles()}")
        print(f"   navigation in English: {app.page_titles()[:5]}", flush=True)

    def choose_language(self, mnemonic: Optional[str], language: str) -> None:
        """The Language combo: its mnemonic, its list opened (Alt+Down), arrows to the
        language, Enter."""
        app = self.app
        if not mnemonic:
            raise HarnessError("the Language label has no mnemonic in this language")
        focus = self.press(mnemonic)
        if focus is None or focus.role != "combo box" or not is_language_combo(focus.widget):
            raise HarnessError(f"{mnemonic} did not give the Language combo box the focus; it "
                               "went to " + (focus.describe() if focus else "nothing"))
        combo = focus.widget
        items = [normalize(name_of(item)) for item in walk_items(combo)]
        if language not in items:
            raise HarnessError(f"the Language combo box has no {language!r}: {items}")
        current = normalize(name_of(combo))
        steps = items.index(language) - (items.index(current) if current in items else 0)
        arrow = "Down" if steps > 0 else "Up"
        self.press("alt+Down")  # opens the list
        time.sleep(0.3)
        if steps:
            self.press(arrow, times=abs(steps))
        self.press("Return")
        poll(lambda: (app.refresh(), normalize(name_of(combo)) == language)[1], self.wait,
             lambda: f"the Language combo box says {name_of(combo)!r}, not {language!r}, after "
             f"Alt+Down, {abs(steps)} x {arrow} and Enter")
        self.expect_focus(lambda f: node_key(f.widget) == node_key(combo),
                          "the Language combo box (after the choice)")

    # --- tab cycles --------------------------------------------------------------------

    def page_cycles(self, page: str) -> tuple:
        """Tab, then Shift+Tab, from the navigation back to it, on the page shown."""
        if not self.is_navigation(self.read_focus()):
            self.to_navigation()
        forward = self.cycle(page, "Tab")
        if not forward.closed:
            self.fail(f"page {page!r}: Tab does not come back to the navigation — "
                      f"{forward.trap}")
            self.to_navigation()
        backward = self.cycle(page, "shift+Tab")
        if not backward.closed:
            self.fail(f"page {page!r}: Shift+Tab does not come back to the navigation — "
                      f"{backward.trap}")
            self.to_navigation()
        self.cycles.append((forward, backward))
        print(f"   {page}: {len(forward.stops)} tab stop(s) besides the navigation, "
              f"{'closed' if forward.closed else 'TRAP'} / "
              f"{'closed' if backward.closed else 'TRAP'} backwards; "
              f"{forward.seconds + backward.seconds:.1f} s", flush=True)
        print("      Tab: " + " → ".join(forward.names()), flush=True)
        if [stop.key for stop in backward.stops] != [stop.key for stop in reversed(forward.stops)]:
            print("      Shift+Tab: " + " → ".join(backward.names()), flush=True)
        return forward, backward

    def cycle(self, page: str, combo: str) -> Cycle:
        began = time.monotonic()
        result = Cycle(page, combo)
        start = self.read_focus()
        current = start
        seen: dict = {}  # widget key -> index in stops
        inside_items: set = set()
        inside = unchanged = 0
        focus = start
        for press in range(1, MAX_PRESSES + 1):
            result.presses = press
            focus = self.press(combo, before=focus, settle=CYCLE_SETTLE)
            if focus is None:
                result.lost = True
                result.trap = f"the focus was lost after {press} x {combo}"
                break
            if focus.key == start.key:
                result.closed = True
                break
            if result.stops and focus.key == result.stops[-1].key:
                inside += 1  # a move inside the same control (a cell, a date section)
                unchanged = unchanged + 1 if focus.state == current.state else 0
                if unchanged >= MAX_UNCHANGED:
                    shows = normalize(text_of(current.widget))
                    result.trap = (f"{combo} does nothing in {current.describe()}"
                                   + (f" (showing {shows!r})" if shows and shows != current.name
                                      else "")
                                   + f": the focus stays there, {unchanged} presses in a row")
                    break
                if focus.item_box and focus.state != current.state and \
                        focus.state in inside_items:
                    result.trap = (f"{combo} goes round inside {current.describe()} (back to a "
                                   f"cell it had, after {inside} presses in it): it never "
                                   "leaves")
                    break
                inside_items.add(focus.state)
                if inside > MAX_INSIDE:
                    result.trap = (f"{combo} stays in {current.describe()} for {inside} "
                                   "presses: it never leaves")
                    break
                current = focus
                continue
            if focus.key in seen:
                first = result.stops[seen[focus.key]]
                loop = [stop.describe() for stop in result.stops[seen[focus.key]:]]
                result.trap = (f"{combo} loops without the navigation: back to "
                               f"{first.describe()} after {press} presses; the loop: "
                               + " → ".join(loop))
                break
            seen[focus.key] = len(result.stops)
            focus.nameless = unnamed(focus)
            result.stops.append(focus)
            inside, unchanged, inside_items, current = 0, 0, {focus.state}, focus
        else:
            result.trap = f"not back after {MAX_PRESSES} presses"
        # Positions read at once, so that a scrolled page gives one frame of reference.
        result.boxes = [extents_of(stop.widget) for stop in result.stops]
        result.seconds = time.monotonic() - began
        return result

    def scan_mnemonics(self, where: str) -> None:
        """The Alt+letter bindings AT-SPI tells of the showing controls of the window
        (buttons, and fields through their label; not combo boxes, which Qt does not
        tell), with the space switcher's (Alt+P when it is shown); a letter that reaches
        two controls is noted: Qt then goes to one, then the other, on each press."""
        app = self.app
        app.refresh()
        letters: dict = {}
        if self.switcher() is not None and self.switcher_mnemonic:
            letters.setdefault(self.switcher_mnemonic, []).append(
                "combo box (the space switcher, 'Space:')")
        stack = list(reversed(children_of(app.main_window(self.wait))))
        while stack:
            node = stack.pop()
            if not has_state(node, pyatspi.STATE_SHOWING):
                continue
            for binding in key_bindings(node):
                found = re.fullmatch(r"(?i)alt\+(\w)", binding)
                if found:
                    control = describe_node(node)
                    letter = found.group(1).lower()
                    if control not in letters.setdefault(letter, []):
                        letters[letter].append(control)
            if role_of(node) not in VIEW_ROLES:
                stack.extend(reversed(children_of(node)))
        for letter, controls in sorted(letters.items()):
            if len(controls) > 1:
                self.clashes.add((where, f"Alt+{letter.upper()}", tuple(controls)))

    def audit_pages(self) -> None:
        titles = [normalize(name_of(row)) for row in self.app.page_rows(self.wait)]
        for title in titles:
            if STOPPED:
                raise Terminated(f"terminated by signal {STOPPED[0]}")
            plain = re.sub(r"\s*\([^()]*\)$", "", title)
            try:
                self.go_to(plain)
                time.sleep(0.5)  # a page fills its views when shown
                self.page_cycles(plain)
                self.scan_mnemonics(plain)
            except HarnessError as error:
                if STOPPED:
                    raise Terminated(f"terminated by signal {STOPPED[0]}") from error
                self.fail(f"page {plain!r}: the tab cycles could not be checked: "
                          f"{str(error).strip()}")
                self.close_dialogs()

    # --- the whole run -----------------------------------------------------------------

    def run(self) -> bool:
        """False when guichet could not be started at all."""
        started = False
        with self.stage("1. start, reach the navigation"):
            self.step_start()
            started = True
        if not started:
            return False
        with self.stage("2. sign in with keys (Marie Schmit)"):
            self.step_sign_in(CITIZEN)
        if self.signed_in and not self.options.no_cycles:
            with self.stage("tab cycles of every page (signed in)"):
                self.audit_pages()
        with self.stage("3. search the catalogue"):
            self.step_search()
        with self.stage("4. open a dossier"):
            self.step_dossier()
        with self.stage("5. answer a message"):
            self.step_message()
        with self.stage("6. fill, sign and submit a form"):
            self.step_form()
        with self.stage("start again as Luc Weber, sign in"):
            self.start(BUSINESS_PERSONA)
            self.step_sign_in(BUSINESS_USER)
        with self.stage("7. switch space (Luc Weber)"):
            self.step_space()
        with self.stage("8. change the language"):
            self.step_language()
        return True


# --------------------------------------------------------------------------------------
# Small readers.


def poll_focus(run: KeyboardRun, timeout: float) -> Optional[Focus]:
    try:
        return poll(run.read_focus, timeout, lambda: "")
    except HarnessError:
        return None


def target_is_switcher(run: KeyboardRun, target) -> bool:
    switcher = run.switcher()
    return switcher is not None and node_key(switcher) == node_key(target)


def key_bindings(node) -> list:
    try:
        action = node.queryAction()
        return [action.getKeyBinding(i) for i in range(action.nActions)]
    except (NotImplementedError, GLib.GError):
        return []


def top_level(node):
    """The window (frame, dialog) a control is in; None for a popup outside the tree."""
    for _ in range(40):
        try:
            parent = node.parent
        except GLib.GError:
            return None
        if parent is None:
            return None
        if role_of(parent) == "application":
            return node if role_of(node) in ("frame", "dialog", "alert", "window") else None
        node = parent
    return None


def ancestry(node, depth: int = 6) -> str:
    """The controls around a node, innermost first, to find it in the source."""
    parts = []
    for _ in range(depth):
        try:
            node = node.parent
        except GLib.GError:
            break
        if node is None or role_of(node) in ("frame", "application"):
            break
        parts.append(f"{role_of(node)} {normalize(name_of(node))[:40]!r}")
    return " < ".join(parts) or "the window"


def unnamed(focus: Focus) -> bool:
    """A stop a screen reader cannot name: no name, no labelling label, no item."""
    return not focus.name and focus.item is None and not label_texts(focus.widget)


def label_texts(node) -> list:
    """The texts of the labels that name a control (labelled-by)."""
    texts = []
    for relation, targets in relations_of(node):
        if relation == "labelled-by":
            texts.extend(normalize(text_of(target)) for target in targets if target is not None)
    return [text for text in texts if text]


def is_language_combo(combo) -> bool:
    """The Settings page's Language combo box: one of its items is "Deutsch"."""
    return any(normalize(name_of(item)) == "Deutsch" for item in walk_items(combo))


def walk_items(node) -> list:
    found = []
    for child in children_of(node):
        if role_of(child) == "list item":
            found.append(child)
        elif role_of(child) == "list":
            found.extend(c for c in children_of(child) if role_of(c) == "list item")
    return found


def group_question(radio) -> str:
    """The question of a radio button's group: the labels next to its parent, in the
    form's row (FieldRow: the question label, then the editor)."""
    texts = []
    node = radio
    for _ in range(3):  # the editor, then its row
        try:
            node = node.parent
        except GLib.GError:
            return ""
        if node is None:
            return ""
        texts.extend(label_texts(node))
        texts.extend(normalize(text_of(child)) for child in children_of(node)
                     if role_of(child) == "label")
    return " | ".join(texts)


def load_form(path: str) -> tuple:
    """The English title of a form, and its required choices that always show (no
    condition), each with its first option: [(question, option)]."""
    import json

    with open(path, encoding="utf-8") as source:
        form = json.load(source)
    choices = []

    def visit(fields):
        for each in fields:
            if each.get("type") == "choice" and each.get("required") and \
                    "visibleWhen" not in each and each.get("options"):
                choices.append((normalize(each["label"]["en"]),
                                normalize(each["options"][0]["label"]["en"])))
            visit(each.get("fields", []))

    for section in form.get("sections", []):
        visit(section.get("fields", []))
    return normalize(form["title"]["en"]), choices


def mnemonic_of(translations: Translations, source: str) -> str:
    """The mnemonic letter of a source string's translation (what follows its &)."""
    import xml.etree.ElementTree as ElementTree

    path = os.path.join(TRANSLATIONS, f"guichet_{translations.language}.ts")
    for message in ElementTree.parse(path).getroot().iter("message"):
        if message.findtext("source") == source:
            text = message.findtext("translation") or ""
            found = re.search(r"&([^&\s])", text)
            if found:
                return found.group(1)
    return ""


# --------------------------------------------------------------------------------------
# The report.


def backward_jumps(cycle: Cycle, nav_right: int) -> list:
    """Stops of the page (the navigation column left out) that are clearly above, or on
    the same line and to the left of, the stop before them; the wrap is not counted."""
    page = [(stop, box) for stop, box in zip(cycle.stops, cycle.boxes)
            if box[2] > 0 and box[0] >= nav_right - 2]
    jumps = []
    for (a, box_a), (b, box_b) in zip(page, page[1:]):
        above = box_b[1] < box_a[1] - POSITION_SLACK and box_b[0] <= box_a[0] + POSITION_SLACK
        left = abs(box_b[1] - box_a[1]) <= POSITION_SLACK and box_b[0] < box_a[0] - POSITION_SLACK
        if above or left:
            jumps.append(f"{a.describe()} at {box_a[:2]} → {b.describe()} at {box_b[:2]}")
    return jumps


def page_runs(cycle: Cycle, nav_right: int) -> int:
    """How many runs of page stops the cycle has (1: the page is read in one go; more:
    the navigation column's stops come between the page's)."""
    runs, inside = 0, False
    for box in cycle.boxes:
        page = box[2] > 0 and box[0] >= nav_right - 2
        if page and not inside:
            runs += 1
        inside = page
    return max(runs, 1)


def fold(stops: list) -> list:
    return [stop.key for stop in stops]


def print_report(run: KeyboardRun) -> None:
    print("\nTab cycles per page (from the navigation list back to it):")
    print(f"{'page':34} {'stops':>5} {'Tab':>7} {'Sh+Tab':>7} {'reverse':>7} {'nav':>4} "
          f"{'back jumps':>10} {'split':>5} {'unnamed':>7} {'time':>6}")
    jumps_found = []
    for forward, backward in run.cycles:
        jumps = backward_jumps(forward, run.nav_right) if forward.closed else []
        reverse = "yes" if (forward.closed and backward.closed and
                            fold(backward.stops) == list(reversed(fold(forward.stops)))) \
            else ("no" if forward.closed and backward.closed else "-")
        nav = "yes" if forward.closed or backward.closed else "no"
        print(f"{forward.page[:34]:34} {len(forward.stops) + 1:5} "
              f"{'closed' if forward.closed else 'TRAP':>7} "
              f"{'closed' if backward.closed else 'TRAP':>7} {reverse:>7} {nav:>4} "
              f"{len(jumps) if forward.closed else '-':>10} "
              f"{page_runs(forward, run.nav_right) - 1 if forward.closed else '-':>5} "
              f"{sum(1 for stop in forward.stops if stop.nameless):7} "
              f"{forward.seconds + backward.seconds:5.1f}s")
        jumps_found.extend((forward.page, jump) for jump in jumps)
        if reverse == "no":
            run.note(f"page {forward.page!r}: Shift+Tab does not retrace Tab: backwards "
                     + " → ".join(stop.describe() for stop in backward.stops))
    print("(stops: the navigation list included; nav: whether the navigation list is in the "
          "cycle; back jumps: stops above or left of the one before, on screen; split: times "
          "the page's stops are cut by the navigation column (its space switcher); unnamed: "
          "stops without a name or label)")
    if jumps_found:
        print("\nreading order: stops that go back up or left (not failures):")
        for page, jump in jumps_found:
            print(f"- {page}: {jump}")
    if run.clashes:
        print("\nmnemonics shared by two controls (Qt goes to one, then the other; not failures):")
        for where, combo, controls in sorted(run.clashes):
            print(f"- {where}: {combo}: {' / '.join(controls)}")
    if run.navigation_routes:
        routes: dict = {}
        for _step, route in run.navigation_routes:
            kind = re.sub(r"^\d+ x ", "n x ", route)
            routes[kind] = routes.get(kind, 0) + 1
        print("\nhow the navigation list was reached: "
              + ", ".join(f"{kind} ({count}x)" for kind, count in routes.items()))
    print("\nfocus after each key of the flow (step: key → focused control):")
    last = None
    for step, keys, focus in run.focus_log:
        if step.startswith("tab cycles"):
            continue
        if step != last:
            print(f"  [{step}]")
            last = step
        print(f"    {keys} → {focus}")
    if run.notes:
        print("\nnotes (not failures):")
        for note in run.notes:
            print(f"- {note}")
    if run.failures:
        print(f"\n{len(run.failures)} failure(s):")
        for failure in run.failures:
            print(f"- [{failure.step}] {failure.what}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "ci", "app", "guichet"),
                        help="guichet executable (default build/ci/app/guichet)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="bound of each wait, in seconds (default 30)")
    parser.add_argument("--no-cycles", action="store_true",
                        help="skip the Tab cycles of the pages signed in (the flow only)")
    options = parser.parse_args()
    if not os.environ.get("ATSPI_SESSION_DIR"):
        print("keyboard_only: run me under tests/support/atspi/session.sh", file=sys.stderr)
        return 2

    def terminated(signum, frame):
        STOPPED.append(signum)
        raise Terminated(f"terminated by signal {signum} (session.sh --timeout?)")

    signal.signal(signal.SIGTERM, terminated)
    run = KeyboardRun(options)
    code = 0
    try:
        if not run.run():
            print("keyboard_only: guichet could not be started: "
                  + (run.failures[-1].what if run.failures else "?"), file=sys.stderr)
            return 2
    except Terminated as error:
        print(f"\nSTOPPED at step '{run.step}': {error}", file=sys.stderr)
        if run.app is not None:
            run.app.save_failure_artifacts("keyboard-stopped")
        code = 1
    except Exception:  # an error of the scenario itself: show where, report what we have
        print(f"\nERROR at step '{run.step}':", file=sys.stderr)
        traceback.print_exc()
        code = 1
    finally:
        run.unlisten()
        run.stop()
    print_report(run)
    if run.failures:
        code = 1
    print(("\nPASSED\n" if code == 0 else "\nFAILED\n") + CLOCK.report())
    return code


if __name__ == "__main__":
    sys.exit(main())
