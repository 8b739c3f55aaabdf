"""The real stack behind guichet for end-to-end scenarios: pcscd with the virtual
reader, the virtual PIV card in it, and the simulated portal as its own process.

    from real_stack import RealStack
    with RealStack(build_dir, work_dir) as stack:
        stack.start_pcscd()
        card = stack.start_card()          # waits for "ready" and "inserted"
        portal = stack.start_portal()      # waits for "listening on https://…"
        ... guichet --portal portal.url --portal-ca portal.ca ...
        card.remove(); card.insert()
        portal.stop()

Every wait is bounded and raises StackError with what was expected and the process's
last output. Everything started is stopped when the `with` block ends (on failure
too), and once more at interpreter exit in case a scenario forgot; each process is
stopped by the pid we started, never by name. pcscd is left alone unless the fixture
script started it (tests/support/pcscd/pcscd-fixture.sh).

Nothing here needs AT-SPI; when guichet_atspi is loaded, the time spent waiting for
these processes is added to its CLOCK so that a scenario's figures include it.
"""

from __future__ import annotations

import atexit
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from typing import Callable, List, Optional, Sequence, Union

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
PCSCD_FIXTURE = os.path.join(REPO, "tests", "support", "pcscd", "pcscd-fixture.sh")
MAKE_TEST_PKI = os.path.join(REPO, "tests", "support", "pki", "make-test-pki.sh")
OPENSC_MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"

LineMatch = Union[str, "re.Pattern[str]", Callable[[str], bool]]


class StackError(AssertionError):
    """A process of the stack did not start, answer or stop as expected."""


def _account_wait(began: float, idle: float) -> None:
    """Adds a wait to guichet_atspi's CLOCK when a scenario uses it (not nested)."""
    module = sys.modules.get("guichet_atspi")
    clock = getattr(module, "CLOCK", None) if module else None
    if clock is not None and clock.depth == 0:
        clock.waited += time.monotonic() - began
        clock.idle += idle
        clock.waits += 1


def _matches(line: str, wanted: LineMatch) -> bool:
    if isinstance(wanted, str):
        return line == wanted
    if isinstance(wanted, re.Pattern):
        return bool(wanted.search(line))
    return bool(wanted(line))


def _describe(wanted: LineMatch) -> str:
    if isinstance(wanted, str):
        return repr(wanted)
    if isinstance(wanted, re.Pattern):
        return f"/{wanted.pattern}/"
    return "a line the predicate accepts"


# --------------------------------------------------------------------------------------
# A child process whose output we read line by line.


