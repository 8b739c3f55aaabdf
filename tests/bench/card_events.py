#!/usr/bin/env python3
"""Card inserted -> event in the application, over pcscd + vpcd + the virtual card.

For each of N insertions the script records three moments (CLOCK_MONOTONIC):
  t0  the virtual card is told to connect to vpcd (the card goes "into the reader"),
  t1  pcscd has powered the card and read its ATR (the card prints "inserted"),
  t2  the application's ReaderMonitor reports CardInserted (bench_reader_events).
t2 - t0 is what a person experiences; t2 - t1 is the application's own share once
pcscd knows the card. pcscd polls the vpcd driver for card presence, so t1 - t0
belongs to pcscd/vpcd, not to us. The anchors (Web eID, DigiDoc4) poll every 1-5 s.
Target: median <= 100 ms.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests/support/pcscd/pcscd-fixture.sh"
READER = "Virtual PCD 00 00"


class Line:
    """Reads lines from a process's stdout with a deadline."""

    def __init__(self, process):
        self.process = process

    def wait(self, prefix, timeout=10.0):
        deadline = time.monotonic() + timeout
        os.set_blocking(self.process.stdout.fileno(), True)
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError(f"process ended while waiting for {prefix!r}")
            line = line.decode().strip()
            if line.startswith(prefix):
                return line, time.monotonic_ns()
        raise RuntimeError(f"timeout waiting for {prefix!r}")


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--app", required=True, help="guichet executable (locates the build)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    build = Path(args.app).resolve().parent.parent
    events_exe = build / "tests/integration/bench_reader_events"
    card_exe = build / "tests/integration/guichet-virtual-card"
    pki = build / "tests/test-pki"
    for target, exe in (("bench_reader_events", events_exe), ("guichet-virtual-card", card_exe)):
        if not exe.exists():
            subprocess.run(["cmake", "--build", str(build), "--target", target], check=True,
                           stdout=subprocess.DEVNULL)
    if not (pki / ".complete").exists():
        subprocess.run(["bash", str(ROOT / "tests/support/pki/make-test-pki.sh"), str(pki)],
                       check=True)

    state = tempfile.mkdtemp(prefix="guichet-bench-pcscd.")
    if subprocess.run(["bash", str(FIXTURE), "start", state]).returncode != 0:
        print("card_events: pcscd could not be started", file=sys.stderr)
        return 2
    card = events = None
    try:
        card = subprocess.Popen([str(card_exe), "--pki", str(pki), "--removed"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        card_out = Line(card)
        card_out.wait("ready")
        events = subprocess.Popen([str(events_exe)], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        events_out = Line(events)
        events_out.wait("ready")

        total, ours = [], []
        for _ in range(args.runs + 1):
            t0 = time.monotonic_ns()
            card.stdin.write(b"insert\n")
            card.stdin.flush()
            _, t1 = card_out.wait("inserted")
            line, _ = events_out.wait("inserted")
            t2 = int(line.rsplit(" ", 1)[1])
            total.append((t2 - t0) / 1e6)
            ours.append((t2 - t1) / 1e6)
            card.stdin.write(b"remove\n")
            card.stdin.flush()
            card_out.wait("removed")
            events_out.wait("removed")
            time.sleep(0.7)  # let pcscd power the slot off before the next insertion
        total, ours = total[1:], ours[1:]  # first run is a warm-up

        print(f"card inserted -> event, {args.runs} runs (+1 warm-up), reader {READER!r}")
        print(f"  inserted -> application event   median {statistics.median(total):7.1f} ms"
              f"  [p10 {percentile(total, 10):.1f} .. p90 {percentile(total, 90):.1f}]")
        print(f"  pcscd knows -> application event median {statistics.median(ours):7.1f} ms"
              f"  [p10 {percentile(ours, 10):.1f} .. p90 {percentile(ours, 90):.1f}]")
        print("  for scale: the anchors poll every 1000-5000 ms")
        met = statistics.median(total) <= 100
        print(f"target: median <= 100 ms end to end: {'MET' if met else 'NOT MET'}"
              f" (our share after pcscd: {statistics.median(ours):.1f} ms)")
        return 0
    finally:
        for process in (events, card):
            if process and process.poll() is None:
                process.terminate()
                try:
                    process.wait(3)
                except subprocess.TimeoutExpired:
                    process.kill()
        subprocess.run(["bash", str(FIXTURE), "stop", state], stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    sys.exit(main())
