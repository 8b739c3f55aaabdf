#!/usr/bin/env python3
# Regenerates docs/errors.md, and the code table at the end of docs/helpdesk.md, from
# core/ErrorCatalogue.cpp and core/ErrorCodes.h.
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

# docs/helpdesk.md: for each code, the symptom section that mentions it and the layer
# of the Diagnostics page where it shows. The sections themselves are written by hand.
LAYERS={'APP':'This computer','CFG':'Portal settings','DATA':'Data folder',
        'CARD':'Card in the reader','P11':'Card middleware / Card or signing stick',
        'CERT':'Certificate','SIGN':'Card or signing stick, Certificate',
        'AUTH':'Certificate, Portal answer','NET':'Connection, Secure connection, Portal answer',
        'SYNC':'Portal answer, Local data','STORE':'Local data','VAULT':'Local data, System keychain',
        'FORM':'Local data (outbox)','SPACE':'(not a layer: the person\'s role)',
        'KEY':'System keychain','GEN':'(any)'}
EXACT={'CARD-001':'Smart card service (PC/SC)','CARD-002':'Card readers','CARD-003':'Card in the reader',
       'P11-004':'Card or signing stick','P11-005':'Card or signing stick','NET-012':'Computer clock',
       'NET-002':'Secure connection (TLS)','NET-010':'Secure connection (TLS)','NET-001':'Portal name lookup, Connection',
       'CFG-001':'This computer','CFG-002':'This computer','CFG-003':'This computer','CFG-004':'This computer'}
guide=open('docs/helpdesk.md').read()
head,rest=guide.split('<!-- codes:begin -->')
tail=rest.split('<!-- codes:end -->')[1]
sections=re.split(r'^## ',head,flags=re.M)
table=['| Code | Section | Where on the Diagnostics page |','| --- | --- | --- |']
for r in rows:
    code=r[0]
    where=[sec.split('\n',1)[0].strip() for sec in sections[1:] if '`%s`'%code in sec]
    section=where[0] if where else '(not described yet)'
    table.append('| `%s` | %s | %s |'%(code,section.replace('|','/'),EXACT.get(code,LAYERS[code.split('-')[0]])))
open('docs/helpdesk.md','w').write(head+'<!-- codes:begin -->\n'+'\n'.join(table)+'\n<!-- codes:end -->'+tail)
