"""Drives the real guichet executable from outside, through AT-SPI, as a screen reader would.

Run under session.sh (Xvfb, a private D-Bus session, the accessibility bus and an
unlocked keyring) with the Debian Python, which has pyatspi:

    session.sh /usr/bin/python3 my_scenario.py

    from guichet_atspi import Guichet
    with Guichet.start(binary, ["--demo", "--lang", "en"]) as app:
        app.select_page("Sign in")
        app.press(role="push button", name="Sign in with my card")

Everything that waits is bounded by a timeout and polls: the application works in
its own time (threads, a simulated portal) and AT-SPI tells us nothing unless asked.
A failed lookup raises HarnessError saying what was looked for and what was there.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Sequence, Union

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib
    import pyatspi
except (ImportError, ValueError) as missing:  # pragma: no cover - depends on the machine
    raise SystemExit(
        "guichet_atspi: pyatspi is missing. Install python3-pyatspi and run with "
        f"/usr/bin/python3 (not a Python found first on PATH): {missing}"
    )

NameMatch = Union[str, "re.Pattern[str]", Callable[[str], bool], None]

DEFAULT_TIMEOUT = 10.0
POLL_INTERVAL = 0.1
# A D-Bus call to a busy application fails after this long instead of libatspi's
# default 25 s, so that our own timeouts stay the ones that count.
DBUS_CALL_TIMEOUT_MS = 5000

# Roles whose children are the cells or items of a view.
ITEM_ROLES = {"list item", "table cell", "tree item", "table row", "tree row"}
# Roles of the views that have such items.
VIEW_ROLES = {"list", "table", "tree", "tree table"}


class HarnessError(AssertionError):
    """A step of a scenario could not be done; the message says what and why."""


# --------------------------------------------------------------------------------------
# Time keeping: scenarios report how long they waited, to see where the time goes.


@dataclass
class Clock:
    started: float = field(default_factory=time.monotonic)
    waited: float = 0.0  # inside bounded waits: asking the application, then sleeping
    idle: float = 0.0  # the sleeping part: the application had not got there yet
    waits: int = 0
    steps: list = field(default_factory=list)
    depth: int = 0  # polls in progress

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @contextlib.contextmanager
    def step(self, title: str) -> Iterator[None]:
        """Times one step of a scenario; printed as it ends so a hang shows where."""
        began, waited_before, idle_before = time.monotonic(), self.waited, self.idle
        print(f"-- {title}", flush=True)
        try:
            yield
        finally:
            spent = time.monotonic() - began
            waited, idle = self.waited - waited_before, self.idle - idle_before
            self.steps.append((title, spent, waited, idle))
            print(f"   {spent:6.2f} s ({waited:5.2f} s waiting, {idle:5.2f} s idle)", flush=True)

    def report(self) -> str:
        lines = [f"{'step':40} {'time':>8} {'waiting':>8} {'idle':>8}"]
        for title, spent, waited, idle in self.steps:
            lines.append(f"{title[:40]:40} {spent:7.2f}s {waited:7.2f}s {idle:7.2f}s")
        total = self.elapsed()
        lines.append(f"{'total wall time':40} {total:7.2f}s {self.waited:7.2f}s "
                     f"{self.idle:7.2f}s  ({self.waits} waits)")
        if total > 0:
            lines.append(f"share of the wall time: waiting {100 * self.waited / total:.0f} %, "
                         f"idle {100 * self.idle / total:.0f} %")
        lines.append("(waiting: in bounded waits, AT-SPI queries included; "
                     "idle: the part spent sleeping between polls)")
        return "\n".join(lines)


CLOCK = Clock()


def pump_events() -> None:
    """Lets libatspi handle what the bus sent (cache updates) without blocking."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def poll(check: Callable[[], object], timeout: float, describe: Callable[[], str]):
    """Calls check() until it returns something true, or raises HarnessError.

    describe() is called only on timeout, to say what was expected and what was seen.
    Errors of the bus during a check (an object that went away while we looked) count
    as "not yet": the tree changes under our feet while pages are rebuilt.
    """
    began = time.monotonic()
    deadline = began + timeout
    last_error: Optional[Exception] = None
    CLOCK.depth += 1  # a wait inside a wait (a lookup in a check) is counted once
    try:
        while True:
            pump_events()
            try:
                result = check()
                if result:
                    return result
            except GLib.GError as error:
                last_error = error
            if time.monotonic() >= deadline:
                message = f"after {timeout:.1f} s: {describe()}"
                if last_error is not None:
                    message += f"\n(last AT-SPI error: {last_error})"
                raise HarnessError(message)
            time.sleep(POLL_INTERVAL)
            CLOCK.idle += POLL_INTERVAL
    finally:
        CLOCK.depth -= 1
        if CLOCK.depth == 0:
            CLOCK.waited += time.monotonic() - began
            CLOCK.waits += 1


# --------------------------------------------------------------------------------------
# Reading one accessible. Every read is a D-Bus call that can fail if the object is
# gone; these helpers turn such failures into neutral values.


def role_of(node) -> str:
    try:
        return node.getRoleName()
    except GLib.GError:
        return "?"


def name_of(node) -> str:
    try:
        return node.name or ""
    except GLib.GError:
        return ""


def states_of(node) -> set:
    try:
        return {pyatspi.STATE_VALUE_TO_NAME.get(state, str(state))
                for state in node.getState().getStates()}
    except GLib.GError:
        return set()


def has_state(node, state) -> bool:
    try:
        return node.getState().contains(state)
    except GLib.GError:
        return False


def text_of(node) -> str:
    """What a reader says for a label, field or cell: its text, else its name."""
    try:
        text = node.queryText()
        content = text.getText(0, -1)
        if content:
            return content
    except (NotImplementedError, GLib.GError):
        pass
    return name_of(node)


def children_of(node) -> list:
    try:
        count = node.childCount
    except GLib.GError:
        return []
    result = []
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except GLib.GError:
            continue
        if child is not None:
            result.append(child)
    return result


