#!/usr/bin/env python3
"""Writes the text and byte seeds of the fuzz corpus (tests/fuzz/corpus/<target>/) from
the project's own data: the simulated portal's forms, the examples of
docs/api/portal.yaml, the ATR table's cards, APDU exchanges of ISO 7816-4. The PDF, CMS
and certificate seeds are made by make_pki_seeds.sh (they need OpenSSL and the
project's signer). Usage: tests/fuzz/make_corpus.py  (rewrites the files it owns)."""

import json
import pathlib
import struct
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / name).write_bytes(data)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def record(data):
    """One record of fuzz_apdu / fuzz_multipart: two-byte big-endian length, bytes."""
    return struct.pack(">H", len(data)) + data


# ---------- form_schema: the simulated portal's forms, in one language ----------

def localise(value, language):
    if isinstance(value, dict):
        if set(value) == {"fr", "de", "en"}:
            return value[language]
        return {k: localise(v, language) for k, v in value.items()}
    if isinstance(value, list):
        return [localise(v, language) for v in value]
    return value


def form_seeds():
    forms = sorted((ROOT / "sim" / "seed" / "forms").glob("*.json"))
    for index, path in enumerate(forms):
        form = json.loads(path.read_text(encoding="utf-8"))
        # What FormLibrary adds before the portal serves a form.
        form["publishedAt"] = "2025-01-06T08:00:00Z"
        form["acceptedUntil"] = None
        language = ("fr", "de", "en")[index % 3]
        write("form_schema", f"{path.stem}-{language}.json", compact(localise(form, language)))
    # A small form with every rule kind and answers for the validator.
    small = {
        "id": "F-FUZZ-SMALL", "version": "1.0.0", "procedureId": "P-CIT-FUZZ-SMALL",
        "title": "Small", "authentication": "none", "signature": "card",
        "administration": {"id": "ctie", "name": "CTIE"},
        "publishedAt": "2025-01-06T08:00:00Z", "acceptedUntil": "2026-12-31T23:59:59Z",
        "attachments": [{"id": "proof", "label": "Proof", "required": False,
                         "mediaTypes": ["application/pdf"], "maxSize": 1048576,
                         "maxCount": 2,
                         "visibleWhen": {"field": "kind", "operator": "equals",
                                         "value": "b"}}],
        "sections": [{"id": "main", "title": "Main", "fields": [
            {"id": "kind", "type": "choice", "label": "Kind", "required": True,
             "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]},
            {"id": "name", "type": "text", "label": "Name", "required": True,
             "validation": [{"kind": "minLength", "value": 2},
                            {"kind": "maxLength", "value": 40},
                            {"kind": "pattern", "value": "^[A-Za-z ]+$"}]},
            {"id": "start", "type": "date", "label": "Start",
             "validation": [{"kind": "minDate", "value": "today"}]},
            {"id": "end", "type": "date", "label": "End",
             "validation": [{"kind": "afterField", "value": "start"}],
             "visibleWhen": {"all": [{"field": "kind", "operator": "in",
                                      "value": ["a", "b"]},
                                     {"field": "start", "operator": "isNotEmpty"}]}},
            {"id": "iban", "type": "iban", "label": "IBAN"},
            {"id": "children", "type": "group", "label": "Children",
             "validation": [{"kind": "maxItems", "value": 3}],
             "fields": [{"id": "childName", "type": "text", "label": "Child"},
                        {"id": "childBorn", "type": "date", "label": "Born"}]},
            {"id": "file", "type": "attachment", "label": "File",
             "attachmentRequirement": "proof"}]}],
        "x-fuzz-answers": {"kind": "b", "name": "Marie Schmit", "start": "2026-04-01",
                           "end": "2026-03-01", "iban": "LU28 0019 4006 4475 0000",
                           "children": [{"childName": "Paul", "childBorn": "2015-02-30"}]},
    }
    write("form_schema", "small-every-rule.json", compact(small))


# ---------- feed_page, raw_json_items, problem_json: docs/api/portal.yaml ----------

def api_seeds():
    api = yaml.safe_load((ROOT / "docs" / "api" / "portal.yaml").read_text(encoding="utf-8"))
    schemas = api["components"]["schemas"]
    feed = schemas["ChangeFeed"]["example"]
    write("feed_page", "portal-yaml-example.json", json.dumps(feed, indent=2))
    write("feed_page", "more-and-unknown-kind.json", compact({
        "changes": [{"kind": "newKind", "id": "X-1", "op": "upsert", "version": 1,
                     "href": "/api/v1/x/X-1", "parentId": None,
                     "changedAt": "2025-03-14T08:12:40Z"}] + feed["changes"][:2],
        "cursor": "fc_0000000000000001", "hasMore": True}))
    write("feed_page", "empty.json", '{"changes":[],"cursor":"fc_0","hasMore":false}')

    for name in ("ProcedurePage", "DossierEventPage", "AccessLogPage", "DataRecordList"):
        example = schemas[name]["example"]
        write("raw_json_items", f"{name}.json", json.dumps(example, ensure_ascii=False,
                                                          indent=1))
    write("raw_json_items", "nested-and-escapes.json",
          '{"total":3,"meta":{"items":[9]},"items":[{"t":"a]}\\"[{,"},[1,[2]],"s",3.5,'
          'true,null,{"a":[{}]},"\\u00e9\\\\"],"nextCursor":null}')

    problems = []

    def collect(node):
        if isinstance(node, dict):
            content = node.get("application/problem+json")
            if isinstance(content, dict):
                if "example" in content:
                    problems.append(content["example"])
                for example in (content.get("examples") or {}).values():
                    problems.append(example["value"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(api)
    seen = set()
    for problem in problems:
        code = problem.get("code")
        if code in seen:
            continue
        seen.add(code)
        text = f"{problem.get('status', 400)}\napplication/problem+json; charset=utf-8\n"
        write("problem_json", f"{code}.txt", text + json.dumps(problem, ensure_ascii=False))
    write("problem_json", "html-gateway.txt",
          "502\ntext/html\n<html><body>Bad gateway</body></html>")
    write("problem_json", "body-only.json",
          '{"type":"https://www.myguichet.lu/api/problems/AUTH-009","title":"x",'
          '"status":401,"code":"AUTH-009","instance":"urn:uuid:1"}')


# ---------- multipart ----------

def multipart_seeds():
    boundary = "guichet-0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    body = (f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="message"\r\n'
            "Content-Type: application/json\r\n\r\n"
            '{"subject":"Attestation","body":"Bonjour"}\r\n'
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="fiche de paie.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
            "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n\r\n"
            f"--{boundary}--\r\n")
    write("multipart", "message-with-file.txt",
          f"multipart/form-data; boundary={boundary}\n" + body)
    write("multipart", "quoted-boundary.txt",
          'multipart/form-data; boundary="b1"\n--b1\r\nContent-Disposition: form-data; '
          'name="title"\r\n\r\nPayslip\r\n--b1--\r\n')
    # Round-trip records: field name, field value, file name, file type, file bytes.
    write("multipart", "records-file-name-with-quotes.bin",
          record(b"title") + record(b"Payslip") + record('Résumé "final" 2025.pdf'.encode())
          + record(b"application/pdf") + b"%PDF-1.4\n")


# ---------- atr: the table's cards and readers ----------

def atr_seeds():
    # The ATRs of tests/unit/smartcard/tst_smartcard_profiles.cpp, one per rule kind.
    atrs = {
        "luxtrust-idprime": "3B 7F 96 00 00 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00",
        "luxtrust-classic-7d": "3B 7D 94 00 00 80 31 80 65 B0 83 11 00 C8 83 00 90 00",
        "eid-2014-pcsc-tools": "3B 8F 80 01 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00 73",
        "eid-applet-03-contact": "3B 7F 96 00 00 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00",
        "eid-applet-05-contactless":
            "3B 8F 80 01 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00 FF",
        "eid-type-b": "3B 88 80 01 E1 F3 5E 11 77 A1 97 00 15",
        "belgian-eid-foreign": "3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00",
    }
    # The virtual card of tests/support/virtualcard (AtrOnlyCard::defaultAtr).
    historical = b"Guichet-ATR"
    virtual = bytes([0x3B, 0x80 | len(historical), 0x80, 0x01]) + historical
    check = 0
    for byte in virtual[1:]:
        check ^= byte
    atrs["virtual-card"] = (virtual + bytes([check])).hex(" ")
    for name, hex_text in atrs.items():
        atr = bytes.fromhex(hex_text.replace(" ", ""))
        write("atr", f"{name}.bin", bytes([len(atr)]) + atr + b"REINER SCT cyberJack RFID basis 00 00")
    stick = bytes.fromhex("3B7D96000080318065B0831100C883009000")
    write("atr", "signing-stick-reader.bin",
          bytes([len(stick)]) + stick + b"Gemalto USB Shell Token V2 (3F2A1B00) 00 00")


# ---------- apdu: a card and reader session ----------

def apdu_seeds():
    def session(first_answer, sw, readers, atr, features, command, answers, pin_answer=b""):
        data = record(first_answer) + sw + record(readers) + record(atr) + record(features)
        data += record(command)
        for answer in answers:
            data += record(answer)
        if pin_answer:
            data += record(pin_answer)
        return data

    readers = b"Gemalto PC Twin Reader 00 00\0OMNIKEY 3121 01 00\0\0"
    atr = bytes.fromhex("3B 7F 96 00 00 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00")
    # PC/SC part 10 features: VERIFY_PIN_DIRECT (06) and IFD_PIN_PROPERTIES (0A).
    features = bytes.fromhex("0604 42000db4 0a04 42000db8".replace(" ", ""))
    select = bytes.fromhex("00A40400") + b"\x01\x00" + bytes.fromhex("A000000308000010000100")
    write("apdu", "select-ok.bin", session(bytes.fromhex("9000"), b"\x90\x00", readers, atr,
                                           features, select, [bytes.fromhex("6F0A84089000")]))
    write("apdu", "get-response-chain.bin",
          session(bytes.fromhex("0102036104"), b"\x63\xC2", readers, atr, features, select,
                  [bytes.fromhex("6110"), bytes.fromhex("00112233445566778899AABBCCDDEEFF6104"),
                   bytes.fromhex("DEADBEEF9000")], bytes.fromhex("63C1")))
    write("apdu", "wrong-le-retry.bin",
          session(bytes.fromhex("6C20"), b"\x69\x83", readers, atr, b"", select,
                  [bytes.fromhex("6C20"), bytes(32) + bytes.fromhex("9000")]))
    write("apdu", "bad-feature-tlv.bin",
          session(b"\x90", b"\x64\x00", b"", atr, bytes.fromhex("0603420000"), select,
                  [b""]))


# ---------- pdf_signature: small hand-made PDFs ----------

def pdf_file(objects):
    """A PDF with the given object bodies (object i + 1 is objects[i]), root object 1."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def page_objects(catalog_extra=b""):
    text = b"BT /F1 12 Tf 20 100 Td (Guichet) Tj ET"
    return [
        b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def pdf_seeds():
    # The input make_pki_seeds.sh signs with the project's signer.
    write("pdf_signature", "minimal-unsigned.pdf", pdf_file(page_objects()))
    # A signature field under a parent whose other kid points back at the parent (a
    # cycle), with a /ByteRange that covers the file except a /Contents of zeros.
    placeholder = b"[0 AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC]"
    objects = page_objects(b" /AcroForm << /Fields [6 0 R] /SigFlags 3 >>") + [
        b"<< /FT /Sig /T (parent) /Kids [7 0 R 8 0 R] >>",
        b"<< /T (sig1) /Parent 6 0 R /V 9 0 R /Type /Annot /Subtype /Widget "
        b"/Rect [0 0 0 0] /P 3 0 R >>",
        b"<< /T (loop) /Parent 6 0 R /Kids [6 0 R] >>",
        b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached "
        b"/ByteRange " + placeholder + b" /Contents <" + b"0" * 64 + b"> "
        b"/M (D:20260310174403Z) /Name (Fuzz) /Reason (Seed) >>",
    ]
    pdf = pdf_file(objects)
    open_at = pdf.index(b"/Contents <") + 10
    close_at = open_at + 65
    numbers = b"[0 %-10d %-10d %-10d]" % (open_at, close_at + 1, len(pdf) - close_at - 1)
    assert len(numbers) == len(placeholder)
    write("pdf_signature", "handmade-field-cycle.pdf", pdf.replace(placeholder, numbers))


# ---------- qc_statements: values of the qcStatements extension ----------

def der(tag, content):
    assert len(content) < 0x80
    return bytes([tag, len(content)]) + content


def qc_seeds():
    oid = lambda text: der(0x06, bytes.fromhex(text))  # noqa: E731
    compliance = der(0x30, oid("04008E460101"))
    sscd = der(0x30, oid("04008E460104"))
    esign_type = der(0x30, oid("04008E460106") + der(0x30, oid("04008E46010601")))
    # As tests/support/pki/make-test-pki.sh writes it (QcCompliance, QcSSCD).
    write("qc_statements", "test-pki-compliance-sscd.der", der(0x30, compliance + sscd))
    write("qc_statements", "compliance-sscd-type-esign.der",
          der(0x30, compliance + esign_type + sscd))
    # An unknown statement whose data holds QcCompliance's OID: not a claim.
    unknown = der(0x30, oid("2A0304") + der(0x04, oid("04008E460101")))
    write("qc_statements", "oid-inside-other-statement.der", der(0x30, unknown))


def main():
    form_seeds()
    qc_seeds()
    pdf_seeds()
    api_seeds()
    multipart_seeds()
    atr_seeds()
    apdu_seeds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