class LineProcess:
    """A process started with a stdin pipe (optional) and its stdout read by a thread.

    Every line goes to a log file as it comes and to a queue that wait_for() reads;
    stderr goes to the same log (prefixed) so that the log tells the whole story.
    """

    def __init__(self, name: str, command: Sequence[str], log_path: str, *,
                 stdin_pipe: bool = False, env: Optional[dict] = None,
                 cwd: Optional[str] = None):
        self.name = name
        self.command = list(command)
        self.log_path = log_path
        self.lines: List[str] = []  # every stdout line so far
        self._queue: "queue.Queue[Optional[str]]" = queue.Queue()
        self._log_lock = threading.Lock()
        os.makedirs(os.path.dirname(log_path) or ".", exist_ok=True)
        self._log = open(log_path, "a", encoding="utf-8", buffering=1)
        self._log.write(f"$ {' '.join(self.command)}\n")
        try:
            # Its own session: a Ctrl-C or a signal to the scenario's group does not
            # reach it; we stop it ourselves, by its pid.
            self.process = subprocess.Popen(
                self.command, stdin=subprocess.PIPE if stdin_pipe else subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd,
                start_new_session=True, text=True, bufsize=1, errors="replace")
        except OSError as error:
            self._log.close()
            raise StackError(f"{name}: could not start {self.command[0]}: {error}") from None
        self._readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, False),
                             name=f"{name}-stdout", daemon=True),
            threading.Thread(target=self._read, args=(self.process.stderr, True),
                             name=f"{name}-stderr", daemon=True),
        ]
        for reader in self._readers:
            reader.start()
        _LIVE.append(self)

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self, stream, is_stderr: bool) -> None:
        for raw in stream:
            line = raw.rstrip("\r\n")
            with self._log_lock:
                self._log.write(("stderr: " if is_stderr else "") + line + "\n")
            if not is_stderr:
                self.lines.append(line)
                self._queue.put(line)
        if not is_stderr:
            self._queue.put(None)  # end of output

    def running(self) -> bool:
        return self.process.poll() is None

    def output_tail(self, count: int = 20) -> str:
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as log:
                return "".join(log.readlines()[-count:]).rstrip() or "(no output)"
        except OSError:
            return "(no output)"

    def wait_for(self, wanted: LineMatch, timeout: float) -> str:
        """The next stdout line that matches, waiting at most timeout seconds.

        Lines that do not match are skipped (they stay in self.lines and the log).
        """
        began = time.monotonic()
        deadline = began + timeout
        idle = 0.0
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise StackError(
                        f"{self.name}: no line {_describe(wanted)} after {timeout:.1f} s "
                        f"(pid {self.pid}, {'running' if self.running() else 'exited with ' + str(self.process.returncode)}); "
                        f"last output ({self.log_path}):\n{self.output_tail()}")
                try:
                    line = self._queue.get(timeout=min(remaining, 0.5))
                except queue.Empty:
                    idle += min(remaining, 0.5)
                    continue
                if line is None:
                    self._queue.put(None)  # later waits see the end too
                    code = self.process.wait(5)
                    raise StackError(
                        f"{self.name}: its output ended (exit code {code}) before a line "
                        f"{_describe(wanted)}; last output ({self.log_path}):\n"
                        f"{self.output_tail()}")
                if _matches(line, wanted):
                    return line
        finally:
            _account_wait(began, idle)

    def send(self, command: str) -> None:
        if self.process.stdin is None:
            raise StackError(f"{self.name}: started without a stdin pipe")
        try:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError) as error:
            raise StackError(f"{self.name}: cannot send {command!r}: {error}; last output:\n"
                             f"{self.output_tail()}") from None

    def stop(self, timeout: float = 10.0, *, close_stdin_first: bool = False) -> Optional[int]:
        """Ends the process (closing stdin if asked, then TERM, then KILL); idempotent."""
        try:
            if self.process.poll() is None:
                if close_stdin_first and self.process.stdin is not None:
                    try:
                        self.process.stdin.close()
                    except OSError:
                        pass
                    try:
                        self.process.wait(min(timeout, 5.0))
                    except subprocess.TimeoutExpired:
                        pass
                if self.process.poll() is None:
                    self.process.send_signal(signal.SIGTERM)
                    try:
                        self.process.wait(timeout)
                    except subprocess.TimeoutExpired:
                        self.process.kill()
                        self.process.wait(5)
            if self.process.stdin is not None and not self.process.stdin.closed:
                try:
                    self.process.stdin.close()
                except OSError:
                    pass
            for reader in self._readers:
                reader.join(2)
            return self.process.returncode
        finally:
            with self._log_lock:
                if not self._log.closed:
                    self._log.write(f"(exit code {self.process.returncode})\n")
                    self._log.close()
            if self in _LIVE:
                _LIVE.remove(self)


_LIVE: List[LineProcess] = []


@atexit.register
def _stop_leftovers() -> None:
    for process in list(reversed(_LIVE)):
        try:
            process.stop(5)
        except Exception:  # at exit: try the others
            pass


# --------------------------------------------------------------------------------------
# The pieces.


class Pcscd:
    """pcscd with the virtual reader, through tests/support/pcscd/pcscd-fixture.sh.

    The fixture starts the system's pcscd only if none runs, and stop() stops only the
    one it started: a pcscd of the machine (or of a concurrent ctest) is used as is.
    """

    def __init__(self, state_dir: str, timeout: float = 20.0):
        self.state_dir = state_dir
        self.timeout = timeout
        self.started = False
        self.log_path = os.path.join(state_dir, "pcscd.log")
        self.note = ""  # the fixture's last word: "started pcscd (pid …)" or "already runs"

    def _run(self, action: str) -> str:
        env = dict(os.environ, PCSCD_FIXTURE_TIMEOUT=str(int(self.timeout)))
        began = time.monotonic()
        try:
            done = subprocess.run(["bash", PCSCD_FIXTURE, action, self.state_dir], env=env,
                                  capture_output=True, text=True, timeout=self.timeout + 15)
        except subprocess.TimeoutExpired:
            raise StackError(f"pcscd-fixture.sh {action} did not finish in "
                             f"{self.timeout + 15:.0f} s") from None
        finally:
            _account_wait(began, 0.0)
        output = (done.stdout + done.stderr).strip()
        if done.returncode != 0:
            raise StackError(f"pcscd-fixture.sh {action} failed (exit {done.returncode}):\n"
                             f"{output}")
        return output

    def start(self) -> str:
        os.makedirs(self.state_dir, exist_ok=True)
        output = self._run("start")
        self.started = True
        self.note = output.splitlines()[-1] if output else ""
        return output

    def stop(self) -> str:
        if not self.started:
            return ""
        self.started = False
        return self._run("stop")


