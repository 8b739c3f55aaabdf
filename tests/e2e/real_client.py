#!/usr/bin/python3
"""End-to-end: the real client (not --demo) with the real card stack and portal, driven
only through AT-SPI, as a screen reader user would drive it.

    tests/support/atspi/session.sh --timeout 600 /usr/bin/python3 tests/e2e/real_client.py \\
        --build-dir build/ci

The stack: pcscd with the vpcd virtual reader (tests/support/pcscd/pcscd-fixture.sh),
guichet-virtual-card (a PIV card of Paul Hoffmann, PIN 123456) read by OpenSC's
PKCS#11 module, guichet-portal-sim on 127.0.0.1 with its own CA, and guichet started
with --portal and --portal-ca.

Steps: sign in with the card (PIN), the synced space (Documents, My procedures), a
document's content (Open, Save as), an online procedure (criminal record extract:
consent, answers, summary, signature with the card's PIN, the portal's reference),
the new dossier in My procedures, sign out; then guichet again on the same home with
the portal stopped: the offline sign-in with the card opens the local copy (NET-001).

Two kinds of verdicts. A step that cannot be done (a control missing, a wait that
runs out) ends the scenario. A check of the application's behaviour that can fail
without blocking what follows (a text, what a screen reader is told) is recorded, its
tree saved, and the scenario goes on; the failed checks are listed at the end.

Exit code 0 when every step and check passed; 1 when a step or a check failed (the
failed step, the tree and the screen, guichet's output and log file, the portal's,
the card's and pcscd's output are left in ATSPI_ARTIFACTS_DIR, which session.sh keeps
on failure); 2 when it could not start (no session, no build). --dump-steps saves the
tree of showing controls after every step, to see what a step left on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "support", "atspi"))

# guichet_atspi first: it says what to install when pyatspi is missing.
from guichet_atspi import (CLOCK, Guichet, HarnessError, describe_node,  # noqa: E402
                           has_state, name_of, normalize, poll, relations_of, role_of,
                           text_of, walk)
import pyatspi  # noqa: E402
from real_stack import RealStack, StackError  # noqa: E402

PIN = "123456"  # the virtual card's PIN (tests/support/virtualcard)
HOLDER = "Paul Hoffmann"  # the card's holder, known to the simulated portal
SURNAME = "Hoffmann"
VIEW_ROLES = ("tree", "tree table", "table", "list")
DOCUMENTS_VIEW = "Documents"
DOSSIERS_VIEW = "My procedures, grouped by status"
# The line of My forms once the portal has the submission (FormsPage).
RECEIVED = re.compile(r"Received by the portal: dossier (\S+), reference (\S+?)\. ")
# What a document the application could not hand to a viewer says (DocumentsPage).
NO_VIEWER = "No application on this computer can open this document"
DOWNLOADING = "This document is being downloaded"


class Scenario:
    def __init__(self, options):
        self.options = options
        self.wait = options.timeout
        self.build_dir = os.path.abspath(options.build_dir)
        session = os.environ["ATSPI_SESSION_DIR"]
        self.work = os.path.join(session, "real-client")
        self.artifacts = os.environ.get("ATSPI_ARTIFACTS_DIR") or self.work
        self.stack = RealStack(self.build_dir, os.path.join(self.work, "stack"),
                               options.pki and os.path.abspath(options.pki))
        self.app: Guichet | None = None
        self.home: str | None = None
        self.step = "start"
        self.dossier_id = ""
        self.reference = ""
        self.procedure_title = ""
        self.failures: list = []

    # --- helpers -----------------------------------------------------------------------

    def wait_built(self, timeout: float = 180.0) -> None:
        """Waits while the executables are missing: a rebuild relinks them in place."""
        paths = (self.stack.app_binary, self.stack.card_binary, self.stack.portal_binary)
        missing = [path for path in paths if not os.access(path, os.X_OK)]
        if missing:
            print(f"   waiting for the build: {', '.join(missing)}", flush=True)
            poll(lambda: all(os.access(path, os.X_OK) for path in paths), timeout,
                 lambda: "not built: " + ", ".join(
                     path for path in paths if not os.access(path, os.X_OK)))
            time.sleep(2.0)  # the linker may still be writing

    def start_app(self, reuse_home: bool = False) -> Guichet:
        self.wait_built()
        arguments = ["--portal", self.portal_url, "--portal-ca", self.portal_ca, "--lang", "en"]
        self.app = Guichet.start(self.stack.app_binary, arguments, machine_cards=True,
                                 home=self.home if reuse_home else None,
                                 timeout=max(self.wait, 30.0))
        self.home = self.app.home
        return self.app

    def sign_in_with_card(self):
        app = self.app
        app.select_page("Sign in", timeout=self.wait)
        app.wait_for_text("Sign in to MyGuichet", timeout=self.wait)
        app.wait_for_text(f"Portal: {self.portal_url}", timeout=self.wait)  # --portal taken
        # Enabled once the card was read through pcscd and OpenSC: press waits for it.
        app.press(name="Sign in with my card", timeout=self.wait)
        app.answer_pin(PIN, timeout=self.wait)

    def view_rows(self, page: str, view_name: str, accept, minimum: int = 1,
                  timeout: float | None = None):
        app = self.app
        app.select_page(page, timeout=self.wait)
        view = app.find(VIEW_ROLES, view_name, timeout=self.wait)
        return view, app.wait_rows(view, accept, minimum=minimum,
                                   timeout=timeout or self.wait)

    def cell(self, view, row: int, column: int = 0):
        return view.queryTable().getAccessibleAt(row, column)

    def save_artifacts(self, label: str, screen: bool = True) -> None:
        """The tree (and the screen) now; never raises. Logs: collect_logs()."""
        if self.app is None or self.app.process.poll() is not None:
            return
        if screen:
            self.app.save_failure_artifacts(label)
            return
        try:
            # Showing controls only: a check is about what is on screen, and the whole
            # tree (every hidden page) takes seconds to read.
            path = self.app.dump_tree(os.path.join(
                self.artifacts, f"{label}-{time.strftime('%H%M%S')}-tree.txt"),
                showing_only=True)
            print(f"   tree saved: {path}", flush=True)
        except Exception as error:  # a broken app must not hide the check's failure
            print(f"   (tree not saved: {error})", flush=True)

    def collect_logs(self) -> list:
        """Copies the stack's logs and guichet's own log file to the artifacts folder
        (session.sh keeps that folder when the scenario fails)."""
        saved = []
        os.makedirs(self.artifacts, exist_ok=True)
        sources = [(path, os.path.basename(path)) for path in self.stack.logs()]
        if self.home:
            sources.append((os.path.join(self.home, "data", "guichet-desktop", "guichet",
                                         "logs", "guichet.log"), "guichet-own.log"))
        for path, name in sources:
            try:
                shutil.copyfile(path, os.path.join(self.artifacts, name))
                saved.append(name)
            except OSError:
                pass
        return saved

    # --- the steps ---------------------------------------------------------------------

    def run(self) -> None:
        wait = self.wait

        with self.stage("a. start pcscd, the card and the portal"):
            self.wait_built()
            self.stack.check_prerequisites()
            print("   " + self.describe_pcscd())
            card = self.stack.start_card(timeout=max(wait, 20.0))
            portal = self.stack.start_portal(timeout=max(wait, 60.0))
            self.portal_url, self.portal_ca = portal.url, portal.ca
            print(f"   card pid {card.pid}; portal {portal.url} (pid {portal.pid})")

        with self.stage("a. start guichet with --portal"):
            app = self.start_app()
            print(f"   guichet pid {app.process.pid}, home {app.home}")

        with self.stage("b. sign in with the card"):
            mark = len(card.lines)
            self.sign_in_with_card()
            state = self.wait_signed_in(re.compile(r"^Signed in as\b"), max(wait, 60.0))
            print(f"   state: {state!r}; the card said: {card.lines[mark:]}")
            self.expect_card(mark, signed=1)
            # The label is written once, when the session begins: no need to wait.
            self.check(f"the state names the card holder: 'Signed in as {HOLDER}'",
                       lambda: app.wait_for_text(f"Signed in as {HOLDER}", timeout=1.0))

        with self.stage("c. Documents lists the synced documents"):
            _, documents = self.view_rows(
                "Documents", DOCUMENTS_VIEW, lambda row: bool(row and row[0]),
                timeout=max(wait, 60.0))
            print(f"   {len(documents)} document(s): {[row[0] for row in documents]}")

        with self.stage("c. My procedures lists the synced dossiers"):
            _, dossiers = self.view_rows(
                "My procedures", DOSSIERS_VIEW, lambda row: len(row) > 1 and bool(row[1]),
                timeout=max(wait, 60.0))
            self.dossiers_before = dossiers
            print(f"   {len(dossiers)} dossier(s): {[(r[0], r[1]) for r in dossiers]}")

        with self.stage("c. open a document"):
            self.open_document()

        with self.stage("c. save a copy of the document"):
            self.save_document()

        with self.stage("d. find the criminal record extract in Procedures"):
            self.find_procedure()

        with self.stage("d. start it online: the form opens pre-filled"):
            self.start_procedure()

        with self.stage("d. consent and answers"):
            self.fill_form()

        with self.stage("d. sign and submit (PIN)"):
            self.sign_and_submit()

        with self.stage("e. My procedures shows the new dossier"):
            self.find_new_dossier()
            for notice in app.notices():
                print(f"   notice shown: {notice}")

        with self.stage("f. sign out"):
            self.sign_out()

        with self.stage("g. close guichet and stop the portal"):
            self.close_app()
            code = self.stack.stop_portal()
            print(f"   portal simulator exited with code {code}")

        with self.stage("g. start guichet again on the same home"):
            app = self.start_app(reuse_home=True)

        with self.stage("g. sign in offline with the card"):
            mark = len(card.lines)
            self.sign_in_with_card()
            state = self.wait_signed_in(re.compile(r"^Signed in without a connection as\b"),
                                        max(wait, 60.0))
            print(f"   state: {state!r}; the card said: {card.lines[mark:]}")
            # The local challenge is signed by the card: that is what proves her.
            self.expect_card(mark, signed=1)
            self.check(f"the state names the card holder: 'Signed in without a connection "
                       f"as {HOLDER}: you see the copy…'",
                       lambda: app.wait_for_text(
                           f"Signed in without a connection as {HOLDER}: you see the copy",
                           timeout=1.0))

        with self.stage("g. NET-001 notice"):
            self.wait_notice("NET-001")

        with self.stage("g. Documents offline"):
            _, documents = self.view_rows("Documents", DOCUMENTS_VIEW,
                                          lambda row: bool(row and row[0]))
            print(f"   {len(documents)} document(s)")
            app.wait_for_text("You are offline. This is the copy saved on this computer.",
                              timeout=wait)

        with self.stage("g. My procedures offline, with the new dossier"):
            _, dossiers = self.view_rows(
                "My procedures", DOSSIERS_VIEW,
                lambda row: len(row) > 1 and row[0] == self.reference)
            _, all_dossiers = self.view_rows(
                "My procedures", DOSSIERS_VIEW, lambda row: len(row) > 1 and bool(row[1]),
                minimum=len(self.dossiers_before) + 1)
            print(f"   {len(all_dossiers)} dossier(s), new one: {dossiers[0]}")

        with self.stage("g. sign out"):
            self.sign_out()

        with self.stage("g. close guichet"):
            self.close_app()

    def close_app(self) -> None:
        """Closes the window as its close button would; guichet must exit cleanly."""
        app = self.app
        code = app.close(Guichet.WINDOW_TITLE, timeout=self.wait)
        print(f"   guichet exited with code {code}")
        if code != 0:
            raise HarnessError(f"guichet exited with code {code} after its window was "
                               f"closed (expected 0); output: {app.log_path}")

    def expect_card(self, mark: int, signed: int) -> None:
        """What the card said since mark: the PIN verified, and that many signatures."""
        card = self.stack.card
        # The card prints its line once it answered: the screen may be quicker.
        poll(lambda: "pin-ok" in card.lines[mark:] and
             card.lines[mark:].count("signed") >= signed, 5.0,
             lambda: f"the card said {card.lines[mark:]}: expected pin-ok and {signed} "
             f"signature(s) (log: {card.log_path})")
        if card.lines[mark:].count("signed") != signed:
            raise HarnessError(f"the card said {card.lines[mark:]}: {signed} signature(s) "
                               "expected")

    @contextlib.contextmanager
    def stage(self, title: str):
        """One step: timed by CLOCK; with --dump-steps, the tree is saved after it."""
        self.step = title
        with CLOCK.step(title):
            yield
        if self.options.dump_steps and self.app is not None and self.app.process.poll() is None:
            self.count = getattr(self, "count", 0) + 1
            name = f"step{self.count:02d}-" + re.sub(r"\W+", "-", title).strip("-") + ".txt"
            self.app.dump_tree(os.path.join(self.artifacts, name), showing_only=True)

    def wait_signed_in(self, state: "re.Pattern[str]", timeout: float) -> str:
        """Waits for the signed-in state on the Sign in page, Sign out enabled."""
        app = self.app
        said = app.wait_for_text(state, timeout=timeout)
        app.wait_enabled(app.find("push button", "Sign out", timeout=self.wait),
                         timeout=self.wait)
        return said

    def check(self, what: str, action) -> bool:
        """A check whose failure is recorded and reported without ending the scenario:
        for the application's behaviour, where the next steps can still run."""
        try:
            action()
            return True
        except HarnessError as error:
            self.fail_check(what, str(error))
            return False

    def fail_check(self, what: str, why: str) -> None:
        self.failures.append((self.step, what, why))
        print(f"   CHECK FAILED: {what}\n   {why.splitlines()[0]}", flush=True)
        self.save_artifacts(re.sub(r"\W+", "-", f"check {self.step}").strip("-"), screen=False)

    def describe_pcscd(self) -> str:
        return self.stack.start_pcscd(timeout=max(self.wait, 20.0)).note or "pcscd ready"

    # c ---------------------------------------------------------------------------------

    def choose_row(self, view, row: int) -> None:
        """Makes a row current, as a click on it does (the views' Toggle action only
        selects, which does not enable the actions that follow the current row)."""
        cell = self.cell(view, row, 0)
        self.app.click(cell)

    def opened_files(self) -> dict:
        """Files guichet wrote for a viewer: the folder "opened" of its data folder
        (DocumentsPage writes each opened document to <data>/opened/<hash of the
        document id>/<file name>, and empties it at sign-out and at the next start)."""
        found = {}
        for folder, _, files in os.walk(self.home):
            if os.path.basename(os.path.dirname(folder)) != "opened":
                continue
            for name in files:
                path = os.path.join(folder, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    found[path] = os.path.getsize(path)
        return found

    def open_document(self) -> None:
        app = self.app
        view, rows = self.view_rows("Documents", DOCUMENTS_VIEW, lambda row: bool(row and row[0]))
        # A document an administration sent: one the person did not bring herself.
        index = next((i for i, row in enumerate(rows)
                      if len(row) > 1 and row[1].startswith("From an administration")), 0)
        self.document = rows[index]
        print(f"   document: {self.document[0]!r} ({self.document[2]})")
        self.choose_row(view, index)
        open_button = app.wait_enabled(app.find("push button", "Open the document"),
                                       timeout=self.wait)
        # A document not on this computer yet is fetched from the portal: the page says
        # "being downloaded", and Open again once it came writes it to a private file
        # and hands that to the system's viewer. The press is animated (~0.1 s later).
        before = self.opened_files()
        presses = []

        def written():
            now = time.monotonic()
            new = {path: size for path, size in self.opened_files().items()
                   if path not in before}
            if new:
                return new
            texts = app.texts()
            if not presses or (any(DOWNLOADING in text for text in texts)
                               and now - presses[-1] > 1.0):
                app.press(open_button, timeout=self.wait)
                presses.append(now)
            return None

        new = poll(written, max(self.wait, 30.0),
                   lambda: f"no file written for the viewer in {self.home}/.../opened after "
                   f"{len(presses)} press(es) on Open; texts: "
                   + "; ".join(t for t in app.texts() if "document" in t.lower()))
        path, size = next(iter(new.items()))
        with open(path, "rb") as opened:
            self.opened_document = opened.read()
        print(f"   written for the viewer: {os.path.relpath(path, self.home)} ({size} bytes, "
              f"starts with {self.opened_document[:8]!r}); {len(presses)} press(es) on Open")
        if not self.opened_document:
            raise HarnessError(f"{path} is empty")
        try:
            said = app.wait_for_text(NO_VIEWER, timeout=5.0)
            # No xdg-open in the test session: the system said no, and the page says so.
            print(f"   the session has no viewer; the page says: {said!r}")
        except HarnessError:
            print("   handed to the system's viewer (no message)")

    def save_document(self) -> None:
        app = self.app
        target = os.path.join(self.work, "saved", "document-copy.bin")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.exists(target):
            os.remove(target)
        app.press(name="Save a copy of the document", timeout=self.wait)
        dialog = app.find("dialog", "Save a copy", timeout=self.wait)
        field = self.file_name_field(dialog)
        app.type_text(field, target, timeout=self.wait)
        app.press(app.find("push button", "Save", within=dialog, timeout=self.wait),
                  timeout=self.wait)
        app.wait_gone("dialog", "Save a copy", timeout=self.wait)
        said = app.wait_for_text(f"Saved a copy as {target}", timeout=self.wait)
        print(f"   {said}")
        with open(target, "rb") as saved:
            content = saved.read()
        print(f"   {len(content)} bytes, starts with {content[:8]!r}")
        if content != self.opened_document:
            raise HarnessError(f"the saved copy ({len(content)} bytes) differs from the file "
                               f"opened before ({len(self.opened_document)} bytes)")

    def file_name_field(self, dialog):
        """The file name field of Qt's own file dialog (its label: "File name:")."""
        app = self.app
        fields = app.find_all("text", within=dialog)
        for node in fields:
            for relation, targets in relations_of(node):
                if relation == "labelled-by" and any(
                        "File name" in normalize(name_of(t)) for t in targets):
                    return node
        named = [node for node in fields if "file name" in normalize(name_of(node)).lower()]
        if named:
            return named[0]
        # The editable field inside the file name combo box.
        return app.find("text", None, within=dialog, timeout=self.wait)

    # d ---------------------------------------------------------------------------------

    def find_procedure(self) -> None:
        app = self.app
        app.select_page("Procedures", timeout=self.wait)
        app.type_text(name="Search procedures", text="criminal record", timeout=self.wait)
        results = app.find("list", "Matching procedures", timeout=self.wait)
        item = app.find("list item", re.compile(r"(?i)^criminal record extract.*— online$"),
                        within=results, timeout=self.wait)
        self.procedure_title = normalize(item.name.split("\n")[0])
        print(f"   found: {normalize(item.name)!r}")
        app.click(item)
        app.find("label", self.procedure_title, timeout=self.wait)

    def start_procedure(self) -> None:
        app = self.app
        app.press(name="Start online procedure", timeout=self.wait)
        poll(lambda: app.current_page() == "My forms", self.wait,
             lambda: f"the form did not open in My forms; page shown: {app.current_page()!r}")
        app.find("label", re.compile(r"(?i)^criminal record extract"), timeout=self.wait)
        # Pre-filled from the register: the read-only surname field says Hoffmann.
        surname = app.find("text", "Surname", timeout=max(self.wait, 30.0))
        poll(lambda: app.read(surname) == SURNAME, max(self.wait, 30.0),
             lambda: f"the Surname field says {app.read(surname)!r}, not {SURNAME!r}")
        given = app.find("text", re.compile(r"^Given name"), timeout=self.wait)
        print(f"   Surname: {app.read(surname)!r}, given name(s): {app.read(given)!r}")

    def fill_form(self) -> None:
        app = self.app
        agree = app.find("push button", re.compile(r"^I agree"), timeout=max(self.wait, 30.0))
        print(f"   consent: {normalize(agree.name)!r}")
        app.press(agree, timeout=self.wait)
        app.wait_gone("push button", re.compile(r"^I agree"), timeout=max(self.wait, 30.0))
        preview = app.find("text", "Current entries in bulletin no. 3", timeout=self.wait)

        def preview_filled():
            app.refresh()
            return preview.queryText().getText(0, -1)

        def fetched():
            if preview_filled():
                return True
            unreachable = [t for t in app.texts() if t.startswith("Not reachable now")]
            if unreachable:
                raise HarnessError("the field 'Current entries in bulletin no. 3' stays "
                                   f"empty; the form says: {unreachable[0]!r}")
            return False

        # Optional for the form: the steps go on whatever comes back.
        if self.check("after the consent, the bulletin preview is fetched from the "
                      "criminal record",
                      lambda: poll(fetched, max(self.wait, 30.0),
                                   lambda: "the bulletin preview stayed empty")):
            print(f"   bulletin preview: {preview_filled()[:80]!r}")
        self.choose_in_combo("Reason for the request", "Recruitment by an employer")
        radios = [self.choose_radio(re.compile(r"(^|: )French$")),
                  self.choose_radio(re.compile(r"(^|: )Signed electronic extract in my space$"))]
        app.press(name="Continue to summary", timeout=self.wait)

        def unanswered():
            app.refresh()
            return [radio for radio in radios
                    if "Choose an answer" in (radio.description or "")]

        outcome = poll(lambda: "summary" if app.find_all("label", "Check your answers")
                       else unanswered(), self.wait,
                       lambda: "neither the summary nor an issue on the chosen answers; "
                       "texts: " + " | ".join(app.texts()[-30:]))
        if outcome != "summary":
            # Checked on screen, "Choose an answer." for the form: the Toggle action (the
            # one a radio button offers on the bus) does not reach the form's answers.
            names = [normalize(name_of(radio)) for radio in outcome]
            self.fail_check("a radio button chosen with its accessible action (Toggle) "
                            "is the form's answer",
                            f"checked on screen but 'Choose an answer.' after Continue: "
                            f"{names}")
            for radio in outcome:  # as a keyboard user: focus, then Space
                self.press_with_keyboard(radio)
            app.press(name="Continue to summary", timeout=self.wait)
        heading = app.find("label", "Check your answers", timeout=self.wait)
        summary = heading.parent
        print("   summary shown")
        # What the person signs must be readable by her screen reader: each answer
        # with its question, and who fills it in.
        answers = {"Surname": SURNAME, "Reason for the request": "Recruitment by an employer",
                   "Language of the extract": "French",
                   "How to deliver it": "Signed electronic extract in my space"}

        def readable():
            # One object must carry both, as a reader says it: "Surname: Hoffmann".
            app.refresh()
            said = []
            for node in walk(summary):
                words = normalize(" ".join(
                    (name_of(node), text_of(node), node.description or "")))
                if words and words not in said:
                    said.append(words)
            missing = [f"{question}: {answer}" for question, answer in answers.items()
                       if not any(question in words and answer in words for words in said)]
            if missing:
                raise HarnessError(f"no control says {missing}; the summary's controls say: "
                                   + " | ".join(said[:24]))

        self.check("the summary exposes its answers to a screen reader", readable)
        self.check(f"the summary names who fills it in: 'Filled in by {HOLDER} for …'",
                   lambda: app.wait_for_text(f"Filled in by {HOLDER} for", within=summary,
                                             timeout=1.0))

    def press_with_keyboard(self, node) -> None:
        """Focus on the control, then Space: what a keyboard or screen reader user does."""
        app = self.app
        app.focus_window(Guichet.WINDOW_TITLE)
        node.queryComponent().grabFocus()
        poll(lambda: (app.refresh(), has_state(node, pyatspi.STATE_FOCUSED))[1], self.wait,
             lambda: f"{describe_node(node)} did not take the focus")
        app.key("space")
        print(f"   Space on {normalize(name_of(node))!r}")

    def labelled(self, label_text: str):
        """The control a label names (its label-for relation), as a reader announces it."""
        app = self.app
        label = app.find("label", label_text, timeout=self.wait)
        for relation, targets in relations_of(label):
            if relation == "label-for" and targets:
                return targets[0]
        raise HarnessError(f"the label {label_text!r} names no control (no label-for)")

    def choose_in_combo(self, label_text: str, option: str) -> None:
        """Opens the combo box the label names and clicks the option in its list."""
        app = self.app
        combo = self.labelled(label_text)
        if role_of(combo) != "combo box":
            raise HarnessError(f"{label_text!r} names a {role_of(combo)}, not a combo box")

        def announced():
            # What a screen reader says on the combo box: its name (on Linux, Qt makes
            # it the current item) and the labels of its labelled-by relation.
            labels = [normalize(name_of(target)) for relation, targets in relations_of(combo)
                      if relation == "labelled-by" for target in targets]
            if label_text not in labels and label_text not in normalize(name_of(combo)):
                raise HarnessError(f"the combo box says {name_of(combo)!r}, labelled by "
                                   f"{labels or 'nothing'}; its question {label_text!r} "
                                   "only has a label-for relation from the label")

        self.check(f"the combo box of {label_text!r} is announced with its question",
                   announced)
        app.do_action(combo, ("showmenu", "press"))
        item = app.find("list item", option, within=combo, timeout=self.wait)
        poll(lambda: app.is_enabled(item) and item.queryComponent().getExtents(
            pyatspi.DESKTOP_COORDS).height > 0, self.wait,
             lambda: f"the list of {label_text!r} did not open")
        app.click(item)
        poll(lambda: normalize(name_of(combo)) == option, self.wait,
             lambda: f"{label_text!r} shows {name_of(combo)!r}, not {option!r}")
        print(f"   {label_text}: {option}")

    def choose_radio(self, name):
        """Chooses a radio button by its accessible action, as an assistive tool does."""
        app = self.app
        radio = app.find("radio button", name, timeout=self.wait)
        action = app.do_action(radio, ("press", "toggle", "click"))
        poll(lambda: (app.refresh(), has_state(radio, pyatspi.STATE_CHECKED))[1], self.wait,
             lambda: f"{describe_node(radio)} is not checked after its action {action!r}")
        print(f"   chosen ({action}): {normalize(name_of(radio))}")
        return radio

    def sign_and_submit(self) -> None:
        app = self.app
        card = self.stack.card
        mark = len(card.lines)
        app.press(name="Sign with your card and submit", timeout=self.wait)
        # One PIN for the signature key (9C: a VERIFY right before each signature).
        app.answer_pin(PIN, timeout=max(self.wait, 30.0))

        def received():
            if app.find_all("dialog", "PIN"):
                raise HarnessError("a second PIN dialog while submitting (one expected)")
            texts = app.texts()
            return next((RECEIVED.search(t) for t in texts if RECEIVED.search(t)), None)

        found = poll(received, max(self.wait, 60.0),
                     lambda: "no 'Received by the portal: dossier …' in My forms; texts: "
                     + " | ".join(t for t in app.texts() if "portal" in t.lower()
                                  or "sign" in t.lower()))
        self.dossier_id, self.reference = found.group(1), found.group(2)
        print(f"   dossier {self.dossier_id}, reference {self.reference}; "
              f"the card said: {card.lines[mark:]}")
        self.expect_card(mark, signed=1)

    # e, f ------------------------------------------------------------------------------

    def find_new_dossier(self) -> None:
        _, rows = self.view_rows("My procedures", DOSSIERS_VIEW,
                                 lambda row: len(row) > 1 and row[0] == self.reference,
                                 timeout=max(self.wait, 60.0))
        print(f"   {rows[0]}")

    def sign_out(self) -> None:
        app = self.app
        app.select_page("Sign in", timeout=self.wait)
        app.press(name="Sign out", timeout=self.wait)
        app.wait_for_text("You are not signed in.", timeout=self.wait)
        app.wait_enabled(app.find("push button", "Sign in with my card"), timeout=self.wait)
        if app.is_enabled(app.find("push button", "Sign out")):
            raise HarnessError("Sign out is still enabled after signing out")

    def wait_notice(self, code: str) -> None:
        app = self.app
        seen: list = []

        def shown():
            seen[:] = app.notices()
            return next((notice for notice in seen if code in notice), None)

        notice = poll(shown, self.wait, lambda: f"no notice with {code}; notices: {seen}")
        print(f"   {notice}")


def main() -> int:
    default_build = os.path.join(REPO, "build", "ci")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", default=default_build,
                        help="the build with app/guichet, sim/guichet-portal-sim and "
                        "tests/integration/guichet-virtual-card (default build/ci)")
    parser.add_argument("--pki", help="test PKI folder, made when missing "
                        "(default BUILD/tests/test-pki)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="bound of each wait, in seconds (default 30)")
    parser.add_argument("--dump-steps", action="store_true",
                        help="save the tree of showing controls after each step (artifacts)")
    options = parser.parse_args()

    if not os.environ.get("ATSPI_SESSION_DIR"):
        print("real_client: run me under tests/support/atspi/session.sh", file=sys.stderr)
        return 2
    if not os.path.isdir(options.build_dir):
        print(f"real_client: no build at {options.build_dir}", file=sys.stderr)
        return 2

    def terminated(signum, frame):
        raise HarnessError(f"terminated by signal {signum} (session.sh --timeout?)")

    signal.signal(signal.SIGTERM, terminated)

    scenario = Scenario(options)
    code = 0
    try:
        scenario.run()
    except (HarnessError, StackError) as error:
        print(f"\nFAILED at step '{scenario.step}':\n{error}", file=sys.stderr, flush=True)
        scenario.save_artifacts(re.sub(r"\W+", "-", scenario.step).strip("-"))
        code = 1
    except Exception:
        print(f"\nERROR at step '{scenario.step}':", file=sys.stderr)
        traceback.print_exc()
        scenario.save_artifacts("error")
        code = 1
    finally:
        if scenario.app is not None:
            stopped = scenario.app.stop()
            if stopped not in (0, None, -15):
                print(f"note: guichet ended with code {stopped}; log: {scenario.app.log_path}")
        for problem in scenario.stack.stop():
            print(f"note: while stopping the stack: {problem}")
        logs = scenario.collect_logs()
        if code or scenario.failures:
            print(f"logs in {scenario.artifacts}: {', '.join(logs)} and guichet-*.log "
                  "(its output)", flush=True)

    if scenario.failures:
        code = 1
        print(f"\n{len(scenario.failures)} check(s) failed:", file=sys.stderr)
        for step, what, error in scenario.failures:
            print(f"- at step '{step}': {what}\n  {error}", file=sys.stderr)
    print(("\nPASSED\n" if code == 0 else "\n") + CLOCK.report())
    return code


if __name__ == "__main__":
    sys.exit(main())