def action_names(node) -> list:
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except (NotImplementedError, GLib.GError):
        return []


def relations_of(node) -> list:
    """(relation name, targets) pairs: which label names a field, and so on."""
    result = []
    try:
        for relation in node.getRelationSet():
            kind = pyatspi.RELATION_VALUE_TO_NAME.get(relation.getRelationType(), "?")
            targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
            result.append((kind.replace(" ", "-"), targets))
    except GLib.GError:
        pass
    return result


def detached_root(node):
    """The top of the subtree node is in when that subtree is not a child of the tree
    it hangs from; None when node is reachable from the application.

    Qt leaves popups (Qt::Popup windows, such as a QCalendarWidget shown as a popup) out
    of the application's children and out of their parent widget's children, while
    their controls still say who their parent is and still take the focus: a screen
    reader hears them, but never finds them by exploring the window.
    """
    while node is not None:
        try:
            parent = node.parent
        except GLib.GError:
            return None
        if parent is None:
            return None if role_of(node) == "application" else node
        if not any(child == node for child in children_of(parent)):
            return node
        node = parent
    return None


def normalize(text: str) -> str:
    return " ".join(text.split())


def describe_node(node) -> str:
    return f"{role_of(node)} {name_of(node)!r}"


# --------------------------------------------------------------------------------------
# What to look for.


@dataclass
class Criteria:
    role: Union[str, Sequence[str], None] = None  # AT-SPI role name(s): "push button"
    name: NameMatch = None  # exact (spaces normalised), a compiled regex, or a predicate
    showing: bool = True  # only what is on screen, as a sighted or blind user meets it

    def matches(self, node) -> bool:
        if self.role is not None:
            roles = (self.role,) if isinstance(self.role, str) else self.role
            if role_of(node) not in roles:
                return False
        if self.name is not None:
            name = normalize(name_of(node))
            if isinstance(self.name, str):
                if name != normalize(self.name):
                    return False
            elif isinstance(self.name, re.Pattern):
                if not self.name.search(name):
                    return False
            elif not self.name(name):
                return False
        return True

    def __str__(self) -> str:
        roles = (self.role,) if isinstance(self.role, str) else (self.role or ())
        parts = [" or ".join(roles) or "control"]
        if isinstance(self.name, str):
            parts.append(f"named {self.name!r}")
        elif isinstance(self.name, re.Pattern):
            parts.append(f"with a name matching /{self.name.pattern}/")
        elif self.name is not None:
            parts.append("with a name the predicate accepts")
        if self.showing:
            parts.append("(showing)")
        return " ".join(parts)


def walk(root, showing_only: bool = True) -> Iterator:
    """Depth-first over root's descendants (root excluded), in tree order.

    Qt's tree order is the order the widgets were made in, usually the reading order.

    With showing_only, a hidden subtree is skipped whole: Qt keeps every page of a
    stacked widget in the tree, and only the current one is showing.
    """
    stack = list(reversed(children_of(root)))
    while stack:
        node = stack.pop()
        if showing_only and not has_state(node, pyatspi.STATE_SHOWING):
            continue
        yield node
        stack.extend(reversed(children_of(node)))


# --------------------------------------------------------------------------------------
# The application under test.


