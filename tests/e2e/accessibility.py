#!/usr/bin/python3
"""Accessibility audit (#18 §1): a screen reader's view of every page, in French, German
and English.

    tests/support/atspi/session.sh --timeout 900 /usr/bin/python3 tests/e2e/accessibility.py \\
        --binary build/ci/app/guichet

For each language, guichet is started fresh in demo mode (--demo --lang XX) and its
accessibility tree is read through AT-SPI, as a screen reader reads it:

- the demo citizen (Marie Schmit): every page signed out; the PIN dialog while signing
  in; every page signed in; the dialogs the pages open (new message and its "attach a
  document" chooser, correction request, certificate details, change PIN, revoking a
  consent); a search typed in the access log (its clear button shows); a procedure
  found in the catalogue and its form opened (the study grant: pre-filled fields,
  consents, groups, attachments, dates), its calendar, the form with its missing
  answers, the discard questions, My forms with the draft;
- the business user (Luc Weber, the demo persona with company spaces): a short form
  filled up to its summary, the certificate chooser of his signing stick, then every
  page in a company space.

Rules, for every showing control (a hidden page or a closed popup is skipped whole):
1. an interactive control has a name, or a labelled-by label with text (text fields,
   combo boxes, spin buttons: Qt names a combo box after its current item on Linux);
2. in French and German, no name is an English source string whose translation differs;
3. a table or tree has a header for every column (its rows are counted);
4. an image has a name (else it is listed as decorative; a failure only if focusable);
5. disabled push buttons: whether their description says why (listed, not a failure);
6. no focusable label without text.
A table cell with no text is not counted as unnamed: a blank value, under its header.
A page is walked again until two walks in a row read the same (data still arriving).

The report (per page or dialog and language: interactive controls, unnamed ones, tables,
disabled buttons without a reason, time of the walk) is printed and written as JSON to
--report, else to ATSPI_ARTIFACTS_DIR/accessibility-report.json.

Exit code 0 when every failing rule holds; 1 with each violation (language, page, role,
path), or when a step could not be done; 2 when it cannot start (no session, no binary).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import os
import re
import signal
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from typing import Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "support", "atspi"))

# guichet_atspi first: it says what to install when pyatspi is missing.
from guichet_atspi import (CLOCK, Guichet, HarnessError, Translations,  # noqa: E402
                           children_of, describe_node, detached_root, has_state, name_of,
                           normalize, poll, relations_of, role_of, states_of, text_of)
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

LANGUAGES = ("fr", "de", "en")
DEMO_PIN = "123456"  # every demo persona's simulated card (sim/)
BUSINESS_PERSONA = "luc-weber"  # the one with company spaces (sim/seed/personas/PersonaLuc.cpp)
# Forms of the demo catalogue (sim/seed/forms/*.json). The study grant has the most kinds
# of fields with consents among them; the criminal record extract needs few answers, so
# its summary and signature are reachable.
SHOWCASE_FORM = "study-grant"
SUMMARY_FORM = "criminal-record-extract"
TRANSLATIONS = os.path.join(REPO, "translations")
FORM_FOLDER = os.path.join(REPO, "sim", "seed", "forms")

# What a screen reader user can act on. Any other node with an action counts too.
INTERACTIVE_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "scroll bar", "list", "tree", "tree table",
    "table", "page tab", "menu item", "link", "entry"})
# Controls a label may name through a labelled-by relation instead of their own name.
NAMED_BY_LABEL = frozenset({"text", "password text", "combo box", "spin button", "entry"})
CELL_ROLES = frozenset({"table cell", "tree item"})
TABLE_ROLES = frozenset({"table", "tree table", "tree"})
IMAGE_ROLES = frozenset({"image", "icon"})
# Rows and cells: never the top of a popup (they look detached while a view is rebuilt).
ITEM_ROLES = CELL_ROLES | {"list item", "table row", "tree row"}
# How long a window has to show up in the tree before the focus decides it is a popup.
POPUP_GRACE = 1.5
# Qt's own button texts (qtbase_XX.qm, not in the project's .ts files), used only when
# Escape does not close a dialog.
QT_DECLINE = ("Cancel", "Annuler", "Abbrechen", "Close", "Fermer", "Schließen", "No", "Non",
              "Nein")
# The project's own "no" buttons of its message boxes (translated with the .ts files).
DECLINE_SOURCES = ("Keep the consent", "Keep the draft", "Keep it", "Not now")


class Terminated(HarnessError):
    """session.sh --timeout ends the run (TERM): no further step is tried."""


# The signal that ended the run, once received. The handler raises Terminated, but a
# wait of the harness may take it for "not found yet": the steps look here as well.
STOPPED: list = []


# --------------------------------------------------------------------------------------
# What the report is made of.


@dataclass
class Walk:
    """One walk of a page, a window's frame or a dialog, in one language."""
    language: str
    where: str  # English, the same in every language: "Settings · signed in"
    shown: str  # what the window calls it in this language
    interactive: int = 0  # controls (cells and rows of views counted apart)
    cells: int = 0
    blank_cells: int = 0
    unnamed: int = 0
    tables: list = field(default_factory=list)
    disabled: list = field(default_factory=list)  # push buttons: name, reason
    images: list = field(default_factory=list)
    nodes: int = 0
    seconds: float = 0.0  # the walk reported (the last one)
    walks: int = 1  # walks until two in a row read the same (the page had settled)
    settled: bool = True
    reading_seconds: float = 0.0  # all those walks

    def fingerprint(self) -> tuple:
        return (self.nodes, self.interactive, self.cells, self.unnamed, len(self.disabled),
                tuple(table["rows"] for table in self.tables))

    @property
    def disabled_without_reason(self) -> int:
        return sum(1 for button in self.disabled if not button["reason"])


@dataclass
class Finding:
    """A violation (failure) or a note to read (not a failure)."""
    language: str
    where: str
    rule: str
    role: str
    name: str
    path: str
    hint: str
    failure: bool = True


# --------------------------------------------------------------------------------------
# Reading nodes: every read is a D-Bus call that may fail if the node went away.


def action_count(node) -> int:
    try:
        return node.queryAction().nActions
    except (NotImplementedError, GLib.GError):
        return 0


