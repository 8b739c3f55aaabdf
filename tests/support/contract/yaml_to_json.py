#!/usr/bin/env python3
"""Convert docs/api/portal.yaml to JSON so the C++ contract checker can read it.

Usage: python3 yaml_to_json.py <input.yaml> <output.json>

YAML 1.1 would turn unquoted dates and times into Python date objects, which have
no JSON form and are strings in the OpenAPI sense, so the loader keeps them as text.
"""

import json
import sys

import yaml


class _TextTimestampLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as the strings they were written as."""


_TextTimestampLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as source:
        document = yaml.load(source, Loader=_TextTimestampLoader)  # noqa: S506 (SafeLoader)
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump(document, target, ensure_ascii=False, indent=1)
        target.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