class AtspiApp:
    """A running application found on the accessibility bus by its process id."""

    def __init__(self, process: subprocess.Popen, artifacts: str, log_path: str):
        self.process = process
        self.artifacts = artifacts
        self.log_path = log_path
        self.root = None  # the "application" accessible, once registered
        Atspi.set_timeout(DBUS_CALL_TIMEOUT_MS, DBUS_CALL_TIMEOUT_MS * 3)

    # --- life cycle ------------------------------------------------------------------

    def wait_on_bus(self, timeout: float = 30.0):
        """Waits until the process has registered with the accessibility registry."""
        desktop = pyatspi.Registry.getDesktop(0)
        seen: list = []

        def registered():
            self._check_alive()
            desktop.clear_cache()
            seen.clear()
            for candidate in children_of(desktop):
                try:
                    pid = candidate.get_process_id()
                except GLib.GError:
                    continue
                seen.append(f"{name_of(candidate)!r} (pid {pid})")
                if pid == self.process.pid:
                    return candidate
            return None

        self.root = poll(
            registered,
            timeout,
            lambda: f"pid {self.process.pid} did not appear on the accessibility bus; "
            f"applications there: {', '.join(seen) or 'none'}. Is the application "
            "started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 under session.sh?",
        )
        return self.root

    def _check_alive(self) -> None:
        code = self.process.poll()
        if code is not None:
            raise HarnessError(
                f"the application exited with code {code}; its output is in {self.log_path}:\n"
                + tail(self.log_path)
            )

    def stop(self, timeout: float = 10.0) -> Optional[int]:
        """Ends the application: TERM, then KILL if it does not go in time."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode

    def close(self, title: Optional[str] = None, timeout: float = 15.0) -> Optional[int]:
        """Closes the top-level window as its close button would, and waits for the exit.

        Without a window manager nobody sends WM_DELETE_WINDOW: we send it (libX11
        through ctypes), so that the application quits the way a person makes it quit,
        its data written and closed. TERM (then KILL) only if it has not gone in time,
        which the caller sees in the exit code and a printed note.
        """
        if self.process.poll() is not None:
            return self.process.returncode
        window = self.x_window(title)
        send_wm_delete(int(window, 0))
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            print(f"   note: pid {self.process.pid} did not quit {timeout:.0f} s after its "
                  "window was closed; stopping it", flush=True)
            return self.stop()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            self.save_failure_artifacts("failure")
        self.stop()
        return False

    # --- finding ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Forgets what libatspi cached: states (showing, focused) and children.

        libatspi keeps what it read and updates it only from events, which a client
        without a main loop does not see in time; a page switch then looks as if
        nothing changed. Each lookup starts from fresh data.
        """
        self._check_alive()
        pump_events()
        self.root.clear_cache()

    def windows(self, showing_only: bool = True) -> list:
        self.refresh()
        return [
            window
            for window in children_of(self.root)
            if not showing_only or has_state(window, pyatspi.STATE_SHOWING)
        ]

    def _search(self, criteria: Criteria, within=None) -> list:
        self.refresh()
        return [node for node in walk(within or self.root, criteria.showing)
                if criteria.matches(node)]

    def find_all(self, role=None, name: NameMatch = None, *, within=None,
                 showing=True) -> list:
        """Every control that matches now (no waiting); possibly none."""
        return self._search(Criteria(role, name, showing), within)

    def find(self, role=None, name: NameMatch = None, *, within=None,
             showing=True, timeout: float = DEFAULT_TIMEOUT):
        """The first matching control in reading order, waiting for it to appear.

        Qt 6.4 gives no accessible id (object name) over AT-SPI: controls are found
        by role and the name a screen reader would say.
        """
        criteria = Criteria(role, name, showing)
        found = poll(
            lambda: self._search(criteria, within),
            timeout,
            lambda: f"no {criteria}{self._where(within)}.\n{self.nearby(criteria, within)}",
        )
        return found[0]

    def wait_gone(self, role=None, name: NameMatch = None, *, within=None,
                  timeout: float = DEFAULT_TIMEOUT) -> None:
        """Waits until no showing control matches (a dialog closed, a notice went)."""
        criteria = Criteria(role, name, True)
        poll(
            lambda: not self._search(criteria, within),
            timeout,
            lambda: f"{criteria} still there{self._where(within)}",
        )

    def _where(self, within) -> str:
        return f" inside {describe_node(within)}" if within is not None else ""

    def nearby(self, criteria: Criteria, within=None, limit: int = 12) -> str:
        """What was there instead: same role, then similar names, then the windows."""
        try:
            self.refresh()
            nodes = list(walk(within or self.root, criteria.showing))
        except (GLib.GError, HarnessError) as error:
            return f"(could not read the tree: {error})"
        lines = []
        if criteria.role:
            roles = (criteria.role,) if isinstance(criteria.role, str) else criteria.role
            same_role = [describe_node(n) for n in nodes if role_of(n) in roles]
            lines.append(
                f"showing {' or '.join(roles)}s: " + (", ".join(same_role[:limit]) or "none")
                + (" …" if len(same_role) > limit else "")
            )
        if isinstance(criteria.name, str) and criteria.name:
            names = {normalize(name_of(n)): n for n in nodes if name_of(n)}
            close = difflib.get_close_matches(normalize(criteria.name), list(names), n=6,
                                              cutoff=0.5)
            contains = [
                n for n in names if criteria.name.lower() in n.lower() and n not in close
            ][:6]
            similar = [describe_node(names[n]) for n in close + contains]
            lines.append("similar names: " + (", ".join(similar) or "none"))
        lines.append(
            "showing windows: " + (", ".join(describe_node(w) for w in self.windows()) or "none")
        )
        return "\n".join(lines)

    # --- acting ----------------------------------------------------------------------

    def _resolve(self, node, role, name, timeout):
        """Lets the acting methods take either a control or the criteria to find one."""
        if node is not None:
            return node
        return self.find(role, name, timeout=timeout)

    def is_enabled(self, node) -> bool:
        self.refresh()
        return has_state(node, pyatspi.STATE_ENABLED) and has_state(node, pyatspi.STATE_SENSITIVE)

    def wait_enabled(self, node, timeout: float = DEFAULT_TIMEOUT):
        poll(lambda: self.is_enabled(node), timeout,
             lambda: f"{describe_node(node)} stayed disabled")
        return node

    def press(self, node=None, *, role="push button", name: NameMatch = None,
              timeout: float = DEFAULT_TIMEOUT):
        """Does a button's press action, once it is enabled (as a user must wait)."""
        node = self.wait_enabled(self._resolve(node, role, name, timeout), timeout)
        self.do_action(node, ("press", "click", "activate"))
        return node

    def do_action(self, node, preferred: Sequence[str] = ()) -> str:
        """Does the first action named in preferred (any case), else the first action."""
        names = action_names(node)
        if not names:
            raise HarnessError(f"{describe_node(node)} has no action")
        lowered = [n.lower() for n in names]
        index = next((lowered.index(p) for p in preferred if p in lowered), 0)
        if not node.queryAction().doAction(index):
            raise HarnessError(f"{describe_node(node)} refused its action {names[index]!r}")
        return names[index]

    def type_text(self, node=None, text: str = "", *, role="text", name: NameMatch = None,
                  timeout: float = DEFAULT_TIMEOUT):
        """Replaces a field's content with text: setTextContents, else insertText."""
        node = self.wait_enabled(self._resolve(node, role, name, timeout), timeout)
        try:
            editable = node.queryEditableText()
        except NotImplementedError:
            raise HarnessError(f"{describe_node(node)} is not editable text") from None
        if editable.setTextContents(text):
            return node
        # Some fields refuse a whole replacement but accept typing at the caret.
        length = node.queryText().characterCount
        if length:
            editable.deleteText(0, length)
        if not editable.insertText(0, text, len(text)):
            raise HarnessError(f"{describe_node(node)} accepted neither setTextContents "
                               "nor insertText")
        return node

    def read(self, node=None, *, role=None, name: NameMatch = None,
             timeout: float = DEFAULT_TIMEOUT) -> str:
        """The text of a label or field (for a password field: what Qt exposes)."""
        node = self._resolve(node, role, name, timeout)
        self.refresh()
        return text_of(node)

    def texts(self, within=None) -> list:
        """Every showing text, in tree order: names, and label or field contents."""
        self.refresh()
        result = []
        for node in walk(within or self.root, True):
            for value in (name_of(node), text_of(node)):
                value = normalize(value)
                if value and value not in result[-2:]:
                    result.append(value)
        return result

    def wait_for_text(self, wanted: Union[str, "re.Pattern[str]"], *, within=None,
                      timeout: float = DEFAULT_TIMEOUT) -> str:
        """Waits until some showing control's name or text contains wanted; returns it."""
        seen: list = []

        def present():
            seen[:] = self.texts(within)
            for value in seen:
                if isinstance(wanted, re.Pattern):
                    if wanted.search(value):
                        return value
                elif normalize(wanted) in value:
                    return value
            return None

        shown = wanted.pattern if isinstance(wanted, re.Pattern) else wanted
        return poll(
            present,
            timeout,
            lambda: f"the text {shown!r} did not appear{self._where(within)}; showing texts:\n  "
            + "\n  ".join(seen[:40]) + ("\n  …" if len(seen) > 40 else ""),
        )

    # --- keyboard --------------------------------------------------------------------

    def x_window(self, title: Optional[str] = None, timeout: float = DEFAULT_TIMEOUT) -> str:
        """The X window id of the process's visible top-level window (for xdotool)."""
        command = ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.process.pid)]
        if title:
            command += ["--name", "^" + re.escape(title) + "$"]
        else:
            command += ["--name", "."]

        def search():
            found = subprocess.run(command, capture_output=True, text=True, timeout=5)
            return found.stdout.split()[-1] if found.stdout.split() else None

        return poll(search, timeout, lambda: f"no visible X window of pid {self.process.pid}"
                    + (f" titled {title!r}" if title else ""))

    def focus_window(self, title: Optional[str] = None) -> None:
        """Gives the window the X keyboard focus.

        There is no window manager under Xvfb to do it; without it, synthesized keys go
        wherever the pointer happens to be, and Qt has no active window.
        """
        window = self.x_window(title)
        try:
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True,
                           timeout=5, capture_output=True)
        except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as error:
            raise HarnessError(f"could not give X window {window} the focus: {error}") from None

    def key(self, keysym: Union[str, int], times: int = 1) -> None:
        """Presses and releases a key (X keysym name like "Down", or its number)."""
        if isinstance(keysym, str):
            number = keysym_of(keysym)
        else:
            number = keysym
        for _ in range(times):
            pyatspi.Registry.generateKeyboardEvent(number, None, pyatspi.KEY_SYM)
        # Give the toolkit a moment to take the events before we look at the result.
        time.sleep(0.05)

    def click(self, node, button: int = 1) -> None:
        """Clicks the middle of a control, through the registry's synthesized events.

        Coordinates are the screen's: without a window manager, Xvfb puts windows
        where the toolkit asks and nothing moves them.
        """
        self.refresh()
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        if extents.width <= 0 or extents.height <= 0:
            raise HarnessError(f"{describe_node(node)} has no area on screen to click")
        pyatspi.Registry.generateMouseEvent(extents.x + extents.width // 2,
                                            extents.y + extents.height // 2, f"b{button}c")
        time.sleep(0.05)

    def keys(self, *combos: str, times: int = 1) -> None:
        """Presses key combinations through xdotool, modifiers included: "shift+Tab",
        "alt+l", "ctrl+Return" (X keysym names joined by +). Real X key events, as
        key() sends, to the window that has the X focus (see focus_window)."""
        if not combos:
            return
        command = ["xdotool", "key", "--delay", "40", *(list(combos) * times)]
        try:
            subprocess.run(command, check=True, timeout=10 + len(command), capture_output=True)
        except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as error:
            raise HarnessError(f"xdotool could not press {' '.join(combos)}: {error}") from None
        time.sleep(0.05)  # as key(): the toolkit takes the events in its own time

    def type_keys(self, text: str, delay_ms: int = 30) -> None:
        """Types text as key events (xdotool type) into whatever has the keyboard focus,
        as a person types; unlike type_text() it neither finds nor replaces a field."""
        if not text:
            return
        try:
            subprocess.run(["xdotool", "type", "--delay", str(delay_ms), "--", text],
                           check=True, timeout=10 + len(text) * delay_ms / 1000 * 2,
                           capture_output=True)
        except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as error:
            raise HarnessError(f"xdotool could not type {text!r}: {error}") from None
        time.sleep(0.05)

    def x_focus(self) -> Optional[str]:
        """The X window that has the keyboard focus (decimal id, as xdotool prints it),
        or None; keys go there."""
        found = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True,
                               timeout=5)
        return (found.stdout.strip() or None) if found.returncode == 0 else None

    def focused(self):
        """The control that has the keyboard focus, if any is showing.

        A focused view (list, table, tree) is returned, not its current row: Qt says
        "focused" of a view's current item whether or not the view has the focus, so
        items only count inside a focused view (see focused_item). The rows of views
        that do not have the focus are not read, which keeps the walk short.

        Qt's hasFocus() follows focus proxies, so a widget and its proxy both say
        "focused": a container whose proxy is a child (the space switcher and its combo
        box), and a scroll area's viewport, whose proxy is the scroll area. Of the
        focused nodes on one branch, the deepest one that is focusable is the control.
        """
        self.refresh()
        chain: list = []
        stack = list(reversed(children_of(self.root)))
        while stack:
            node = stack.pop()
            if not has_state(node, pyatspi.STATE_SHOWING):
                continue
            if has_state(node, pyatspi.STATE_FOCUSED) and role_of(node) not in ITEM_ROLES:
                chain.append(node)
                stack = []  # the focus is on this branch: only its subtree is left
            if role_of(node) in VIEW_ROLES:
                continue  # its items: see focused_item()
            stack.extend(reversed(children_of(node)))
        focusable = [node for node in chain if has_state(node, pyatspi.STATE_FOCUSABLE)]
        return (focusable or chain or [None])[-1]

    def focused_item(self, view):
        """The current row of a focused view, as a screen reader announces it: the
        item that says "focused" (Qt marks the current one), else the first selected
        item through the Selection interface; None when there is none."""
        try:
            selection = view.querySelection()
            if selection.nSelectedChildren > 0:
                selected = selection.getSelectedChild(0)
                if selected is not None and has_state(selected, pyatspi.STATE_FOCUSED):
                    return selected
        except (NotImplementedError, GLib.GError):
            pass
        try:  # small views only: a table can have thousands of cells
            if view.childCount <= 400:
                for child in children_of(view):
                    if role_of(child) in ITEM_ROLES and has_state(child, pyatspi.STATE_FOCUSED):
                        return child
        except GLib.GError:
            pass
        try:
            selection = view.querySelection()
            return selection.getSelectedChild(0) if selection.nSelectedChildren else None
        except (NotImplementedError, GLib.GError):
            return None

    def wait_focus(self, accept: Callable[[object], bool] = lambda node: True,
                   timeout: float = DEFAULT_TIMEOUT, what: str = "the focus"):
        """Waits until a showing control has the keyboard focus and accept(it) is true
        (accept gets the node, see focused()); returns it."""
        seen: list = [None]

        def wanted():
            seen[0] = self.focused()
            return seen[0] if seen[0] is not None and accept(seen[0]) else None

        return poll(wanted, timeout, lambda: f"{what} did not come; focused: "
                    + (describe_node(seen[0]) if seen[0] is not None else "nothing"))

    # --- windows other than the main one (dialogs, message boxes, popups) -------------

    def new_window(self, before: Sequence, timeout: float = DEFAULT_TIMEOUT):
        """Waits for a showing top-level window that is not in before (a list from
        windows() taken before the action that opens it) and returns it."""
        def opened():
            return next((window for window in self.windows()
                         if not any(window == old for old in before)), None)

        return poll(opened, timeout,
                    lambda: "no new window opened; showing windows: "
                    + (", ".join(describe_node(w) for w in self.windows()) or "none"))

    @contextlib.contextmanager
    def watch_focus(self) -> Iterator[list]:
        """Collects, in a list, the controls that take the keyboard focus while the block
        runs (AT-SPI focus events; handled whenever a wait polls). Some controls are
        found no other way: see detached_root()."""
        sources: list = []

        def focused(event) -> None:
            if event.detail1 and event.source is not None:
                sources.append(event.source)

        kind = "object:state-changed:focused"
        pyatspi.Registry.registerEventListener(focused, kind)
        try:
            yield sources
        finally:
            pyatspi.Registry.deregisterEventListener(focused, kind)

    def dismiss(self, window, cancel: Sequence[str] = (),
                timeout: float = DEFAULT_TIMEOUT) -> str:
        """Closes a dialog as a keyboard user does: Escape, once the dialog has the X
        focus (without a window manager nobody gives it). If it stays, presses its
        first push button named in cancel. Returns how it went ("Escape" or the name).
        """
        def gone() -> bool:
            self.refresh()
            return not has_state(window, pyatspi.STATE_SHOWING)

        title = normalize(name_of(window))
        try:
            self.focus_window(title or None)
        except HarnessError:
            pass  # no X window of that title (a popup): popups grab the keyboard anyway
        self.key("Escape")
        try:
            poll(gone, min(timeout, 3.0), lambda: "")
            return "Escape"
        except HarnessError:
            pass
        wanted = {normalize(name) for name in cancel}
        buttons = [button for button in self.find_all("push button", within=window)
                   if normalize(name_of(button)) in wanted]
        if not buttons:
            raise HarnessError(f"{describe_node(window)} stayed open after Escape and has no "
                               f"button named {sorted(wanted)}; its buttons: "
                               + ", ".join(describe_node(b) for b in
                                           self.find_all("push button", within=window)))
        self.press(buttons[0], timeout=timeout)
        poll(gone, timeout, lambda: f"{describe_node(window)} still open after Escape and "
             f"{describe_node(buttons[0])}")
        return normalize(name_of(buttons[0]))

    # --- views -----------------------------------------------------------------------

    def rows(self, view) -> list:
        """The rows of a list, table or tree view, each a list of cell texts.

        Through the Table interface when the view has one (Qt's views do: rows are the
        visible rows, a tree's open groups included); else from the children.
        """
        self.refresh()
        try:
            table = view.queryTable()
        except NotImplementedError:
            table = None
        if table is not None:
            result = []
            for row in range(table.nRows):
                cells = []
                for column in range(table.nColumns):
                    cell = table.getAccessibleAt(row, column)
                    cells.append(normalize(text_of(cell)) if cell is not None else "")
                result.append(cells)
            return result
        return [[normalize(text_of(child))] for child in children_of(view)
                if role_of(child) in ITEM_ROLES]

    def wait_rows(self, view, accept: Callable[[list], bool] = lambda row: True,
                  minimum: int = 1, timeout: float = DEFAULT_TIMEOUT) -> list:
        """Waits until the view has at least minimum rows that accept() takes."""
        seen: list = []

        def enough():
            seen[:] = self.rows(view)
            chosen = [row for row in seen if accept(row)]
            return chosen if len(chosen) >= minimum else None

        return poll(enough, timeout,
                    lambda: f"{describe_node(view)} has {len(seen)} row(s), fewer than "
                    f"{minimum} of the kind wanted: {seen[:10]}")

    # --- debugging -------------------------------------------------------------------

    def dump_tree(self, path: str, showing_only: bool = False) -> str:
        """Writes the tree, one control a line, with states, actions and text."""
        self.refresh()
        interesting = {"showing", "focused", "selected", "checked", "enabled", "sensitive",
                       "focusable", "editable", "expanded", "expandable", "modal"}
        lines = []

        def visit(node, depth):
            states = states_of(node)
            if showing_only and depth and "showing" not in states:
                return
            line = "  " * depth + describe_node(node)
            text = text_of(node)
            if text and text != name_of(node):
                line += f" text={normalize(text)[:120]!r}"
            try:
                description = node.description
            except GLib.GError:
                description = ""
            if description:
                line += f" description={description!r}"
            shown = sorted(states & interesting)
            if shown:
                line += " [" + ",".join(shown) + "]"
            actions = action_names(node)
            if actions:
                line += " actions=" + ",".join(actions)
            for relation, targets in relations_of(node):
                line += f" {relation}=" + ",".join(repr(name_of(t)) for t in targets)
            lines.append(line)
            for child in children_of(node):
                visit(child, depth + 1)

        visit(self.root, 0)
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        return path

    def save_failure_artifacts(self, label: str) -> list:
        """Tree dump and screenshot in the artifacts folder; never raises."""
        saved = []
        stamp = f"{label}-{time.strftime('%H%M%S')}"
        for action in (
            lambda: self.dump_tree(os.path.join(self.artifacts, f"{stamp}-tree.txt")),
            lambda: screenshot(os.path.join(self.artifacts, f"{stamp}-screen")),
        ):
            try:
                path = action()
                if path:
                    saved.append(path)
            except Exception as error:  # a broken app must not hide the first failure
                saved.append(f"(not saved: {error})")
        if saved:
            print("saved for debugging: " + ", ".join(saved), flush=True)
        return saved