def action_list(node) -> list:
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except (NotImplementedError, GLib.GError):
        return []


def description_of(node) -> str:
    try:
        return normalize(node.description or "")
    except GLib.GError:
        return ""


def parent_of(node):
    try:
        return node.parent
    except GLib.GError:
        return None


def field_text(node) -> str:
    """The text typed in a field (its Text interface only, not its name)."""
    try:
        return node.queryText().getText(0, -1) or ""
    except (NotImplementedError, GLib.GError):
        return ""


def shape_of(node) -> str:
    """"vertical" or "horizontal" from a control's size on screen (Qt does not set the
    orientation states of its scroll bars)."""
    try:
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except (NotImplementedError, GLib.GError):
        return ""
    return "vertical" if extents.height > extents.width else "horizontal"


def related(node, kind: str) -> list:
    return [target for relation, targets in relations_of(node) if relation == kind
            for target in targets if target is not None]


def label_texts(node) -> list:
    """The texts of the labels that name a control (its labelled-by relation)."""
    return [text for text in (normalize(text_of(label)) for label in related(node, "labelled-by"))
            if text]


def table_facts(node) -> Optional[dict]:
    """Rows, columns and column headers of a view with the Table interface."""
    try:
        table = node.queryTable()
        rows, columns = table.nRows, table.nColumns
    except (NotImplementedError, GLib.GError):
        return None
    headers = []
    for column in range(columns):
        header = ""
        try:
            header = normalize(table.getColumnDescription(column) or "")
            if not header:
                cell = table.getColumnHeader(column)
                header = normalize(text_of(cell)) if cell is not None else ""
        except GLib.GError:
            pass
        headers.append(header)
    return {"name": normalize(name_of(node)), "role": role_of(node), "rows": rows,
            "columns": columns, "headers": headers,
            "missing": [i for i, header in enumerate(headers) if not header]}


# --------------------------------------------------------------------------------------
# Rule 2: a name still in English in a French or German window.


class LanguageCheck:
    """Names that are English source strings of the .ts files, whose translation differs.

    An exact match is a failure, unless the same text is also a translation in this
    language ("Documents" is French too). A name that matches a source with arguments
    ("Revoke the consent: %1") or contains a long English sentence is only a suspect.
    """

    def __init__(self, translations: Translations):
        self.active = translations.language != "en"
        translated = set()
        for values in list(translations.sources.values()) + list(translations.numerus.values()):
            translated.update(normalize(value) for value in values)
        self.english = set()
        self.templates = []
        self.sentences = []
        for source, values in translations.sources.items():
            english = normalize(source)
            if english in {normalize(value) for value in values} or english in translated:
                continue
            if re.search(r"%L?(\d+|n)", english):
                literal = re.sub(r"%L?(\d+|n)", "", english)
                # Two words at least: "%1: %2 (%3)" would match anything.
                if len(re.findall(r"[^\W\d_]{2,}", literal)) >= 2:
                    pieces = re.split(r"%L?(?:\d+|n)", english)
                    self.templates.append((english, re.compile(
                        "^" + "(.+?)".join(re.escape(piece) for piece in pieces) + "$")))
            else:
                self.english.add(english)
                if len(english.split()) >= 4:
                    self.sentences.append(english)
        self.cache: dict = {}

    def verdict(self, name: str) -> Optional[tuple]:
        """None, ("exact", source) or ("suspect", source)."""
        if not self.active or not name:
            return None
        if name not in self.cache:
            self.cache[name] = self._verdict(name)
        return self.cache[name]

    def _verdict(self, name: str) -> Optional[tuple]:
        if name in self.english:
            return ("exact", name)
        for source, pattern in self.templates:
            if pattern.match(name):
                return ("suspect", source)
        for sentence in self.sentences:
            if sentence in name:
                return ("suspect", sentence)
        return None


# --------------------------------------------------------------------------------------
# The walk and its rules.


def node_label(role: str, name: str) -> str:
    return f"{role} {name[:40]!r}" if name else role


def widget_guess(role: str, name: str, states: set, node, ancestors: tuple,
                 where: str) -> str:
    """Which Qt widget this probably is, to help whoever fixes it."""
    near = next((node_label(*pair) for pair in reversed(ancestors) if pair[1]
                 and pair[0] != "frame"), where)
    if role == "scroll bar":
        orientation = ("vertical" if "vertical" in states else
                       "horizontal" if "horizontal" in states else shape_of(node))
        targets = [normalize(name_of(t)) for t in related(node, "controller-for")]
        owner = (f"the view {targets[0]!r}" if targets and targets[0] else
                 "an unnamed QScrollArea (a page or panel that scrolls)")
        return (f"the {orientation + ' ' if orientation else ''}QScrollBar of {owner}, "
                f"inside {near}")
    if role in ("filler", "panel") and "focusable" in states:
        return ("a focusable container without a name: most likely a QScrollArea (Qt gives "
                f"QAbstractScrollArea Qt::StrongFocus), inside {near}")
    if role == "label":
        return f"a QLabel with selectable text that is shown while empty, inside {near}"
    widget = {"push button": "QPushButton or QToolButton", "check box": "QCheckBox",
              "radio button": "QRadioButton", "combo box": "QComboBox",
              "text": "QLineEdit or QTextEdit", "password text": "QLineEdit (password)",
              "spin button": "QSpinBox or QDateEdit", "list": "QListView or QListWidget",
              "table": "QTableView", "tree": "QTreeView", "tree table": "QTreeView",
              "page tab": "QTabBar tab", "image": "QLabel showing a picture",
              "icon": "an icon"}.get(role, f"a widget exposed as {role!r}")
    return f"{widget}, inside {near}"


