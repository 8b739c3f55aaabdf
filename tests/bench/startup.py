#!/usr/bin/env python3
"""Start-up benchmark: time from process spawn to the first window, and its memory.

Measures Guichet Desktop two ways and KeePassXC (a Qt desktop peer) one way, all
on the X display in $DISPLAY (tests/bench/run.sh starts a private Xvfb):

1. guichet --quit-after-first-paint, N times: wall time from spawn to its
   "first-paint-ms=... rss-kib=..." line, and the figures it reports itself.
2. guichet and keepassxc started normally, interleaved: time from spawn until
   their top-level window is mapped on the X server and until the first pixels
   are drawn into it (X DAMAGE extension), then VmRSS from /proc/<pid>/status
   about 1 s later. Both are watched in exactly the same way.

The X server is watched through libX11/libXdamage with ctypes (stdlib only):
the script subscribes to the root window's structure events before each spawn,
so it is told about the window instead of polling for it.

This is a benchmark: it prints figures and whether the targets are met, and
exits 0 either way. It exits non-zero only if it could not measure.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import dataclasses
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 250
TARGET_RSS_MIB = 60
# For scale, as given in the issue (not measured here).
ISSUE_FIGURES = "AusweisApp2 1.26 ~520 ms ~195 MiB; KeePassXC 2.7 ~200 ms ~104 MiB"

APP_TITLE = "Guichet Desktop"
RUN_TIMEOUT_S = 20.0
SETTLE_S = 1.0

FIRST_PAINT_LINE = re.compile(rb"first-paint-ms=(\d+) rss-kib=(\d+)\r?\n")


VERBOSE = False


class BenchError(Exception):
    """The benchmark could not measure (not a slow result)."""


# --- X11 through ctypes ------------------------------------------------------

CREATE_NOTIFY = 16
DESTROY_NOTIFY = 17
MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
ANY_PROPERTY_TYPE = 0
XA_CARDINAL = 6
X_DAMAGE_REPORT_NON_EMPTY = 3


class _XAnyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),  # the drawable, for DamageNotify
    ]


class _XMapEvent(ctypes.Structure):
    # Same layout as XCreateWindowEvent/XDestroyWindowEvent up to `window`.
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),  # parent, for CreateNotify
        ("window", ctypes.c_ulong),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [
        ("type", ctypes.c_int),
        ("xany", _XAnyEvent),
        ("xmap", _XMapEvent),
        ("pad", ctypes.c_long * 24),
    ]


_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _load(name: str, soname: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or soname
    try:
        return ctypes.CDLL(path)
    except OSError as error:
        raise BenchError(f"cannot load {soname}: {error}") from error


class XWatcher:
    """Reports when a top-level window of a given process is mapped and first drawn."""

    def __init__(self, display_name: str):
        self._x = _load("X11", "libX11.so.6")
        x = self._x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        ]
        x.XSetErrorHandler.restype = ctypes.c_void_p
        x.XSetErrorHandler.argtypes = [_X_ERROR_HANDLER]
        # Windows may vanish between an event and a property read: ignore X errors
        # instead of letting Xlib's default handler exit the process.
        self._error_handler = _X_ERROR_HANDLER(lambda _display, _event: 0)
        x.XSetErrorHandler(self._error_handler)

        self._dpy = x.XOpenDisplay(display_name.encode())
        if not self._dpy:
            raise BenchError(f"cannot open X display {display_name!r}")
        self._root = x.XDefaultRootWindow(self._dpy)
        self._atom_pid = x.XInternAtom(self._dpy, b"_NET_WM_PID", False)
        self._atom_net_name = x.XInternAtom(self._dpy, b"_NET_WM_NAME", False)
        self._atom_name = x.XInternAtom(self._dpy, b"WM_NAME", False)
        self._damage_event = self._init_damage()
        x.XSelectInput(self._dpy, self._root, SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self._dpy, False)
        self.fd = x.XConnectionNumber(self._dpy)
        self._damages: dict[int, int] = {}

    def _init_damage(self) -> int | None:
        """Returns the DamageNotify event code, or None without the DAMAGE extension."""
        try:
            self._xd = _load("Xdamage", "libXdamage.so.1")
        except BenchError:
            return None
        xd = self._xd
        xd.XDamageQueryExtension.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
        xd.XDamageCreate.restype = ctypes.c_ulong
        xd.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xd.XDamageQueryExtension(self._dpy, ctypes.byref(event_base),
                                        ctypes.byref(error_base)):
            return None
        return event_base.value  # XDamageNotify == 0

    @property
    def has_damage(self) -> bool:
        return self._damage_event is not None

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    def _property(self, window: int, atom: int, req_type: int, length: int):
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        nitems, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._dpy, window, atom, 0, length, False, req_type, ctypes.byref(actual_type),
            ctypes.byref(actual_format), ctypes.byref(nitems), ctypes.byref(after),
            ctypes.byref(data))
        if status != 0 or not data.value:
            return None
        try:
            if actual_format.value == 32:
                return list((ctypes.c_ulong * nitems.value).from_address(data.value))
            if actual_format.value == 8:
                return ctypes.string_at(data.value, nitems.value)
            return None
        finally:
            self._x.XFree(data)

    def window_pid(self, window: int) -> int | None:
        values = self._property(window, self._atom_pid, XA_CARDINAL, 1)
        return int(values[0]) if values else None

    def window_name(self, window: int) -> str:
        for atom in (self._atom_net_name, self._atom_name):
            raw = self._property(window, atom, ANY_PROPERTY_TYPE, 1024)
            if isinstance(raw, bytes) and raw:
                return raw.decode("utf-8", "replace")
        return ""

    def drain(self) -> None:
        """Forgets events from earlier runs."""
        self._x.XSync(self._dpy, False)
        event = _XEvent()
        while self._x.XPending(self._dpy):
            self._x.XNextEvent(self._dpy, ctypes.byref(event))
        self._damages.clear()

    def events(self):
        """Yields (kind, window, perf_counter time) for events already received."""
        event = _XEvent()
        while self._x.XPending(self._dpy):
            self._x.XNextEvent(self._dpy, ctypes.byref(event))
            now = time.perf_counter()
            kind = event.type
            if kind == CREATE_NOTIFY and event.xmap.event == self._root:
                # Watch drawing into every new top-level window from its creation on,
                # so the first drawing cannot be missed.
                if self.has_damage:
                    window = event.xmap.window
                    self._damages[window] = self._xd.XDamageCreate(
                        self._dpy, window, X_DAMAGE_REPORT_NON_EMPTY)
                    self._x.XFlush(self._dpy)
            elif kind == DESTROY_NOTIFY and event.xmap.event == self._root:
                self._damages.pop(event.xmap.window, None)  # freed with the window
            elif kind == MAP_NOTIFY and event.xmap.event == self._root:
                yield "map", event.xmap.window, now
            elif self.has_damage and kind == self._damage_event:
                yield "damage", event.xany.window, now


# --- measuring -----------------------------------------------------------------


@dataclasses.dataclass
class Run:
    line_ms: float | None = None  # spawn -> first-paint line read (guichet self-report)
    self_paint_ms: int | None = None  # first-paint-ms printed by guichet
    self_rss_kib: int | None = None  # rss-kib printed by guichet
    mapped_ms: float | None = None  # spawn -> window mapped
    drawn_ms: float | None = None  # spawn -> first drawing into that window
    rss_kib: int | None = None  # VmRSS read from /proc ~1 s after the window


def vm_rss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def private_env(base: Path, extra: dict[str, str]) -> dict[str, str]:
    """A clean per-run environment: fresh home and XDG folders, no session bus."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_", "QT_"))}
    runtime = base / "runtime"
    for sub in ("home", "config", "data", "cache", "tmp"):
        (base / sub).mkdir()
    runtime.mkdir(mode=0o700)
    env.update({
        "HOME": str(base / "home"),
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_DATA_HOME": str(base / "data"),
        "XDG_CACHE_HOME": str(base / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "TMPDIR": str(base / "tmp"),
        # Headless: make D-Bus fail at once instead of trying to autolaunch a bus.
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "en",
    })
    env.update(extra)
    return env


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def measure_once(watcher: XWatcher, command: list[str], title: str, self_report: bool,
                 extra_env: dict[str, str]) -> Run:
    """Spawns command once and times it.

    self_report: the command prints the first-paint line and exits by itself.
    Otherwise it is left running SETTLE_S after its window was drawn, its memory
    is read from /proc, and it is terminated.
    """
    run = Run()
    name = Path(command[0]).name
    with tempfile.TemporaryDirectory(prefix="guichet-bench-") as tmp:
        env = private_env(Path(tmp), extra_env)
        watcher.drain()
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE if self_report else subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

        def ms(when: float) -> float:
            return (when - t0) * 1000.0

        try:
            window = None
            output = b""
            deadline = t0 + RUN_TIMEOUT_S
            settle_until = None
            while True:
                for kind, win, when in watcher.events():
                    if kind == "map" and window is None and matches(watcher, win, proc, title):
                        window, run.mapped_ms = win, ms(when)
                    elif kind == "damage" and win == window and run.drawn_ms is None:
                        run.drawn_ms = ms(when)
                now = time.perf_counter()
                if self_report and run.line_ms is not None:
                    break
                if not self_report and settle_until is None and run.mapped_ms is not None and (
                        run.drawn_ms is not None or not watcher.has_damage):
                    settle_until = now + SETTLE_S
                if settle_until is not None and now >= settle_until:
                    run.rss_kib = vm_rss_kib(proc.pid)
                    break
                if now >= deadline:
                    raise BenchError(f"{name}: nothing seen within {RUN_TIMEOUT_S:.0f} s")
                if not self_report and proc.poll() is not None:
                    raise BenchError(f"{name} exited ({proc.returncode}) before its window "
                                     "was seen")

                fds = [watcher.fd] + ([proc.stdout.fileno()] if self_report else [])
                timeout = min(deadline, settle_until or deadline) - now
                readable, _, _ = select.select(fds, [], [], max(timeout, 0))
                if self_report and proc.stdout.fileno() in readable:
                    chunk = os.read(proc.stdout.fileno(), 4096)
                    if not chunk:
                        raise BenchError(f"{name} exited ({proc.wait()}) without printing "
                                         "the first-paint line")
                    output += chunk
                    found = FIRST_PAINT_LINE.search(output)
                    if found:
                        run.line_ms = ms(time.perf_counter())
                        run.self_paint_ms = int(found.group(1))
                        run.self_rss_kib = int(found.group(2))
            if self_report:
                try:
                    code = proc.wait(timeout=RUN_TIMEOUT_S)
                except subprocess.TimeoutExpired as error:
                    raise BenchError(f"{name} did not exit after the first paint") from error
                if code != 0:
                    raise BenchError(f"{name} exited with {code} after the first paint")
        finally:
            stop(proc)
            if proc.stdout:
                proc.stdout.close()
    if VERBOSE:
        progress(f"  {name}: {run}")
    return run


def matches(watcher: XWatcher, window: int, proc: subprocess.Popen, title: str) -> bool:
    """A top-level window named like title, and owned by proc if it says so."""
    if title not in watcher.window_name(window):
        return False
    pid = watcher.window_pid(window)
    return pid is None or pid == proc.pid


# --- statistics and output -----------------------------------------------------


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values) -> str:
    values = sorted(v for v in values if v is not None)
    if not values:
        return "n/a"
    if len(values) < 2:
        return f"{values[0]:.0f} ms"
    cuts = statistics.quantiles(values, n=10, method="inclusive")
    return f"{statistics.median(values):4.0f} ms [{cuts[0]:.0f}..{cuts[-1]:.0f}]"