class VirtualCard(LineProcess):
    """guichet-virtual-card in the vpcd reader; stdin stays open (EOF means quit)."""

    def __init__(self, binary: str, pki_dir: str, log_path: str, *,
                 arguments: Sequence[str] = (), env: Optional[dict] = None):
        if not os.access(binary, os.X_OK):
            raise StackError(f"no virtual card executable at {binary} (is the build finished?)")
        super().__init__("virtual card", [binary, "--pki", pki_dir, *arguments], log_path,
                         stdin_pipe=True, env=env)

    def wait_ready(self, timeout: float = 15.0, inserted: bool = True) -> None:
        """Waits for `ready`, then (if the card starts in the reader) `inserted`."""
        self.wait_for("ready", timeout)
        if inserted:
            self.wait_inserted(timeout)

    def wait_inserted(self, timeout: float = 15.0) -> None:
        self.wait_for("inserted", timeout)
        # pcscd polls the reader: clients see the card up to ~0.4 s after "inserted".
        wait_card_listed(True, timeout)

    def insert(self, timeout: float = 15.0) -> None:
        self.send("insert")
        self.wait_inserted(timeout)

    def remove(self, timeout: float = 15.0) -> None:
        self.send("remove")
        self.wait_for("removed", timeout)
        wait_card_listed(False, timeout)

    def stop(self, timeout: float = 10.0, **_ignored) -> Optional[int]:
        # End of stdin is the card's "quit": it leaves the reader cleanly.
        return super().stop(timeout, close_stdin_first=True)


def wait_card_listed(present: bool, timeout: float = 15.0,
                     reader: str = "Virtual PCD 00 00") -> None:
    """Waits until `opensc-tool -l` says the reader has (or has not) a card."""
    began = time.monotonic()
    deadline = began + timeout
    idle = 0.0
    seen = ""
    try:
        while True:
            try:
                seen = subprocess.run(["opensc-tool", "-l"], capture_output=True, text=True,
                                      timeout=10).stdout
            except (OSError, subprocess.TimeoutExpired) as error:
                seen = str(error)
            for line in seen.splitlines():
                if line.rstrip().endswith(reader):
                    has_card = line.split()[1:2] == ["Yes"]
                    if has_card == present:
                        return
            if time.monotonic() >= deadline:
                raise StackError(f"reader {reader!r} does not list "
                                 f"{'a card' if present else 'no card'} after {timeout:.1f} s; "
                                 f"opensc-tool -l says:\n{seen.strip()}")
            time.sleep(0.1)
            idle += 0.1
    finally:
        _account_wait(began, idle)


class PortalSim(LineProcess):
    """guichet-portal-sim on 127.0.0.1; url and ca once it said where it listens."""

    LISTENING = re.compile(r"^listening on (https?://\S+) \(CA: (.+)\)$")

    def __init__(self, binary: str, data_dir: str, trust: Sequence[str], log_path: str, *,
                 port: int = 0, env: Optional[dict] = None):
        if not os.access(binary, os.X_OK):
            raise StackError(f"no portal simulator at {binary} (is the build finished?)")
        command = [binary, "--port", str(port), "--data", data_dir]
        for certificate in trust:
            command += ["--trust", certificate]
        super().__init__("portal simulator", command, log_path, env=env)
        self.data_dir = data_dir
        self.url: Optional[str] = None
        self.ca: Optional[str] = None

    def wait_listening(self, timeout: float = 60.0) -> str:
        """Waits for "listening on URL (CA: FILE)"; seeding a new database comes first."""
        line = self.wait_for(self.LISTENING, timeout)
        found = self.LISTENING.match(line)
        self.url, self.ca = found.group(1).rstrip("/"), found.group(2)
        if not os.path.isfile(self.ca):
            raise StackError(f"portal simulator: its CA file {self.ca} does not exist")
        return self.url

    def stop(self, timeout: float = 10.0, **_ignored) -> Optional[int]:
        return super().stop(timeout)