def send_wm_delete(window: int) -> None:
    """Sends WM_DELETE_WINDOW to an X window (what a window manager's close button does)."""
    import ctypes
    import ctypes.util

    path = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        xlib = ctypes.CDLL(path)
    except OSError as error:
        raise HarnessError(f"libX11 is needed to close a window: {error}") from None

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                    ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                    ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

    class XEvent(ctypes.Union):
        _fields_ = [("message", ClientMessage), ("pad", ctypes.c_long * 24)]

    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                                ctypes.POINTER(XEvent)]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = xlib.XOpenDisplay(None)
    if not display:
        raise HarnessError(f"cannot open the X display {os.environ.get('DISPLAY')!r}")
    try:
        protocols = xlib.XInternAtom(display, b"WM_PROTOCOLS", 0)
        delete = xlib.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        event = XEvent()
        event.message.type = 33  # ClientMessage
        event.message.window = window
        event.message.message_type = protocols
        event.message.format = 32
        event.message.data[0] = delete
        event.message.data[1] = 0  # CurrentTime
        if not xlib.XSendEvent(display, window, 0, 0, ctypes.byref(event)):
            raise HarnessError(f"XSendEvent refused WM_DELETE_WINDOW for window {window:#x}")
        xlib.XFlush(display)
    finally:
        xlib.XCloseDisplay(display)