def mib(kib) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def version_of(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=False)
        text = done.stdout.strip().splitlines()
        return text[0] if done.returncode == 0 and text else "version unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "version unknown"


def dpkg_version(package: str) -> str | None:
    try:
        done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclasses.dataclass
class Results:
    guichet_version: str
    peer_name: str
    peer_version: str | None  # None: peer not installed
    has_damage: bool
    self_runs: list[Run]
    ours: list[Run]
    theirs: list[Run]


def measure_all(args, app: str, peer: str | None, watcher: XWatcher) -> tuple[list, list, list]:
    def instance(i: int) -> dict[str, str]:
        # Normal runs claim the single-instance name: give each its own.
        return {"GUICHET_INSTANCE_NAME": f"guichet-bench-{os.getpid()}-{i}"}

    progress(f"startup: {args.runs} x guichet --quit-after-first-paint ...")
    self_runs = [measure_once(watcher, [app, "--quit-after-first-paint"], APP_TITLE, True,
                              instance(i)) for i in range(args.runs)]

    # Window-watched runs, interleaved so that drift affects both apps alike.
    progress(f"startup: 1+{args.peer_runs} x guichet"
             + (f" and {args.peer}" if peer else "") + ", window watched ...")
    ours, theirs = [], []
    for i in range(args.peer_runs + 1):
        ours.append(measure_once(watcher, [app], APP_TITLE, False, instance(args.runs + i)))
        if peer:
            theirs.append(measure_once(watcher, [peer], args.peer_title, False, {}))
    # The first run of each kind is a warm-up (page cache, font cache).
    return self_runs[1:], ours[1:], theirs[1:]


