#!/usr/bin/env python3
"""Check the portal's OpenAPI file against the rules the project relies on.

Usage: python3 tests/api/check_openapi.py docs/api/portal.yaml

Needs only the standard library and PyYAML (Debian: python3-yaml). Each check is
one category; a category fails if any of its rules is broken anywhere in the file.
The script prints every problem found, then "N paths, M operations checked" and
"K passed, F failed", and exits 1 when anything failed (2 on a usage error).

Checks:
  yaml               the file parses as YAML and holds a mapping
  openapi-version    `openapi` is 3.0.x
  refs               every local `$ref` points to something (no external refs)
  operation-fields   every operation has operationId, summary and responses
  operation-ids      operationIds are unique
  idempotency        every POST/PUT/PATCH/DELETE takes an `Idempotency-Key` header,
                     except under /auth/ and /tsa: a challenge must be fresh on every
                     call, a token exchange is guarded by its one-use nonce or refresh
                     token, logout is idempotent by nature, and a time-stamp request
                     keeps no state (see "Idempotency" in the API description)
  problem-responses  every 4xx/5xx (and `default`) response is
                     application/problem+json whose schema is the Problem schema
  bearer-security    every personal-space path (/spaces...) requires a bearer scheme
  path-parameters    every {name} in a path is declared as a path parameter, and back
  examples           examples agree with their schema: type, enum, required members,
                     string pattern, nullable, recursively through properties, items
                     and allOf (oneOf/anyOf and untyped schemas are not checked)
"""

from __future__ import annotations

import datetime
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the machine
    print("error: PyYAML is missing (Debian: apt-get install python3-yaml)", file=sys.stderr)
    sys.exit(1)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MUTATING_METHODS = {"post", "put", "patch", "delete"}
PERSONAL_SPACE_PREFIX = "/spaces"
PROBLEM_REF = "#/components/schemas/Problem"
PROBLEM_MEDIA_TYPE = "application/problem+json"
MAX_REPORTED_PER_CHECK = 25

_MISSING = object()


class Report:
    """Collects the result of each check category, in the order they ran."""

    def __init__(self) -> None:
        self.results: list[tuple[str, str, list[str]]] = []

    def add(self, name: str, what: str, problems: list[str]) -> None:
        self.results.append((name, what, problems))

    def print(self) -> None:
        for name, what, problems in self.results:
            status = "PASS" if not problems else "FAIL"
            suffix = "" if not problems else f" ({len(problems)} problem(s))"
            print(f"[{status}] {name}: {what}{suffix}")
            for problem in problems[:MAX_REPORTED_PER_CHECK]:
                print(f"       - {problem}")
            if len(problems) > MAX_REPORTED_PER_CHECK:
                print(f"       ... and {len(problems) - MAX_REPORTED_PER_CHECK} more")

    @property
    def failed(self) -> int:
        return sum(1 for _, _, problems in self.results if problems)

    @property
    def passed(self) -> int:
        return len(self.results) - self.failed


# ---------------------------------------------------------------- helpers


def resolve_pointer(doc, ref: str):
    """Return what a local `#/...` reference points to, or _MISSING."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return _MISSING
    node = doc
    pointer = ref[1:]
    if pointer in ("", "/"):
        return doc
    for raw in pointer.lstrip("/").split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return _MISSING
    return node


def deref(doc, node, limit: int = 20):
    """Follow `$ref` chains; returns None when a reference is broken."""
    while isinstance(node, dict) and "$ref" in node and limit > 0:
        node = resolve_pointer(doc, node["$ref"])
        if node is _MISSING:
            return None
        limit -= 1
    return node


def iter_operations(doc):
    """Yield (path, method, operation, path_item) for every operation."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op, item


def effective_parameters(doc, op: dict, path_item: dict) -> list[dict]:
    """Path-level parameters overridden by operation-level ones (same name + in)."""
    merged: dict[tuple[str, str], dict] = {}
    for source in (path_item.get("parameters") or [], op.get("parameters") or []):
        for raw in source:
            param = deref(doc, raw)
            if isinstance(param, dict) and "name" in param and "in" in param:
                merged[(str(param["in"]), str(param["name"]).lower())] = param
    return list(merged.values())