def keysym_of(name: str) -> int:
    """The X keysym number of a key name, without Xlib: the few keys tests press."""
    known = {"Home": 0xFF50, "Left": 0xFF51, "Up": 0xFF52, "Right": 0xFF53, "Down": 0xFF54,
             "Page_Up": 0xFF55, "Page_Down": 0xFF56, "End": 0xFF57, "Return": 0xFF0D,
             "Escape": 0xFF1B, "Tab": 0xFF09, "space": 0x20, "BackSpace": 0xFF08}
    if name in known:
        return known[name]
    if len(name) == 1:
        return ord(name)
    raise HarnessError(f"unknown key {name!r}; known: {', '.join(known)}")


def tail(path: str, lines: int = 30) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as log:
            return "".join(log.readlines()[-lines:])
    except OSError:
        return "(no output)"


# --------------------------------------------------------------------------------------
# Screenshots: ImageMagick's import when present, else xwd converted to PNG here.


def screenshot(base: str) -> Optional[str]:
    """Saves the whole Xvfb screen as base.png (or base.xwd); returns the path."""
    if shutil.which("import"):
        path = base + ".png"
        subprocess.run(["import", "-window", "root", path], check=True, timeout=20,
                       capture_output=True)
        return path
    if shutil.which("xwd"):
        raw = subprocess.run(["xwd", "-root", "-silent"], check=True, timeout=20,
                             capture_output=True).stdout
        try:
            path = base + ".png"
            with open(path, "wb") as out:
                out.write(xwd_to_png(raw))
        except ValueError:  # a pixel layout we do not convert: keep the raw dump
            path = base + ".xwd"
            with open(path, "wb") as out:
                out.write(raw)
        return path
    return None