class Auditor:
    """Walks showing subtrees and applies the rules; keeps every walk and finding."""

    SETTLE_SECONDS = 6.0  # how long a page may go on changing (data arriving) at most

    def __init__(self, language: str, check: LanguageCheck, refresh):
        self.language = language
        self.check = check
        self.refresh = refresh  # forgets libatspi's cache: each walk reads afresh
        self.walks: list = []
        self.findings: list = []
        self._found: list = []

    def walk(self, roots: list, where: str, shown: str, skip: tuple = ()) -> Walk:
        """Walks until two walks in a row read the same: a page can still be filling
        (the catalogue, the checks of Diagnostics) when it is first shown."""
        began = time.monotonic()
        deadline = began + self.SETTLE_SECONDS
        previous, count = None, 0
        while True:
            self.refresh()
            report, found = self.walk_once(roots, where, shown, skip)
            count += 1
            if report.fingerprint() == previous:
                break
            if time.monotonic() > deadline:
                report.settled = False
                break
            previous = report.fingerprint()
            time.sleep(0.2)
        report.walks = count
        report.reading_seconds = time.monotonic() - began
        self.walks.append(report)
        self.findings.extend(found)
        return report

    def walk_once(self, roots: list, where: str, shown: str, skip: tuple) -> tuple:
        """One walk: its report and its findings."""
        report = Walk(self.language, where, shown)
        self._found = []
        began = time.monotonic()
        # (node, (role, name) of its ancestors), depth first in tree order.
        stack = [(root, ()) for root in reversed(roots)]
        while stack:
            node, ancestors = stack.pop()
            if any(node == other for other in skip):
                continue
            states = states_of(node)
            if "showing" not in states:
                continue  # a hidden page or a closed popup: nothing of it is read
            role, name = role_of(node), normalize(name_of(node))
            report.nodes += 1
            self.apply_rules(report, node, role, name, states, ancestors)
            stack.extend((child, ancestors + ((role, name),))
                         for child in reversed(children_of(node)))
        report.seconds = time.monotonic() - began
        return report, self._found

    def apply_rules(self, report: Walk, node, role: str, name: str, states: set,
                    ancestors: tuple) -> None:
        def find(rule: str, hint: str, failure: bool = True) -> None:
            path = " > ".join(node_label(*pair) for pair in ancestors + ((role, name),))
            self._found.append(Finding(self.language, report.where, rule, role, name, path,
                                       hint, failure))

        if role in CELL_ROLES:
            report.cells += 1
            report.blank_cells += 0 if name else 1
        elif role in INTERACTIVE_ROLES or action_count(node) > 0 or (
                role == "list item" and ancestors and ancestors[-1][0] == "list"):
            report.interactive += 1
            labels = label_texts(node) if role in NAMED_BY_LABEL else []
            # A label without text (a selectable one has SetFocus) is rule 6's, below.
            if not name and not labels and role != "label":  # rule 1
                report.unnamed += 1
                find("1 unnamed control",
                     widget_guess(role, name, states, node, ancestors, report.where)
                     + f"; actions: {', '.join(action_list(node)) or 'none'}")
            if role == "combo box" and not labels:
                find("combo box without labelled-by", "its question is not announced, only "
                     "its current item (Qt names a combo box after it on Linux)", False)
        verdict = self.check.verdict(name)  # rule 2
        if verdict is not None:
            kind, source = verdict
            if kind == "exact" and role in CELL_ROLES:
                # A cell shows data, which is not translated (a place called Luxembourg).
                find("2 English? (suspect)", f"a cell that says the English source "
                     f"{source!r}: data, or a text left untranslated?", False)
            elif kind == "exact":
                find("2 name in English", f"the English source {source!r} is translated in "
                     f"the .ts file but shown untranslated")
            else:
                find("2 English? (suspect)", f"looks like the English source {source!r}", False)
        if role in TABLE_ROLES:  # rule 3
            facts = table_facts(node)
            if facts is not None and facts["columns"] > 0:
                report.tables.append(facts)
                if facts["missing"]:
                    find("3 table column without header",
                         f"columns {facts['missing']} of {facts['columns']} have no header; "
                         f"headers: {facts['headers']}")
        if role in IMAGE_ROLES:  # rule 4
            report.images.append({"name": name, "focusable": "focusable" in states})
            if not name:
                find("4 image without name", "decorative?" if "focusable" not in states else
                     "a focusable image without a name", "focusable" in states)
        if role in ("push button", "toggle button") and not (
                "enabled" in states and "sensitive" in states):  # rule 5
            report.disabled.append({"name": name, "reason": description_of(node)})
        if role == "label" and not name and "focusable" in states \
                and not normalize(text_of(node)):  # rule 6
            report.unnamed += 1
            find("6 empty focusable label",
                 widget_guess(role, name, states, node, ancestors, report.where))


# --------------------------------------------------------------------------------------
# One language: the citizen's run, then the business user's.


def load_form(key: str) -> dict:
    with open(os.path.join(FORM_FOLDER, f"{key}.json"), encoding="utf-8") as source:
        return json.load(source)


def form_fields(form: dict) -> list:
    """Every field of a form, groups' fields included, in order."""
    found = []

    def visit(fields):
        for each in fields:
            found.append(each)
            visit(each.get("fields", []))

    for section in form.get("sections", []):
        visit(section.get("fields", []))
    return found