def op_label(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


def walk(node, location: str = "#"):
    """Yield (location, node) for every dict and list in the document."""
    yield location, node
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                yield from walk(value, f"{location}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, (dict, list)):
                yield from walk(value, f"{location}/{index}")


# ---------------------------------------------------------------- checks


def check_openapi_version(doc) -> list[str]:
    version = doc.get("openapi")
    if not isinstance(version, str) or not re.fullmatch(r"3\.0\.\d+", version):
        return [f"`openapi` is {version!r}, expected 3.0.x (a string such as '3.0.3')"]
    return []


def check_refs(doc) -> list[str]:
    problems = []
    for location, node in walk(doc):
        if isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                problems.append(f"{location}: $ref {ref!r} is not a local reference (#/...)")
            elif resolve_pointer(doc, ref) is _MISSING:
                problems.append(f"{location}: $ref {ref} points to nothing")
    return problems


def check_operation_fields(doc) -> list[str]:
    problems = []
    for path, method, op, _ in iter_operations(doc):
        for field in ("operationId", "summary"):
            value = op.get(field)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{op_label(path, method)}: no {field}")
        responses = op.get("responses")
        if not isinstance(responses, dict) or not responses:
            problems.append(f"{op_label(path, method)}: no responses")
    return problems


def check_operation_ids_unique(doc) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for path, method, op, _ in iter_operations(doc):
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            continue
        if op_id in seen:
            problems.append(f"operationId {op_id!r} used by {seen[op_id]} and {op_label(path, method)}")
        else:
            seen[op_id] = op_label(path, method)
    return problems


def is_idempotency_exempt(path: str) -> bool:
    """/auth/* and /tsa need no key (see the module docstring for why)."""
    return path.startswith("/auth/") or path == "/tsa" or path.startswith("/tsa/")


def check_idempotency(doc) -> list[str]:
    problems = []
    for path, method, op, item in iter_operations(doc):
        if method not in MUTATING_METHODS or is_idempotency_exempt(path):
            continue
        params = effective_parameters(doc, op, item)
        if not any(p.get("in") == "header" and str(p.get("name")).lower() == "idempotency-key" for p in params):
            problems.append(f"{op_label(path, method)}: no Idempotency-Key header parameter")
    return problems


def schema_is_problem(doc, schema) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("$ref") == PROBLEM_REF:
        return True
    return any(isinstance(s, dict) and s.get("$ref") == PROBLEM_REF for s in schema.get("allOf") or [])


def is_error_status(status) -> bool:
    text = str(status).upper()
    return text == "DEFAULT" or text[:1] in ("4", "5")


def check_problem_responses(doc) -> list[str]:
    problems = []
    for path, method, op, _ in iter_operations(doc):
        for status, raw in (op.get("responses") or {}).items():
            if not is_error_status(status):
                continue
            where = f"{op_label(path, method)} {status}"
            response = deref(doc, raw)
            if not isinstance(response, dict):
                problems.append(f"{where}: response cannot be resolved")
                continue
            content = response.get("content") or {}
            media = content.get(PROBLEM_MEDIA_TYPE)
            if not isinstance(media, dict):
                problems.append(f"{where}: no {PROBLEM_MEDIA_TYPE} content")
            elif not schema_is_problem(doc, media.get("schema")):
                problems.append(f"{where}: {PROBLEM_MEDIA_TYPE} schema is not {PROBLEM_REF}")
            others = sorted(set(content) - {PROBLEM_MEDIA_TYPE})
            if others:
                problems.append(f"{where}: error also offered as {', '.join(others)}")
    return problems


def bearer_scheme_names(doc) -> set[str]:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    names = set()
    for name, raw in schemes.items():
        scheme = deref(doc, raw)
        if isinstance(scheme, dict) and scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            names.add(name)
    return names


def check_bearer_security(doc) -> list[str]:
    bearer = bearer_scheme_names(doc)
    problems = [] if bearer else ["components.securitySchemes has no http bearer scheme"]
    for path, method, op, _ in iter_operations(doc):
        if not (path == PERSONAL_SPACE_PREFIX or path.startswith(PERSONAL_SPACE_PREFIX + "/")):
            continue
        requirements = op.get("security", doc.get("security")) or []
        # Every alternative must include bearer, else the path could be used without it.
        ok = bool(requirements) and all(isinstance(r, dict) and bearer & set(r) for r in requirements)
        if not ok:
            problems.append(f"{op_label(path, method)}: personal-space path without bearer security")
    return problems


def check_path_parameters(doc) -> list[str]:
    problems = []
    for path, method, op, item in iter_operations(doc):
        in_template = set(re.findall(r"\{([^}/]+)\}", path))
        declared = {str(p.get("name")): p for p in effective_parameters(doc, op, item) if p.get("in") == "path"}
        for name in sorted(in_template - set(declared)):
            problems.append(f"{op_label(path, method)}: {{{name}}} is not declared as a path parameter")
        for name in sorted(set(declared) - in_template):
            problems.append(f"{op_label(path, method)}: path parameter {name!r} is not in the path")
        for name, param in declared.items():
            if param.get("required") is not True:
                problems.append(f"{op_label(path, method)}: path parameter {name!r} must be required: true")
    return problems


# ---------------------------------------------------------------- examples

_TYPE_CHECKS = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def describe(value) -> str:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"an unquoted YAML date ({value}); quote it to make a string"
    return f"{type(value).__name__} {value!r}"[:120]


def validate_example(doc, value, schema, where: str, problems: list[str], depth: int = 0) -> None:
    """Check a few basic facts of `value` against `schema` (see module docstring)."""
    schema = deref(doc, schema)
    if not isinstance(schema, dict) or depth > 40:
        return
    if value is None:
        # OpenAPI 3.0.3: `nullable` only counts beside a `type`; `allOf` members must allow null themselves.
        if schema.get("nullable") and "type" in schema:
            return
        if "type" in schema:
            problems.append(f"{where}: null but the schema is not nullable")
        for sub in schema.get("allOf") or []:
            validate_example(doc, value, sub, where, problems, depth + 1)
        return
    for sub in schema.get("allOf") or []:
        validate_example(doc, value, sub, where, problems, depth + 1)
    expected = schema.get("type")
    if expected in _TYPE_CHECKS and not _TYPE_CHECKS[expected](value):
        problems.append(f"{where}: expected {expected}, got {describe(value)}")
        return
    if isinstance(value, (datetime.date, datetime.datetime)):
        problems.append(f"{where}: {describe(value)}")
        return
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str) and isinstance(schema.get("pattern"), str):
        try:
            if not re.search(schema["pattern"], value):
                problems.append(f"{where}: {value!r} does not match pattern {schema['pattern']}")
        except re.error as err:
            problems.append(f"{where}: pattern {schema['pattern']!r} is not a valid regex ({err})")
    if isinstance(value, dict):
        for name in schema.get("required") or []:
            if name not in value:
                problems.append(f"{where}: required member {name!r} missing")
        properties = schema.get("properties") or {}
        for name, member in value.items():
            if name in properties:
                validate_example(doc, member, properties[name], f"{where}.{name}", problems, depth + 1)
    if isinstance(value, list) and "items" in schema:
        for index, element in enumerate(value):
            validate_example(doc, element, schema["items"], f"{where}[{index}]", problems, depth + 1)


def iter_schema_examples(node, location: str):
    """Yield (location, schema, example) for a schema and every schema nested in it."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    if "example" in node:
        yield location, node, node["example"]
    for key in ("allOf", "oneOf", "anyOf"):
        for index, sub in enumerate(node.get(key) or []):
            yield from iter_schema_examples(sub, f"{location}/{key}/{index}")
    for name, sub in (node.get("properties") or {}).items():
        yield from iter_schema_examples(sub, f"{location}/properties/{name}")
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield from iter_schema_examples(node[key], f"{location}/{key}")


def iter_media_examples(doc):
    """Yield (location, schema, example) from media types, parameters and headers."""
    for location, node in walk(doc):
        if not isinstance(node, dict):
            continue
        schema = node.get("schema")
        if schema is None:
            continue
        is_media_like = "content" not in node  # media types, parameters and headers hold `schema`
        if not is_media_like:
            continue
        if "example" in node:
            yield f"{location}/example", schema, node["example"]
        for name, raw in (node.get("examples") or {}).items():
            example = deref(doc, raw)
            if isinstance(example, dict) and "value" in example:
                yield f"{location}/examples/{name}", schema, example["value"]
        yield from iter_schema_examples(deref(doc, schema), f"{location}/schema")


def check_examples(doc) -> list[str]:
    problems: list[str] = []
    seen: set[tuple[int, int]] = set()
    # Component schemas first, so that their examples are reported under their own name.
    sources = []
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        sources.extend(iter_schema_examples(schema, f"#/components/schemas/{name}"))
    sources.extend(iter_media_examples(doc))
    for location, schema, example in sources:
        key = (id(schema), id(example))
        if key in seen:  # a component schema reached through several references
            continue
        seen.add(key)
        validate_example(doc, example, schema, location, problems)
    return problems


# ---------------------------------------------------------------- main


def load(path: str):
    with open(path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = argv[1]
    report = Report()
    print(f"checking {path}")
    try:
        doc = load(path)
    except (OSError, yaml.YAMLError) as err:
        report.add("yaml", "the file parses", [str(err).replace("\n", " ")])
        doc = None
    else:
        problems = [] if isinstance(doc, dict) else ["the top level is not a mapping"]
        report.add("yaml", "the file parses", problems)
    if not isinstance(doc, dict):
        report.print()
        print(f"{report.passed} passed, {report.failed} failed")
        return 1

    checks = [
        ("openapi-version", f"openapi is {doc.get('openapi')}", check_openapi_version),
        ("refs", "every $ref resolves", check_refs),
        ("operation-fields", "operationId, summary, responses on every operation", check_operation_fields),
        ("operation-ids", "operationIds are unique", check_operation_ids_unique),
        ("idempotency", "Idempotency-Key on mutating operations (except /auth/*, /tsa)", check_idempotency),
        ("problem-responses", "4xx/5xx are application/problem+json with Problem", check_problem_responses),
        ("bearer-security", "personal-space paths require bearer security", check_bearer_security),
        ("path-parameters", "path templates and path parameters agree", check_path_parameters),
        ("examples", "examples agree with their schemas", check_examples),
    ]
    for name, what, check in checks:
        report.add(name, what, check(doc))

    report.print()
    operations = sum(1 for _ in iter_operations(doc))
    print(f"{len(doc.get('paths') or {})} paths, {operations} operations checked")
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
