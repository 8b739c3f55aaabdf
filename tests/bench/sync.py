#!/usr/bin/env python3
"""Sync engine and local store benchmark against the simulated portal on loopback.

Targets (from the issue):
  - first full sync of a bulk space (10,000 documents, 200 dossiers with 2,000
    events, 2,000 access-log entries) and of the catalogue (fr, de, en) into a fresh
    store: <= 5 s, and <= 1.3x the time curl takes to fetch the same pages;
  - sync with nothing changed: 1 request per space, median <= 50 ms (20 runs);
  - catalogue search per keystroke ("declaration ecole" typed letter by letter):
    median and max <= 5 ms;
  - opening the store at start-up: median <= 50 ms (20 runs);
  - resident memory after the full sync: <= 120 MiB.

What is measured, honestly: bench_sync hosts the simulated portal on a thread of its
own (as `guichet --demo` does; database file seeded with the catalogue, then the bulk
space added for Marie), signs in as Marie with the simulated token and runs
SyncEngine over PortalClient into a fresh LocalStore, timed from syncNow() to
syncFinished. It records every request the sync made (URL and Accept-Language) and,
right after each full sync, runs ONE `curl --config` process fetching exactly those
URLs, with --cacert on the portal's CA and the bearer token, bodies to /dev/null;
curl reports one connection for all of them (checked). The CPU time of the client's
thread and of the portal's thread is printed too: the portal's is the same for the
sync and for curl (same pages), and under load the wall times follow the total CPU
more than the overlap. The full sync is repeated in
fresh stores, interleaved with curl, and medians are compared. The same portal
serves both, in the same run. RSS is VmRSS of the bench process, which also hosts
the portal (its figure before the sync is printed too).

Like the other benchmarks it prints figures and whether the targets are met, and exits
0 either way; it exits non-zero only if it could not measure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

FULL_TARGET_S = 5.0
CURL_RATIO_TARGET = 1.3
NOCHANGE_TARGET_MS = 50.0
SEARCH_TARGET_MS = 5.0
OPEN_TARGET_MS = 50.0
RSS_TARGET_MIB = 120.0
RUN_TIMEOUT_S = 140


class BenchError(Exception):
    """The benchmark could not measure (not a slow result)."""


def find_bench_exe(args) -> Path:
    if args.bench_exe:
        return Path(args.bench_exe)
    build_dir = Path(args.app).resolve().parent.parent
    exe = build_dir / "tests" / "integration" / "bench_sync"
    if not exe.exists() and any((build_dir / f).exists() for f in ("build.ninja", "Makefile")):
        print(f"sync: building bench_sync in {build_dir}", file=sys.stderr)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "bench_sync"],
                       check=False, capture_output=True, timeout=600)
    if not exe.exists():
        raise BenchError(f"{exe} not found (build the target bench_sync)")
    return exe


def parse(output: str) -> dict[str, list[int]]:
    figures = {}
    for line in output.splitlines():
        key, _, value = line.partition("=")
        if value and all(part.lstrip("-").isdigit() for part in value.split(",")):
            figures[key] = [int(v) for v in value.split(",")]
    return figures


def spread(values_ms: list[float]) -> str:
    if len(values_ms) < 2:
        return f"{values_ms[0]:8.2f} ms"
    return (f"{statistics.median(values_ms):8.2f} ms "
            f"[{min(values_ms):.2f}..{max(values_ms):.2f}]")


def verdict(met: bool) -> str:
    return "MET" if met else "NOT MET"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--app", required=True,
                        help="path to the guichet executable (locates the build folder)")
    parser.add_argument("--bench-exe", help="path to bench_sync (default: from --app)")
    parser.add_argument("--runs", type=int, default=20, help="no-change syncs and store opens")
    parser.add_argument("--full-runs", type=int, default=3,
                        help="full syncs into fresh stores, each followed by one curl run")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    curl = shutil.which("curl")
    if not curl:
        print("sync: missing curl (package curl)", file=sys.stderr)
        return 2
    try:
        exe = find_bench_exe(args)
        with tempfile.TemporaryDirectory(prefix="guichet-bench-sync.") as tmp:
            env = dict(os.environ, HOME=tmp, QT_LOGGING_RULES="guichet.*=false",
                       QT_QPA_PLATFORM="offscreen")
            try:
                done = subprocess.run(
                    [str(exe), "--curl", curl, "--runs", str(args.runs), "--full-runs",
                     str(args.full_runs), "--work", tmp],
                    env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
            except (OSError, subprocess.TimeoutExpired) as error:
                raise BenchError(f"bench_sync: {error}") from error
            if args.verbose:
                print(done.stdout, file=sys.stderr)
                print((Path(tmp) / "urls.txt").read_text(), file=sys.stderr)
            if done.returncode != 0:
                raise BenchError(f"bench_sync failed ({done.returncode}): {done.stderr.strip()}")
    except BenchError as error:
        print(f"sync: cannot measure: {error}", file=sys.stderr)
        return 1
    report(parse(done.stdout), curl)
    return 0


def report(f: dict[str, list[int]], curl: str) -> None:
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    ms = {key: [v / 1000 for v in values] for key, values in f.items() if key.endswith("-us")}
    print(f"Sync and local store against the simulated portal on loopback, median [min..max] "
          f"({os.cpu_count()} CPUs, load {load})")
    print(f"  portal seeded in {ms['seed-us'][0]:.0f} ms (catalogue, personas) "
          f"+ {ms['bulk-seed-us'][0]:.0f} ms (bulk space)")
    print(f"  full sync: {f['objects'][0]} objects of the bulk space, {f['procedures'][0]} "
          f"catalogue entries (3 languages), {f['requests'][0]} requests")
    ok, connects, size = f["curl-check"][:3]
    print(f"  curl ({curl}): {ok}/{f['requests'][0]} answers 200, {connects} connection(s), "
          f"{size / 1048576:.1f} MiB per run")
    print()
    full, theirs = ms["full-us"], ms["curl-us"]
    full_s = statistics.median(full) / 1000
    ratio = statistics.median(full) / statistics.median(theirs)
    print(f"  {'first full sync (fresh store)':44s}{spread(full)}  "
          f"(target <= {FULL_TARGET_S:.0f} s): {verdict(full_s <= FULL_TARGET_S)}")
    print(f"  {'curl, same URLs, one connection':44s}{spread(theirs)}")
    print(f"  {'ratio sync / curl':44s}{ratio:8.2f}     "
          f"(target <= {CURL_RATIO_TARGET}): {verdict(ratio <= CURL_RATIO_TARGET)}")
    if "full-client-cpu-us" in ms:
        # CPU, not wall time: what each side costs whatever else the machine runs.
        print(f"  {'  client thread CPU during the sync':44s}{spread(ms['full-client-cpu-us'])}")
        if "full-writer-cpu-us" in ms:
            print(f"  {'  store writer thread CPU during the sync':44s}"
                  f"{spread(ms['full-writer-cpu-us'])}")
        print(f"  {'  portal thread CPU during the sync':44s}{spread(ms['full-portal-cpu-us'])}")
        print(f"  {'  portal thread CPU during curl':44s}{spread(ms['curl-portal-cpu-us'])}")
        sync_cpu, curl_cpu = ms["full-total-cpu-us"], ms["curl-total-cpu-us"]
        print(f"  {'  all CPU, sync (client, writer, portal)':44s}{spread(sync_cpu)}")
        print(f"  {'  all CPU, curl (curl, portal)':44s}{spread(curl_cpu)}  ratio "
              f"{statistics.median(sync_cpu) / statistics.median(curl_cpu):.2f}")
    requests = f["nochange-requests"]
    nochange = ms["nochange-us"]
    print(f"  {'sync, nothing changed: requests':44s}{max(requests):8d}     "
          f"(target 1 per space, 1 space): {verdict(max(requests) <= 1)}")
    print(f"  {f'sync, nothing changed ({len(nochange)} runs)':44s}{spread(nochange)}  "
          f"(target <= {NOCHANGE_TARGET_MS:.0f} ms): "
          f"{verdict(statistics.median(nochange) <= NOCHANGE_TARGET_MS)}")
    search = ms["search-us"]
    matches = ",".join(str(m) for m in f["search-matches"])
    print(f"  {'catalogue search per keystroke':44s}{spread(search)}  "
          f"(target <= {SEARCH_TARGET_MS:.0f} ms, max too): "
          f"{verdict(max(search) <= SEARCH_TARGET_MS)}")
    print(f"    ({len(search)} keystrokes, 'declaration ecole' x 3, fr, limit 201, "
          f"FTS5 {'on' if f['fulltext'][0] else 'off'}; matches {matches})")
    opens = ms["open-us"]
    print(f"  {f'open the store ({len(opens)} runs)':44s}{spread(opens)}  "
          f"(target <= {OPEN_TARGET_MS:.0f} ms): "
          f"{verdict(statistics.median(opens) <= OPEN_TARGET_MS)}")
    rss = f["rss-after-sync-kib"][0] / 1024
    print(f"  {'VmRSS after the full sync':44s}{rss:8.1f} MiB "
          f"(target <= {RSS_TARGET_MIB:.0f} MiB): {verdict(rss <= RSS_TARGET_MIB)}")
    print(f"    (process hosts the portal too: {f['rss-before-kib'][0] / 1024:.1f} MiB "
          "before the sync, after seeding and login)")


if __name__ == "__main__":
    sys.exit(main())