class LanguageRun:
    def __init__(self, options, language: str):
        self.options = options
        self.language = language
        self.wait = options.timeout
        self.tr = Translations.for_language(language, TRANSLATIONS)
        self.auditor = Auditor(language, LanguageCheck(self.tr),
                               lambda: self.app.refresh() if self.app else None)
        self.english_of = {normalize(t): normalize(s) for s, values in self.tr.sources.items()
                           for t in values}
        self.app: Optional[Guichet] = None
        self.step = "start"
        self.failed_steps: list = []
        self.oddities: list = []
        self.started_once = False

    # --- small helpers -----------------------------------------------------------------

    def t(self, source: str):
        """A pattern for the whole localized name of an English source string."""
        return self.tr.exact(source)

    def decline_names(self) -> list:
        names = list(QT_DECLINE)
        for source in DECLINE_SOURCES:
            names.extend(self.tr.names(source))
        return names

    def odd(self, what: str) -> None:
        self.oddities.append(f"[{self.language}] {what}")
        print(f"   odd: {what}", flush=True)

    @contextlib.contextmanager
    def stage(self, title: str):
        """One step: timed; a step that cannot be done is recorded (a failure) and the
        run goes on with the next one, after closing what the step left open."""
        self.step = title
        if STOPPED:
            raise Terminated(f"terminated by signal {STOPPED[0]}")
        try:
            with CLOCK.step(f"[{self.language}] {title}"):
                yield
        except Terminated:
            raise
        except HarnessError as error:
            if STOPPED:
                raise Terminated(f"terminated by signal {STOPPED[0]}") from error
            print(f"   STEP FAILED: {str(error).splitlines()[0]}", flush=True)
            self.failed_steps.append({"language": self.language, "step": title,
                                      "error": str(error)})
            if self.app is not None and self.app.process.poll() is None:
                self.app.save_failure_artifacts(
                    f"{self.language}-" + re.sub(r"\W+", "-", title).strip("-"))
                self.close_other_windows()

    def close_other_windows(self) -> None:
        """Closes the dialogs a failed step left open, so that the next one starts clean."""
        app = self.app
        try:
            main = app.main_window(timeout=self.wait)
            for window in app.windows():
                if window != main:
                    app.dismiss(window, self.decline_names(), timeout=5.0)
        except HarnessError as error:
            print(f"   (could not close the other windows: {str(error).splitlines()[0]})")

    def wait_built(self, timeout: float = 120.0) -> None:
        """The binary can be missing for a moment while another build relinks it."""
        binary = self.options.binary
        if not os.access(binary, os.X_OK):
            print(f"   waiting for {binary} (being relinked?)", flush=True)
            poll(lambda: os.access(binary, os.X_OK), timeout, lambda: f"no {binary}")
            time.sleep(2.0)  # the linker may still be writing

    def start(self, persona: Optional[str] = None) -> Guichet:
        self.stop()
        self.wait_built()
        arguments = ["--demo", "--lang", self.language]
        if persona:
            arguments += ["--persona", persona]
        self.app = Guichet.start(self.options.binary, arguments, timeout=max(self.wait, 30.0))
        # The harness finds the navigation by its English name.
        self.app.NAVIGATION = self.tr.name("Main navigation")
        self.started_once = True
        return self.app

    def stop(self) -> None:
        if self.app is not None:
            code = self.app.stop()
            if code not in (0, None, -15):
                self.odd(f"guichet ended with code {code}; log: {self.app.log_path}")
            self.app = None

    # --- the window's parts ------------------------------------------------------------

    def chrome(self) -> list:
        """The parts around the pages: the navigation column (and the space switcher
        under it) and the status bar. Walked once per state, not with every page."""
        app = self.app
        frame = app.main_window(timeout=self.wait)
        sidebar = parent_of(app.navigation(timeout=self.wait))
        bars = [child for child in children_of(frame) if role_of(child) == "status bar"]
        return [part for part in [sidebar] + bars if part is not None]

    def page_key(self, shown: str) -> str:
        """The English title of a page, whatever the language ("Messages (7 unread)"
        and "Messages (7 non lus)" are both "Messages")."""
        plain = re.sub(r"\s*\([^()]*\)$", "", shown)
        return self.english_of.get(plain, plain) if self.language != "en" else plain

    def page_index(self, english: str) -> int:
        keys = [self.page_key(normalize(name_of(row))) for row in self.app.page_rows(self.wait)]
        if english not in keys:
            raise HarnessError(f"no page {english!r} in the navigation; pages: {keys}")
        return keys.index(english)

    def select(self, english: str) -> str:
        return self.app.select_page_at(self.page_index(english), timeout=self.wait)

    # --- audits ------------------------------------------------------------------------

    def audit_chrome(self, state: str) -> None:
        parts = self.chrome()
        self.record(self.auditor.walk(parts, f"Window: navigation and status bar · {state}",
                                      state))

    def audit_page(self, english: str, state: str, shown: Optional[str] = None) -> None:
        """Walks the window but its navigation column and status bar (see chrome())."""
        frame = self.app.main_window(timeout=self.wait)
        skip = tuple(self.chrome())
        self.record(self.auditor.walk([frame], f"{english} · {state}",
                                      shown or self.app.current_page(), skip=skip))

    def audit_window(self, window, where: str) -> None:
        self.record(self.auditor.walk([window], where, normalize(name_of(window))))

    def audit_all_pages(self, state: str) -> None:
        for index in range(len(self.app.page_rows(self.wait))):
            shown = self.app.select_page_at(index, timeout=self.wait)
            self.audit_page(self.page_key(shown), state, shown)

    def record(self, walk: Walk) -> None:
        tables = ", ".join(f"{t['name'] or t['role']}: {t['rows']} rows"
                           + (f", {len(t['missing'])} without header" if t["missing"] else "")
                           for t in walk.tables)
        print(f"   {walk.where}: {walk.interactive} controls, {walk.unnamed} unnamed"
              + (f"; tables: {tables}" if tables else "")
              + f"; {walk.nodes} nodes in {walk.seconds:.2f} s"
              + ("" if walk.settled else f"; still changing after {walk.walks} walks")
              + (f" ({walk.walks} walks to settle)" if walk.settled and walk.walks > 2 else ""),
              flush=True)
        if not walk.settled:
            self.odd(f"{walk.where}: still changing after {walk.walks} walks")

    def opened_by(self, opener):
        """Presses opener; returns the window it opens: a new top-level window, or a
        popup, which Qt leaves out of the tree (found through the focus it takes)."""
        app = self.app
        before = app.windows()
        with app.watch_focus() as focused:
            app.press(opener, timeout=self.wait)
            pressed = time.monotonic()

            def opened():
                for window in app.windows():  # refreshed: the tree as it is now
                    if not any(window == old for old in before):
                        return window
                # A dialog's controls can take the focus before the dialog is listed
                # (they then look detached too): a popup only when no window came.
                if time.monotonic() - pressed < POPUP_GRACE:
                    return None
                return next((root for root in map(detached_root, focused)
                             if root is not None and role_of(root) not in ITEM_ROLES),
                            None)

            return poll(opened, self.wait, lambda: f"{describe_node(opener)} opened no "
                        "window, and nothing outside the window took the focus; windows: "
                        + ", ".join(describe_node(w) for w in app.windows()))

    @contextlib.contextmanager
    def dialog(self, opener, where: str):
        """Presses opener, audits the window it opens, and closes it when the block ends
        (Escape, else its decline button); yields the window."""
        app = self.app
        window = self.opened_by(opener)
        if not any(window == listed for listed in app.windows()):
            self.auditor.findings.append(Finding(
                self.language, where, "window outside the tree", role_of(window),
                normalize(name_of(window)), describe_node(window),
                "a popup (Qt::Popup) that Qt leaves out of the application's and its parent's "
                "children: a screen reader hears its focus but cannot find it by exploring",
                False))
        self.audit_window(window, where)
        try:
            yield window
        finally:
            how = app.dismiss(window, self.decline_names(), timeout=self.wait)
            if how != "Escape":
                self.odd(f"{where}: Escape did not close it; its button {how!r} did")

    # --- waiting for the application ---------------------------------------------------

    def settle(self) -> None:
        """Signed in: waits for the space switcher and a status bar that says "Up to
        date" for a second (the first sync is done, the pages show the space)."""
        app = self.app
        sidebar, *bars = self.chrome()
        app.find("combo box", None, within=sidebar, timeout=max(self.wait, 30.0))
        up_to_date = self.t("Up to date")
        since: list = []

        def calm() -> bool:
            if any(app.find_all("label", up_to_date, within=bar) for bar in bars):
                since[:] = since or [time.monotonic()]
                return time.monotonic() - since[0] >= 1.0
            since.clear()
            return False

        poll(calm, max(self.wait, 60.0),
             lambda: "the status bar did not settle on 'Up to date'; it says: "
             + " | ".join(app.texts(bars[0])) if bars else "no status bar")

    def sign_in(self, where: str) -> None:
        app = self.app
        self.select("Sign in")
        button = app.find("push button", self.t("Sign in with my &card"), timeout=self.wait)
        app.wait_enabled(button, timeout=max(self.wait, 30.0))  # once the card is read
        before = app.windows()
        app.press(button, timeout=self.wait)
        dialog = app.new_window(before, timeout=self.wait)
        app.find("password text", None, within=dialog, timeout=self.wait)
        self.audit_window(dialog, where)
        app.type_text(app.find("password text", None, within=dialog), DEMO_PIN,
                      timeout=self.wait)
        # OK is Qt's own text (qtbase), the same in the three languages.
        app.press(app.find("push button", "OK", within=dialog, timeout=self.wait),
                  timeout=self.wait)
        poll(lambda: (app.refresh(), not has_state(dialog, pyatspi.STATE_SHOWING))[1],
             self.wait, lambda: "the PIN dialog stayed open after OK")
        app.wait_for_text(self.tr.pattern("Signed in as %1"), timeout=max(self.wait, 60.0))
        self.settle()

    # --- the citizen -------------------------------------------------------------------

    def run_citizen(self) -> bool:
        """Returns False when guichet could not be started at all."""
        with self.stage("start guichet (the demo citizen)"):
            self.start()
        if self.app is None:
            return False
        with self.stage("the window and every page, signed out"):
            self.audit_chrome("signed out")
            self.audit_all_pages("signed out")
        signed_in = False
        with self.stage("sign in (the PIN dialog)"):
            self.sign_in("PIN dialog · signing in")
            signed_in = True
        if not signed_in:
            return True
        with self.stage("the window and every page, signed in"):
            self.audit_chrome("signed in")
            self.audit_all_pages("signed in")
        with self.stage("Messages: new message dialog"):
            self.new_message_dialog()
        with self.stage("My data: correction dialog"):
            self.correction_dialog()
        with self.stage("My card: certificate details and change PIN"):
            self.card_dialogs()
        with self.stage("My consents: revoking asks first"):
            self.revoke_consent_dialog()
        with self.stage("Who accessed my data: a search typed"):
            self.access_log_search()
        with self.stage("a procedure's form: study grant"):
            self.showcase_form()
        return True

    def new_message_dialog(self) -> None:
        app = self.app
        self.select("Messages")
        write = app.find("push button", self.t("Write a new message to an administration"),
                         timeout=self.wait)
        with self.dialog(write, "New message dialog") as window:
            attach = app.find("push button", self.t("Attach a document of your space"),
                              within=window, timeout=self.wait)
            if app.is_enabled(attach):
                with self.dialog(attach, "Attach a document (from New message)"):
                    pass
            else:
                self.odd("New message: 'Attach a document of your space' is disabled")

    def correction_dialog(self) -> None:
        """A correction is asked for the current row of My data: rows are tried in
        turn (a click on their first cell) until the button is enabled."""
        app = self.app
        self.select("My data")
        view = app.find(tuple(TABLE_ROLES), self.t("Your data, by authentic source"),
                        timeout=self.wait)
        button = app.find("push button", self.t("Request a correction of the chosen item"),
                          timeout=self.wait)
        app.wait_rows(view, timeout=self.wait)
        table = view.queryTable()
        for row in range(min(table.nRows, 20)):
            cell = table.getAccessibleAt(row, 0)
            if cell is None or has_state(cell, pyatspi.STATE_EXPANDABLE):
                continue  # a source's group row
            app.click(cell)
            try:
                poll(lambda: app.is_enabled(button), 1.5, lambda: "")
                break
            except HarnessError:
                continue
        else:
            raise HarnessError("no row of My data enables 'Request a correction of the "
                               "chosen item'")
        with self.dialog(button, "Correction dialog (My data)"):
            pass

    def card_dialogs(self) -> None:
        app = self.app
        self.select("My card")
        details = app.find("push button", self.t("Certificate &details…"), timeout=self.wait)
        with self.dialog(details, "Certificate details dialog (My card)"):
            pass
        change = app.find("push button", self.t("Change &PIN…"), timeout=self.wait)
        with self.dialog(change, "Change PIN dialog (My card)"):
            pass

    def revoke_consent_dialog(self) -> None:
        app = self.app
        self.select("My consents")
        revoke = app.find("push button", self.tr.pattern("Revoke the consent: %1"),
                          timeout=self.wait)
        with self.dialog(revoke, "Revoke a consent: question"):
            pass

    def access_log_search(self) -> None:
        """Typing in a search field shows its clear button: audited with it."""
        app = self.app
        self.select("Who accessed my data")
        field = app.find("text", self.t("Search the accesses"), timeout=self.wait)
        view = app.find(tuple(TABLE_ROLES), self.t("Accesses to your data"), timeout=self.wait)
        # A word of the first access: the search then still lists something. (Only the
        # first row is read: the log has hundreds.)

        def first_row() -> str:
            app.refresh()
            table = view.queryTable()
            if table.nRows == 0:
                return ""
            cells = (table.getAccessibleAt(0, column) for column in range(table.nColumns))
            return " ".join(name_of(cell) for cell in cells if cell is not None).strip()

        row = poll(first_row, self.wait, lambda: f"{describe_node(view)} lists no access")
        words = re.findall(r"[^\W\d_]{4,}", row)
        app.type_text(field, words[0] if words else "a", timeout=self.wait)
        poll(lambda: app.find_all("push button", within=field), self.wait,
             lambda: "the search field shows no clear button once text is typed")
        self.audit_page("Who accessed my data", "a search typed")

    # --- forms -------------------------------------------------------------------------

    def open_procedure(self, key: str, state: str) -> str:
        """Finds the form's procedure in the catalogue (its first words searched, the
        online entry whose title is closest), shows it, starts it; returns the title."""
        app = self.app
        title = normalize(load_form(key)["title"][self.language])
        self.select("Procedures")
        app.type_text(name=self.t("Search procedures"), text=" ".join(title.split()[:3]),
                      timeout=self.wait)
        results = app.find("list", self.t("Matching procedures"), timeout=self.wait)
        online = " — " + self.tr.name("online")

        def closest():
            scored = []
            for item in app.find_all("list item", within=results):
                lines = name_of(item).split("\n")
                if normalize(lines[-1]).endswith(online):
                    score = difflib.SequenceMatcher(None, normalize(lines[0]).lower(),
                                                    title.lower()).ratio()
                    scored.append((score, item))
            best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
            return best[1] if best[0] >= 0.6 else None

        item = poll(closest, self.wait, lambda: f"no online procedure like {title!r} in "
                    "the results: " + ", ".join(normalize(name_of(i)) for i in
                                                app.find_all("list item", within=results)))
        app.click(item)
        start = app.find("push button", self.t("Start online procedure"), timeout=self.wait)
        app.wait_enabled(start, timeout=self.wait)
        self.audit_page("Procedures", state)
        app.press(start, timeout=self.wait)
        app.find("label", title, timeout=max(self.wait, 30.0))  # the form's heading
        app.find("push button", self.t("Continue to summary"), timeout=self.wait)
        return title

    def showcase_form(self) -> None:
        app = self.app
        self.open_procedure(SHOWCASE_FORM, "a procedure chosen")
        where = "Form: study grant"
        self.audit_page(where, "open, pre-filled")
        # The calendar of an empty date (not the pre-filled date of birth).
        calendars = [button for button in
                     app.find_all("push button", self.t("Choose the date in a calendar"))
                     if app.is_enabled(button) and not any(
                         field_text(field).strip() for field in
                         related(button, "controller-for"))]
        if calendars:
            with self.dialog(calendars[0], "Calendar popup (date field)"):
                pass
        else:
            self.odd("the study grant has no enabled calendar button")
        app.press(name=self.t("Continue to summary"), timeout=self.wait)
        app.wait_for_text(self.tr.pattern("%n answer(s) need your attention"),
                          timeout=self.wait)
        self.audit_page(where, "answers missing")
        discard = app.find("push button", self.t("Discard the draft and delete its answers"),
                           timeout=self.wait)
        with self.dialog(discard, "Discard the draft: question (form)"):
            pass
        app.press(name=self.t("Close the form; the draft is kept"), timeout=self.wait)
        app.find("push button", self.t("Resume"), timeout=self.wait)
        self.audit_page("My forms", "one draft")
        # The drafts: the rows of the page's list (not the navigation's).
        drafts = [item for view in app.find_all("list")
                  if normalize(name_of(view)) != normalize(app.NAVIGATION)
                  for item in children_of(view) if role_of(item) == "list item"]
        if not drafts:
            raise HarnessError("My forms lists no draft after the form was closed")
        app.click(drafts[0])
        discard = app.find("push button", self.t("Discard…"), timeout=self.wait)
        app.wait_enabled(discard, timeout=self.wait)
        with self.dialog(discard, "Discard draft: question (My forms)"):
            pass

    def fill_choices(self, form: dict) -> list:
        """Answers the required choice and yes/no fields on screen with their first
        option: a combo box through its list, radio buttons through their Toggle action
        (as assistive technology does). Returns the radio buttons chosen."""
        app = self.app
        radios = []
        for each in form_fields(form):
            if each.get("type") not in ("choice", "yesno") or not each.get("required"):
                continue
            question = normalize(each["label"][self.language])
            labels = app.find_all("label", re.compile("^" + re.escape(question)))
            targets = [target for label in labels for target in related(label, "label-for")]
            if not targets:
                continue  # not shown: its condition is not met
            target = targets[0]
            if role_of(target) == "combo box":
                option = normalize(each["options"][0]["label"][self.language])
                self.choose_in_combo(target, option)
            elif role_of(target) == "radio button":
                app.do_action(target, ("toggle", "press", "click"))
                poll(lambda: (app.refresh(), has_state(target, pyatspi.STATE_CHECKED))[1],
                     self.wait, lambda: f"{describe_node(target)} not checked after Toggle")
                radios.append(target)
        return radios

    def choose_in_combo(self, combo, option: str) -> None:
        app = self.app
        app.do_action(combo, ("showmenu", "press"))
        item = app.find("list item", option, within=combo, timeout=self.wait)
        poll(lambda: item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).height > 0,
             self.wait, lambda: f"the list of {describe_node(combo)} did not open")
        app.click(item)
        poll(lambda: (app.refresh(), normalize(name_of(combo)) == option)[1], self.wait,
             lambda: f"{describe_node(combo)} does not show {option!r}")

    def form_to_summary(self) -> None:
        """The short form: consent, its choices, Continue, its summary, then Sign: the
        signing stick has several certificates, so the chooser opens first."""
        app = self.app
        form = load_form(SUMMARY_FORM)
        self.open_procedure(SUMMARY_FORM, "a procedure chosen (Luc Weber)")
        agree = app.find_all("push button", self.tr.pattern("I agree that %1 fetches this "
                                                            "data from %2"))
        if agree:
            app.press(agree[0], timeout=self.wait)
            app.wait_gone("push button", self.tr.pattern("I agree that %1 fetches this data "
                                                         "from %2"), timeout=self.wait)
        radios = self.fill_choices(form)
        summary = self.t("Check your answers")
        issues = self.tr.pattern("%n answer(s) need your attention")
        app.press(name=self.t("Continue to summary"), timeout=self.wait)
        outcome = poll(lambda: "summary" if app.find_all("label", summary) else
                       "issues" if app.find_all("label", issues) else None, self.wait,
                       lambda: "neither the summary nor the missing answers after Continue")
        if outcome == "issues":
            # Seen with real_client.py: a radio checked by Toggle is not the form's
            # answer. Answer as a keyboard user (focus, Space), and say so.
            self.odd("radio buttons chosen with Toggle were not taken as answers; "
                     "focus and Space used instead")
            for radio in radios:
                app.focus_window(Guichet.WINDOW_TITLE)
                radio.queryComponent().grabFocus()
                app.key("space")
            app.press(name=self.t("Continue to summary"), timeout=self.wait)
            app.find("label", summary, timeout=self.wait)
        self.audit_page("Form summary: criminal record extract", "Luc Weber")
        sign = app.find("push button", self.t("Sign with your card and submit"),
                        timeout=self.wait)
        with self.dialog(sign, "Certificate chooser (signing)") as window:
            if app.find_all("password text", within=window):
                self.odd("Sign opened a PIN dialog, not the certificate chooser")

    # --- the business user -------------------------------------------------------------

    def run_business(self) -> None:
        signed_in = False
        with self.stage("start guichet (the business user) and sign in"):
            self.start(BUSINESS_PERSONA)
            self.sign_in("PIN dialog · signing in (signing stick)")
            signed_in = True
        if not signed_in:
            return
        with self.stage("a form up to its summary, the certificate chooser"):
            self.form_to_summary()
        switched = False
        with self.stage("switch to a company space"):
            self.switch_space()
            switched = True
        if switched:
            with self.stage("the window and every page, company space"):
                self.audit_chrome("company space")
                self.audit_all_pages("company space")

    def switch_space(self) -> None:
        """Chooses the first space in the switcher that is not the current one."""
        app = self.app
        sidebar = self.chrome()[0]
        combo = app.find("combo box", None, within=sidebar, timeout=self.wait)
        current = normalize(name_of(combo))
        app.do_action(combo, ("showmenu", "press"))
        items = poll(lambda: [item for item in app.find_all("list item", within=combo)
                              if normalize(name_of(item)) != current
                              and item.queryComponent().getExtents(
                                  pyatspi.DESKTOP_COORDS).height > 0],
                     self.wait, lambda: f"the space switcher lists no space but {current!r}")
        chosen = normalize(name_of(items[0]))
        app.click(items[0])
        poll(lambda: (app.refresh(), normalize(name_of(combo)) == chosen)[1], self.wait,
             lambda: f"the space switcher still says {name_of(combo)!r}, not {chosen!r}")
        print(f"   space: {chosen}", flush=True)
        self.settle()

    def run(self) -> bool:
        """Both runs; False when guichet could not be started at all."""
        try:
            if not self.run_citizen():
                return False
            self.run_business()
            return True
        finally:
            self.stop()