def xwd_to_png(raw: bytes) -> bytes:
    """Converts a true-colour XWD dump (what Xvfb gives at depth 24) to PNG."""
    header = struct.unpack(">25I", raw[:100])
    (header_size, _version, pixmap_format, depth, width, height, _xoffset, byte_order,
     _unit, _bit_order, _pad, bits_per_pixel, bytes_per_line, visual_class,
     red_mask, green_mask, blue_mask, _bits_rgb, _colormap_entries, colors) = header[:20]
    if pixmap_format != 2 or bits_per_pixel not in (24, 32) or visual_class not in (4, 5) \
            or depth < 24:
        raise ValueError("not a true-colour ZPixmap")
    data = raw[header_size + colors * 12:]
    step = bits_per_pixel // 8
    order = "little" if byte_order == 0 else "big"

    def shift(mask):
        return (mask & -mask).bit_length() - 1

    shifts = (shift(red_mask), shift(green_mask), shift(blue_mask))
    masks = (red_mask, green_mask, blue_mask)
    scanlines = bytearray()
    for y in range(height):
        scanlines.append(0)  # PNG filter "none"
        line = data[y * bytes_per_line:y * bytes_per_line + width * step]
        for x in range(0, width * step, step):
            pixel = int.from_bytes(line[x:x + step], order)
            scanlines.extend((pixel & m) >> s for m, s in zip(masks, shifts))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(scanlines), 6))
            + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------
# Localized names: the scenarios are written with the English source strings; in
# another language the project's own translations (translations/guichet_XX.ts, Qt
# Linguist XML) give the names a screen reader says.


def strip_mnemonic(text: str) -> str:
    """A button's text as its accessible name: "Sign in with my &card" -> "...card"."""
    return re.sub(r"&(&?)", r"\1", text)