def start_portal_sim(app: str, folder: str) -> tuple[subprocess.Popen, str, str] | None:
    """The simulated portal as its own process (the stand-in for a real one), or None."""
    sim = Path(app).parent.parent / "sim" / "guichet-portal-sim"
    if not os.access(sim, os.X_OK):
        return None
    proc = subprocess.Popen([str(sim), "--port", "0", "--data", folder], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL)
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        found = re.search(r"listening on (\S+) \(CA: (.+)\)", line)
        if found:
            return proc, found.group(1), found.group(2)
    stop(proc)
    return None


def measure_modes(args, app: str, watcher: XWatcher) -> dict[str, list]:
    """The same shell started three ways, interleaved: without a portal, on a configured
    portal (the simulator as its own process) and in demo mode."""
    modes: dict[str, list[str]] = {"no portal": []}
    with tempfile.TemporaryDirectory(prefix="guichet-bench-portal-") as folder:
        portal = start_portal_sim(app, folder)
        if portal:
            modes["--portal (simulator process)"] = ["--portal", portal[1], "--portal-ca", portal[2]]
        modes["--demo"] = ["--demo"]
        progress(f"startup: 1+{args.peer_runs} x each of {', '.join(modes)} ...")
        runs: dict[str, list] = {mode: [] for mode in modes}
        try:
            for i in range(args.peer_runs + 1):
                for mode, extra in modes.items():
                    env = {"GUICHET_INSTANCE_NAME": f"guichet-bench-mode-{os.getpid()}-{i}"}
                    runs[mode].append(measure_once(
                        watcher, [app, "--quit-after-first-paint", *extra], APP_TITLE, True, env))
        finally:
            if portal:
                stop(portal[0])
    return {mode: measured[1:] for mode, measured in runs.items()}