# --------------------------------------------------------------------------------------
# The report.


def print_tables(runs: list) -> None:
    for run in runs:
        walks = run.auditor.walks
        print(f"\n== {run.language} ==")
        print(f"{'page or dialog':58} {'ctrls':>5} {'cells':>5} {'unnamed':>7} "
              f"{'disabled/no reason':>18} {'walk':>6}  tables (rows, headers)")
        for walk in walks:
            tables = "; ".join(
                f"{t['name'] or t['role']}: {t['rows']} rows, "
                + ("headers ok" if not t["missing"] else f"{len(t['missing'])} missing")
                for t in walk.tables)
            print(f"{walk.where[:58]:58} {walk.interactive:5} {walk.cells:5} "
                  f"{walk.unnamed:7} {len(walk.disabled):9}/{walk.disabled_without_reason:<8} "
                  f"{walk.seconds:5.2f}s{' ' if walk.settled else '*'} {tables}")
        totals = language_totals(run)
        print(f"{'total (' + str(totals['walks']) + ' walks)':58} {totals['interactive']:5} "
              f"{totals['cells']:5} {totals['unnamed']:7} {totals['disabled']:9}/"
              f"{totals['disabled_without_reason']:<8} {totals['seconds']:5.2f}s  "
              f"{totals['tables']} tables")
        if any(not walk.settled for walk in walks):
            print("* still changing when read (see odd behaviour)")


