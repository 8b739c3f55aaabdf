#!/usr/bin/env python3
# Regenerates docs/errors.md from core/ErrorCatalogue.cpp and core/ErrorCodes.h.
# Run from the repository root after adding an error code: python3 scripts/generate-error-docs.py
import re,sys
src=open('core/ErrorCatalogue.cpp').read()
codes=dict(re.findall(r'inline constexpr char (\w+)\[\] = "([A-Z0-9]+-\d{3})";',open('core/ErrorCodes.h').read()))
body=src[src.index('constexpr std::array Entries{'):]
entries=re.findall(r'ErrorEntry\{\s*Code::(\w+),(.*?)\},\n(?=\s*(?:ErrorEntry|\};))', body, re.S)
rows=[]
for name,rest in entries:
    # split into args: QT_TRANSLATE_NOOP("ErrorCatalogue", ...) , QT_TRANSLATE_NOOP(...), "..."
    rest=rest.replace('"ErrorCatalogue",','')
    parts=[''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', g)) for g in re.findall(r'(?:"(?:[^"\\]|\\.)*"\s*)+', rest)]
    assert len(parts)==3,(name,parts)
    parts=[p.replace('\\"','"') for p in parts]
    rows.append((codes[name],*parts))
out=open('docs/errors.md','w')
out.write('''# Error codes

Every problem the application reports to a person has a stable code. The person
sees the message and the "what to do" line in their language (French, German or
English); help-desk staff can look the code up here. The table is kept equal to
`core/ErrorCatalogue.cpp` by the test `tst_core_errorcatalogue`: add a code in both
places, in the same order. Codes are never reused for another meaning.

Prefixes: `APP` start-up and command line, `CFG` settings, `DATA` local data and
logs, `GEN` anything without a more precise code. Later rooms add `CARD`, `P11`,
`NET`, `SYNC`, `FORM` and `SIGN`.

| Code | Message (English source) | What to do | Help-desk detail |
| --- | --- | --- | --- |
''')
for r in rows:
    out.write('| `%s` | %s | %s | %s |\n'%r)