class Translations:
    """English source string -> its translations in one language, from a .ts file.

    A source can have several translations (one per context); lookups accept any.
    Strings of Qt itself (the OK and Cancel of a QDialogButtonBox) are not in the
    project's files: they come from qtbase_XX.qm.
    """

    def __init__(self, language: str, path: Optional[str] = None):
        import xml.etree.ElementTree as ElementTree

        self.language = language
        self.sources: dict = {}  # English (mnemonics stripped) -> set of translations
        self.numerus: dict = {}  # English with %n -> set of plural forms
        if path is None or not os.path.exists(path):
            return
        for message in ElementTree.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            source = strip_mnemonic(source)
            if message.get("numerus") == "yes":
                forms = {strip_mnemonic(form.text or "")
                         for form in translation.iter("numerusform") if form.text}
                self.numerus.setdefault(source, set()).update(forms)
            elif translation.text:
                self.sources.setdefault(source, set()).add(strip_mnemonic(translation.text))

    @classmethod
    def for_language(cls, language: str, folder: str) -> "Translations":
        """The translations of guichet_<language>.ts in folder (empty for a missing file)."""
        return cls(language, os.path.join(folder, f"guichet_{language}.ts"))

    def names(self, english: str) -> list:
        """What the English source string is called in this language (every context);
        the English itself when the file has no translation for it."""
        english = strip_mnemonic(english)
        found = sorted(self.sources.get(english, set()) | self.numerus.get(english, set()))
        return found or [english]

    def name(self, english: str) -> str:
        """One translation of the source string (the first of names())."""
        return self.names(english)[0]

    def exact(self, english: str) -> "re.Pattern[str]":
        """A pattern for Criteria names: any translation of the source, whole name."""
        names = "|".join(re.escape(normalize(name)) for name in self.names(english))
        return re.compile(f"^(?:{names})$")

    def pattern(self, english: str) -> "re.Pattern[str]":
        """A pattern for a source with arguments ("Signed in as %1"): each %1, %L1 or
        %n stands for any text. Matches the whole name."""
        parts = []
        for name in self.names(english):
            pieces = re.split(r"%L?(?:\d+|n)", normalize(name))
            parts.append("(.+?)".join(re.escape(piece) for piece in pieces))
        return re.compile("^(?:" + "|".join(parts) + ")$")


# --------------------------------------------------------------------------------------
# Guichet Desktop itself: how it is started and what its screens are made of.