def language_totals(run) -> dict:
    walks = run.auditor.walks
    return {"walks": len(walks),
            "interactive": sum(w.interactive for w in walks),
            "cells": sum(w.cells for w in walks),
            "unnamed": sum(w.unnamed for w in walks),
            "disabled": sum(len(w.disabled) for w in walks),
            "disabled_without_reason": sum(w.disabled_without_reason for w in walks),
            "tables": sum(len(w.tables) for w in walks),
            "seconds": sum(w.seconds for w in walks),
            "reading_seconds": sum(w.reading_seconds for w in walks),
            "failures": sum(1 for f in run.auditor.findings if f.failure),
            "failed_steps": len(run.failed_steps)}


def print_findings(runs: list) -> int:
    """Lists failures, then notes; returns the number of failures (steps included)."""
    failures = [f for run in runs for f in run.auditor.findings if f.failure]
    notes = [f for run in runs for f in run.auditor.findings if not f.failure]
    steps = [step for run in runs for step in run.failed_steps]
    if failures:
        print(f"\n{len(failures)} violation(s):")
        for f in failures:
            print(f"- [{f.language}] {f.where} — rule {f.rule}: {f.role} {f.name!r}; "
                  f"path: {f.path}")
        print_distinct(failures)
    if steps:
        print(f"\n{len(steps)} step(s) could not be done:")
        for step in steps:
            print(f"- [{step['language']}] {step['step']}: {step['error']}")
    disabled = [(run.language, w.where, button) for run in runs for w in run.auditor.walks
                for button in w.disabled if not button["reason"]]
    if notes or disabled:
        print(f"\nnotes (not failures): {len(notes)} finding(s), {len(disabled)} disabled "
              "button(s) that do not say why")
        seen = set()
        for f in notes:
            key = (f.language, f.rule, f.role, f.name, f.hint)
            if key not in seen:  # the same control on several walks: once
                seen.add(key)
                print(f"- [{f.language}] {f.where} — {f.rule}: {f.role} {f.name!r}: {f.hint}")
        for language, where, button in disabled:
            key = (language, "disabled", button["name"])
            if key not in seen:
                seen.add(key)
                print(f"- [{language}] {where} — disabled without a reason: "
                      f"push button {button['name']!r}")
    oddities = [odd for run in runs for odd in run.oddities]
    if oddities:
        print("\nodd behaviour:")
        for odd in oddities:
            print(f"- {odd}")
    return len(failures) + len(steps)