def report_modes(modes: dict[str, list]) -> None:
    print()
    print("the shell by mode, --quit-after-first-paint, interleaved, "
          f"{len(next(iter(modes.values())))} runs each (+1 warm-up):")
    print(f"  {'':32s}{'spawn -> first paint':>24s}  {'RSS at first paint':>20s}")
    for mode, runs in modes.items():
        print(f"  {mode:32s}{spread(r.line_ms for r in runs):>24s}  "
              f"{mib(median(r.self_rss_kib for r in runs)):>20s}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--app", required=True, help="path to the guichet executable")
    parser.add_argument("--runs", type=int, default=15,
                        help="guichet --quit-after-first-paint runs, first one discarded")
    parser.add_argument("--peer-runs", type=int, default=7,
                        help="window-watched runs of each app, after one warm-up")
    parser.add_argument("--peer", default="keepassxc", help="peer executable")
    parser.add_argument("--peer-title", default="KeePassXC",
                        help="text in the peer's main window title")
    parser.add_argument("--verbose", action="store_true", help="print every run on stderr")
    args = parser.parse_args()
    # On SIGTERM (e.g. from timeout), unwind so that the apps being measured are stopped.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    global VERBOSE  # pylint: disable=global-statement
    VERBOSE = args.verbose

    display = os.environ.get("DISPLAY")
    if not display:
        print("startup: DISPLAY is not set (run tests/bench/run.sh)", file=sys.stderr)
        return 2
    app = str(Path(args.app).resolve())
    if not os.access(app, os.X_OK):
        print(f"startup: {app} is not an executable", file=sys.stderr)
        return 2
    if args.runs < 2 or args.peer_runs < 1:
        parser.error("need --runs >= 2 and --peer-runs >= 1")

    peer = shutil.which(args.peer)
    peer_version = None
    if peer:
        peer_version = version_of([peer, "--version"])
        package = dpkg_version(args.peer)
        if package:
            peer_version += f" (Debian {package})"
    try:
        watcher = XWatcher(display)
        try:
            self_runs, ours, theirs = measure_all(args, app, peer, watcher)
            modes = measure_modes(args, app, watcher)
        finally:
            watcher.close()
    except BenchError as error:
        print(f"startup: cannot measure: {error}", file=sys.stderr)
        return 1

    report(Results(version_of([app, "--version"]), args.peer, peer_version,
                   watcher.has_damage, self_runs, ours, theirs))
    report_modes(modes)
    return 0