class Guichet(AtspiApp):
    """guichet, started in a private home with its own instance name."""

    NAVIGATION = "Main navigation"  # accessible name of the page list (MainWindow)
    WINDOW_TITLE = "Guichet Desktop"

    @classmethod
    def start(cls, binary: str, arguments: Sequence[str] = (), *,
              extra_env: Optional[dict] = None, machine_cards: bool = False,
              home: Optional[str] = None, timeout: float = 30.0,
              window: bool = True) -> "Guichet":
        """Starts the binary and waits until its main window is on the bus and showing.

        Each run gets its own home, settings, data and runtime folders, and its own
        single-instance name, so that runs never see each other's state or window.
        Unless machine_cards, guichet is kept away from the machine's PC/SC service:
        the demo then sees its simulated card only, not a reader or a virtual card
        that another test has put into the system's pcscd (seen: the demo signing in
        with that card instead, and failing).

        home: the private home of an earlier run (its `home` attribute), to start
        guichet again on the same settings and data, as a person who restarts it.
        window: False for a start without a window (--background): only the
        registration on the bus is waited for.
        """
        if not os.environ.get("DISPLAY"):
            raise HarnessError("no DISPLAY: run the scenario under tests/support/atspi/session.sh")
        if not os.access(binary, os.X_OK):
            raise HarnessError(f"{binary} is not an executable (is the build finished?)")
        session = os.environ.get("ATSPI_SESSION_DIR") or None
        if home is None:
            home = tempfile.mkdtemp(prefix="guichet-home-", dir=session)
        elif not os.path.isdir(home):
            raise HarnessError(f"no home folder {home} to start guichet again in")
        artifacts = os.environ.get("ATSPI_ARTIFACTS_DIR") or home
        env = dict(os.environ)
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "XDG_RUNTIME_DIR": os.path.join(home, "runtime"),
            # Where Qt makes the single-instance socket; a killed app leaves it there.
            "TMPDIR": os.path.join(home, "tmp"),
            "GUICHET_INSTANCE_NAME": "guichet-atspi-" + uuid.uuid4().hex[:12],
            "GUICHET_SYSTEM_SETTINGS": os.path.join(home, "system", "guichet.ini"),
            "XDG_CONFIG_DIRS": os.path.join(home, "system"),
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_QPA_PLATFORM": "xcb",
        })
        if not machine_cards:
            # libpcsclite (and OpenSC through it) reads its socket path from here;
            # nothing listens at this one.
            env["PCSCLITE_CSOCK_NAME"] = os.path.join(home, "no-pcscd.comm")
        env.update(extra_env or {})
        env.pop("AT_SPI_BUS_ADDRESS", None)  # see session.sh: Qt 6.4 would not register
        for folder in ("config", "data", "cache", "system", "tmp"):
            os.makedirs(os.path.join(home, folder), exist_ok=True)
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        os.makedirs(artifacts, exist_ok=True)
        log_path = os.path.join(artifacts, f"guichet-{os.path.basename(home)}.log")
        if os.path.exists(log_path):  # the same home again: a log of its own
            stem, run = log_path[:-len(".log")], 2
            while os.path.exists(f"{stem}-{run}.log"):
                run += 1
            log_path = f"{stem}-{run}.log"
        # Its own process group: a signal to ours (session.sh --timeout, Ctrl-C) leaves
        # it alive long enough for the scenario to save its tree; stop() ends it.
        with open(log_path, "wb") as log:
            process = subprocess.Popen([binary, *arguments], env=env, stdout=log,
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                       start_new_session=True)
        app = cls(process, artifacts, log_path)
        app.home = home
        try:
            app.wait_on_bus(timeout)
            if window:
                app.main_window(timeout)
        except BaseException:
            app.stop()
            raise
        return app

    def main_window(self, timeout: float = DEFAULT_TIMEOUT):
        return self._kept("frame", self.WINDOW_TITLE, timeout)

    def navigation(self, timeout: float = DEFAULT_TIMEOUT):
        return self._kept("list", self.NAVIGATION, timeout)

    def _kept(self, role: str, name: str, timeout: float):
        """find(), remembered: the window and its navigation stay the same objects for
        the whole run, and a lookup walks every showing control (thousands on a page
        with a big table). Looked up again when it is no longer showing or renamed."""
        kept = getattr(self, "_kept_nodes", {})
        self._kept_nodes = kept
        node = kept.get(role)
        if node is not None:
            self.refresh()
            if has_state(node, pyatspi.STATE_SHOWING) and \
                    normalize(name_of(node)) == normalize(name):
                return node
        kept[role] = self.find(role, name, timeout=timeout)
        return kept[role]

    def current_page(self) -> str:
        """The title of the selected navigation item (the page shown)."""
        self.refresh()
        for item in children_of(self.navigation()):
            if has_state(item, pyatspi.STATE_SELECTED):
                return normalize(name_of(item))
        return ""

    def page_titles(self) -> list:
        return [normalize(name_of(item)) for item in children_of(self.navigation())]

    def _page_row(self, title: str, timeout: float):
        """The navigation row of a page: its exact title, or the title and a count
        after it, as "Messages" for "Messages (7 unread)"."""
        rows = self.page_rows(timeout)
        titles = [normalize(name_of(item)) for item in rows]
        wanted = normalize(title)
        if wanted in titles:
            index = titles.index(wanted)
        else:
            counted = [i for i, t in enumerate(titles) if t.startswith(wanted + " (")]
            if len(counted) != 1:
                raise HarnessError(f"no page {title!r} in the navigation; pages: {titles}")
            index = counted[0]
        return index, rows[index]

    def select_page(self, title: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Shows a page by its title in the navigation, as a keyboard user does.

        The rows' only action ("Toggle") selects without making the row current, and
        the page follows the current row; Home then Down moves the current row.
        """
        index, row = self._page_row(title, timeout)
        self._show_row(index, row, title, timeout)

    def page_rows(self, timeout: float = DEFAULT_TIMEOUT) -> list:
        """The navigation's rows (list items), in order: one per page."""
        return [item for item in children_of(self.navigation(timeout))
                if role_of(item) == "list item"]

    def select_page_at(self, index: int, timeout: float = DEFAULT_TIMEOUT) -> str:
        """Shows the page of the index-th navigation row (0: the first), as select_page
        does; returns its title as shown. Needs no title: works in every language."""
        rows = self.page_rows(timeout)
        if not 0 <= index < len(rows):
            raise HarnessError(f"no page at index {index}; the navigation has {len(rows)} "
                               f"rows: {[normalize(name_of(row)) for row in rows]}")
        title = normalize(name_of(rows[index]))
        self._show_row(index, rows[index], title, timeout)
        return title

    def _show_row(self, index: int, row, title: str, timeout: float) -> None:
        """Makes the navigation row current with Home and Down (a click if keys are lost)."""
        navigation = self.navigation(timeout)

        def shown() -> bool:
            self.refresh()
            return has_state(row, pyatspi.STATE_SELECTED)

        if shown():
            return
        self.focus_window(self.WINDOW_TITLE)
        if not self._has_focus(navigation):
            # Qt's list offers no focus action (grabFocus answers false): a click on
            # the row already shown gives the list the focus without changing page.
            if not navigation.queryComponent().grabFocus():
                selected = [item for item in children_of(navigation)
                            if has_state(item, pyatspi.STATE_SELECTED)]
                self.click(selected[0] if selected else navigation)
        poll(lambda: self._has_focus(navigation), timeout,
             lambda: f"{describe_node(navigation)} did not take the keyboard focus; focused: "
             + (describe_node(self.focused()) if self.focused() else "nothing"))
        self.key("Home")
        self.key("Down", index)
        try:
            poll(shown, min(timeout, 5.0), lambda: "")
            return
        except HarnessError:
            pass
        # Keys can be lost (the X focus moved, the toolkit was busy): say so, and
        # click the row instead, which makes it current as well.
        print(f"   note: the keyboard did not reach page {title!r} (shown: "
              f"{self.current_page()!r}); clicking its row", flush=True)
        self.click(row)
        poll(shown, timeout,
             lambda: f"page {title!r} not shown after Home, {index} x Down and a click "
             f"on its row; shown: {self.current_page()!r}")

    def _has_focus(self, view) -> bool:
        """Whether the view has the keyboard focus (Qt marks the view, not its row)."""
        self.refresh()
        return has_state(view, pyatspi.STATE_FOCUSED)

    def answer_pin(self, pin: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Types the PIN into the PIN dialog and confirms with OK."""
        dialog = self.find("dialog", "PIN", timeout=timeout)
        field = self.find("password text", "PIN", within=dialog, timeout=timeout)
        self.type_text(field, pin, timeout=timeout)
        self.press(self.find("push button", "OK", within=dialog, timeout=timeout),
                   timeout=timeout)
        self.wait_gone("dialog", "PIN", timeout=timeout)

    def notices(self) -> list:
        """The notice bars above the pages (problems the window reports), each as its
        labels' texts joined: message / what to do / error code."""
        return [" / ".join(normalize(text_of(label)) for label in walk(bar)
                           if role_of(label) == "label")
                for bar in self.find_all(name="Notice") if role_of(bar) != "push button"]


# --------------------------------------------------------------------------------------
# From the command line: start guichet and print what a screen reader sees of a page,
# to learn the roles and names a new scenario can look for.
#   session.sh /usr/bin/python3 guichet_atspi.py --binary build/ci/app/guichet \
#       --page Documents -- --demo --lang en


def _main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Print guichet's accessibility tree.")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--page", help="show this page first (its title in the navigation)")
    parser.add_argument("--all", action="store_true", help="hidden controls too")
    parser.add_argument("--out", help="write to this file instead of printing")
    parser.add_argument("arguments", nargs="*", help="guichet's arguments, after --")
    options = parser.parse_args()
    with Guichet.start(options.binary, options.arguments or ["--demo", "--lang", "en"]) as app:
        if options.page:
            app.select_page(options.page)
        path = options.out or os.path.join(app.home, "tree.txt")
        app.dump_tree(path, showing_only=not options.all)
        if not options.out:
            with open(path, encoding="utf-8") as tree:
                print(tree.read(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