def print_distinct(failures: list) -> None:
    """The violations grouped by control (the same control on several pages, states and
    languages: once), with a guess of the widget, for whoever fixes them."""
    groups: dict = {}
    for f in failures:
        page = f.where.split(" · ")[0]
        shape = re.sub(r" '[^']*'| \"[^\"]*\"", "", f.path)  # the names differ by language
        groups.setdefault((f.rule, page, f.role, shape), []).append(f)
    print(f"\n{len(groups)} distinct violation(s), by control:")
    for (rule, page, role, shape), found in groups.items():
        languages = list(dict.fromkeys(f.language for f in found))  # in run order
        states = sorted({f.where.split(" · ", 1)[1] for f in found if " · " in f.where})
        walks: dict = {}
        for f in found:
            walks[(f.language, f.where)] = walks.get((f.language, f.where), 0) + 1
        several = max(walks.values())  # controls of the same shape side by side
        print(f"- rule {rule}: {role} {found[-1].name!r}"
              + (f" (x{several})" if several > 1 else "") + f" on {page}"
              + (f" ({', '.join(states)})" if states else "")
              + f" [{', '.join(languages)}]\n    likely: {found[-1].hint}")


def write_json(path: str, binary: str, runs: list, wall: float) -> None:
    report = {
        "binary": os.path.abspath(binary), "wall_seconds": round(wall, 2),
        "walk_seconds": round(sum(w.seconds for run in runs for w in run.auditor.walks), 2),
        "reading_seconds": round(sum(w.reading_seconds for run in runs
                                     for w in run.auditor.walks), 2),
        "languages": {
            run.language: {
                "totals": language_totals(run),
                "walks": [dict(asdict(w), disabled_without_reason=w.disabled_without_reason)
                          for w in run.auditor.walks],
                "findings": [asdict(f) for f in run.auditor.findings],
                "failed_steps": run.failed_steps,
                "oddities": run.oddities,
            } for run in runs},
    }
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "ci", "app", "guichet"),
                        help="guichet executable (default build/ci/app/guichet)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="bound of each wait, in seconds (default 30)")
    parser.add_argument("--languages", default=",".join(LANGUAGES),
                        help="comma-separated, default fr,de,en")
    parser.add_argument("--report", help="write the JSON report here (default: "
                        "ATSPI_ARTIFACTS_DIR/accessibility-report.json)")
    options = parser.parse_args()
    languages = [code.strip() for code in options.languages.split(",") if code.strip()]

    if not os.environ.get("ATSPI_SESSION_DIR"):
        print("accessibility: run me under tests/support/atspi/session.sh", file=sys.stderr)
        return 2
    if not os.access(options.binary, os.X_OK):
        # A concurrent build may be relinking it: give it a minute.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not os.access(options.binary, os.X_OK):
            time.sleep(2)
        if not os.access(options.binary, os.X_OK):
            print(f"accessibility: no executable at {options.binary}", file=sys.stderr)
            return 2
    unknown = [code for code in languages
               if code != "en" and not os.path.exists(
                   os.path.join(TRANSLATIONS, f"guichet_{code}.ts"))]
    if unknown:
        print(f"accessibility: no translations for {unknown} in {TRANSLATIONS}", file=sys.stderr)
        return 2

    def terminated(signum, frame):
        STOPPED.append(signum)
        raise Terminated(f"terminated by signal {signum} (session.sh --timeout?)")

    signal.signal(signal.SIGTERM, terminated)

    began = time.monotonic()
    runs = []
    code = 0
    try:
        for language in languages:
            run = LanguageRun(options, language)
            runs.append(run)
            if not run.run() and not any(r.started_once for r in runs):
                print(f"accessibility: guichet could not be started: "
                      f"{run.failed_steps[-1]['error'] if run.failed_steps else '?'}",
                      file=sys.stderr)
                return 2
    except Terminated as error:
        print(f"\nSTOPPED: {error}", file=sys.stderr)
        code = 1
    except Exception:  # an error of the scenario itself: show where, report what we have
        print(f"\nERROR at step '{runs[-1].step if runs else 'start'}':", file=sys.stderr)
        traceback.print_exc()
        code = 1
    wall = time.monotonic() - began

    print_tables(runs)
    walk_seconds = sum(w.seconds for run in runs for w in run.auditor.walks)
    print("\ntotals per language:")
    for run in runs:
        totals = language_totals(run)
        print(f"  {run.language}: {totals['walks']} walks, {totals['interactive']} controls, "
              f"{totals['cells']} cells, {totals['unnamed']} unnamed, {totals['tables']} "
              f"tables, {totals['disabled_without_reason']}/{totals['disabled']} disabled "
              f"buttons without a reason, {totals['failures']} violation(s), "
              f"walks {totals['seconds']:.1f} s ({totals['reading_seconds']:.1f} s with the "
              "walks again until a page had settled)")
    reading = sum(w.reading_seconds for run in runs for w in run.auditor.walks)
    print(f"  total walk time {walk_seconds:.1f} s ({reading:.1f} s with the walks again), "
          f"wall time {wall:.1f} s")
    if print_findings(runs):
        code = 1
    path = options.report or os.path.join(
        os.environ.get("ATSPI_ARTIFACTS_DIR") or os.environ["ATSPI_SESSION_DIR"],
        "accessibility-report.json")
    write_json(path, options.binary, runs, wall)
    print(f"\nJSON report: {path}")
    print(("\nPASSED\n" if code == 0 else "\nFAILED\n") + CLOCK.report())
    return code


if __name__ == "__main__":
    sys.exit(main())
