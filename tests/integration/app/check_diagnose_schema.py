#!/usr/bin/env python3
"""guichet --diagnose --json against docs/diagnostics-schema.json, as a script would use it.

Run inside with-keyring.sh (a private D-Bus session with an unlocked keyring), so the
demo is healthy from end to end: exit code 0 and every checked layer ok. Then a run
with a closed portal port: exit 4, the failing layer first in firstProblem. Both
outputs must validate against the schema.
Usage: check_diagnose_schema.py GUICHET_BINARY SOURCE_DIR
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

import jsonschema


def run(binary, args, home):
    env = dict(os.environ)
    env.update({"HOME": home, "XDG_CONFIG_HOME": home + "/config",
                "XDG_DATA_HOME": home + "/data",
                "GUICHET_SYSTEM_SETTINGS": home + "/sys.ini", "LANGUAGE": "en"})
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    started = time.monotonic()
    done = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=30)
    return done, time.monotonic() - started


def main():
    binary, source = sys.argv[1], sys.argv[2]
    with open(os.path.join(source, "docs", "diagnostics-schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []

    with tempfile.TemporaryDirectory() as home:
        done, seconds = run(binary, ["--demo", "--diagnose", "--json"], home)
        report = json.loads(done.stdout)
        failures += [f"demo: {e.message}" for e in validator.iter_errors(report)]
        bad = [c for c in report["checks"] if c["state"] not in ("ok", "not-checked")]
        if done.returncode != 0 or bad:
            failures.append(f"demo: exit {done.returncode}, not ok: {json.dumps(bad)[:800]}")
        print(f"healthy demo: exit {done.returncode} in {seconds:.2f} s, "
              f"{len(report['checks'])} checks")

    with tempfile.TemporaryDirectory() as home:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        done, seconds = run(binary, ["--diagnose", "--json", "--portal",
                                     f"https://127.0.0.1:{port}"], home)
        report = json.loads(done.stdout)
        failures += [f"closed port: {e.message}" for e in validator.iter_errors(report)]
        layers = [c["layer"] for c in report["checks"]]
        connection = report["checks"][layers.index("connection")]
        if done.returncode != 4 or connection["state"] != "failed" or connection.get("code") != "NET-001":
            failures.append(f"closed port: exit {done.returncode}, connection {connection}")
        first = report["checks"][report["firstProblem"]]
        if first["state"] != "failed":
            failures.append(f"closed port: firstProblem points at {first}")
        print(f"portal unreachable: exit {done.returncode} in {seconds:.2f} s, "
              f"first problem: {first['layer']} {first.get('code', '')}")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