def ensure_test_pki(pki_dir: str, timeout: float = 120.0) -> str:
    """Makes the test PKI with tests/support/pki/make-test-pki.sh unless it is there."""
    if os.path.isfile(os.path.join(pki_dir, "ca.cert.pem")) and \
            os.path.isfile(os.path.join(pki_dir, "piv-auth.cert.der")):
        return pki_dir
    try:
        done = subprocess.run(["bash", MAKE_TEST_PKI, pki_dir], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise StackError(f"make-test-pki.sh {pki_dir} did not finish in {timeout:.0f} s") from None
    if done.returncode != 0 or not os.path.isfile(os.path.join(pki_dir, "ca.cert.pem")):
        raise StackError(f"make-test-pki.sh {pki_dir} failed (exit {done.returncode}):\n"
                         f"{(done.stdout + done.stderr).strip()}")
    return pki_dir


# --------------------------------------------------------------------------------------
# All of it together.


class RealStack:
    """pcscd, the card and the portal for one scenario, stopped in reverse order."""

    def __init__(self, build_dir: str, work_dir: str, pki_dir: Optional[str] = None):
        self.build_dir = os.path.abspath(build_dir)
        self.work_dir = os.path.abspath(work_dir)
        self.pki_dir = os.path.abspath(pki_dir or os.path.join(self.build_dir, "tests",
                                                                "test-pki"))
        self.pcscd: Optional[Pcscd] = None
        self.card: Optional[VirtualCard] = None
        self.portal: Optional[PortalSim] = None
        os.makedirs(self.work_dir, exist_ok=True)

    # Paths of the build.
    @property
    def card_binary(self) -> str:
        return os.path.join(self.build_dir, "tests", "integration", "guichet-virtual-card")

    @property
    def portal_binary(self) -> str:
        return os.path.join(self.build_dir, "sim", "guichet-portal-sim")

    @property
    def app_binary(self) -> str:
        return os.path.join(self.build_dir, "app", "guichet")

    def check_prerequisites(self) -> None:
        missing = [path for path in (self.card_binary, self.portal_binary)
                   if not os.access(path, os.X_OK)]
        if missing:
            raise StackError("not built: " + ", ".join(missing))
        if not os.path.isfile(OPENSC_MODULE):
            raise StackError(f"{OPENSC_MODULE} is missing (apt-get install opensc-pkcs11)")

    def start_pcscd(self, timeout: float = 20.0) -> Pcscd:
        self.pcscd = Pcscd(os.path.join(self.work_dir, "pcscd"), timeout)
        self.pcscd.start()
        return self.pcscd

    def start_card(self, arguments: Sequence[str] = (), timeout: float = 20.0) -> VirtualCard:
        ensure_test_pki(self.pki_dir)
        if self.card is not None and self.card.running():
            raise StackError("the virtual card already runs")
        env = dict(os.environ)
        self.card = VirtualCard(self.card_binary, self.pki_dir,
                                os.path.join(self.work_dir, "virtual-card.log"),
                                arguments=arguments, env=env)
        try:
            self.card.wait_ready(timeout, inserted="--removed" not in arguments)
        except StackError as error:
            self.card.stop()
            pcscd = self.pcscd.note if self.pcscd else "not started here"
            raise StackError(f"{error}\n(pcscd: {pcscd}; a card of another test in the same "
                             "vpcd reader, port 35963, keeps this one out)") from None
        except BaseException:
            self.card.stop()
            raise
        return self.card

    def start_portal(self, timeout: float = 60.0, port: int = 0) -> PortalSim:
        ensure_test_pki(self.pki_dir)
        if self.portal is not None and self.portal.running():
            raise StackError("the portal simulator already runs")
        self.portal = PortalSim(self.portal_binary, os.path.join(self.work_dir, "portal"),
                                [os.path.join(self.pki_dir, "ca.cert.pem")],
                                os.path.join(self.work_dir, "portal.log"), port=port)
        try:
            self.portal.wait_listening(timeout)
        except BaseException:
            self.portal.stop()
            raise
        return self.portal

    def stop_portal(self) -> Optional[int]:
        return self.portal.stop() if self.portal is not None else None

    def logs(self) -> List[str]:
        """Log files of the stack, for a scenario's artifacts."""
        paths = [os.path.join(self.work_dir, "virtual-card.log"),
                 os.path.join(self.work_dir, "portal.log")]
        if self.pcscd is not None:
            paths.append(self.pcscd.log_path)
        return [path for path in paths if os.path.isfile(path)]

    def stop(self) -> List[str]:
        """Stops what was started, last first; returns the problems met (never raises)."""
        problems = []
        for label, action in (
            ("portal simulator", lambda: self.portal and self.portal.stop()),
            ("virtual card", lambda: self.card and self.card.stop()),
            ("pcscd", lambda: self.pcscd and self.pcscd.stop()),
        ):
            try:
                action()
            except Exception as error:
                problems.append(f"{label}: {error}")
        return problems

    def __enter__(self) -> "RealStack":
        return self

    def __exit__(self, kind, value, traceback) -> bool:
        for problem in self.stop():
            print(f"real_stack: while stopping: {problem}", file=sys.stderr)
        return False