def report(res: Results) -> None:
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"start-up to first window, median [p10..p90] "
          f"(Xvfb {os.environ.get('DISPLAY')}, {os.cpu_count()} CPUs, load {load})")
    print(f"  {res.guichet_version}; peer: "
          f"{res.peer_version or res.peer_name + ' not installed'}")
    print()
    print(f"guichet --quit-after-first-paint, {len(res.self_runs)} runs (+1 warm-up):")
    print(f"  spawn -> first-paint line read        {spread(r.line_ms for r in res.self_runs)}")
    print(f"  first-paint-ms (self, from main())    "
          f"{spread(r.self_paint_ms for r in res.self_runs)}")
    self_rss = median(r.self_rss_kib for r in res.self_runs)
    print("  rss-kib (self, at first paint)        "
          + (mib(self_rss) if self_rss else "0: the app could not read its VmRSS"))
    print()
    print(f"window watched on the X server, {len(res.ours)} runs each (+1 warm-up), "
          f"RSS ~{SETTLE_S:.0f} s after the window:")
    print(f"  {'':20s}{'window mapped':>20s}  {'first drawn':>20s}  {'RSS':>10s}")
    rows = [("guichet", res.ours)]
    if res.peer_version:
        rows.append((res.peer_name, res.theirs))
    for name, runs in rows:
        drawn = spread(r.drawn_ms for r in runs) if res.has_damage else "n/a (no DAMAGE)"
        print(f"  {name:20s}{spread(r.mapped_ms for r in runs):>20s}  {drawn:>20s}  "
              f"{mib(median(r.rss_kib for r in runs)):>10s}")
    if not res.peer_version:
        print(f"  {res.peer_name} not installed: skipped")
    print()
    print(f"for scale (from the issue, other machines): {ISSUE_FIGURES}")

    start = median(r.line_ms for r in res.self_runs)
    rss = median(r.rss_kib for r in res.ours) or self_rss
    time_met = start is not None and start <= TARGET_MS
    rss_met = bool(rss) and rss / 1024 <= TARGET_RSS_MIB
    print(f"target: start (spawn -> first paint line, median {start:.0f} ms) <= {TARGET_MS} ms: "
          f"{'MET' if time_met else 'NOT MET'}; "
          f"RSS (median {mib(rss)}) <= {TARGET_RSS_MIB} MiB: {'MET' if rss_met else 'NOT MET'}"
          f" => {'MET' if time_met and rss_met else 'NOT MET'}")


if __name__ == "__main__":
    sys.exit(main())
