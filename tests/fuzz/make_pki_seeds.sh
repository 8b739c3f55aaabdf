#!/usr/bin/env bash
# Writes the seeds that need keys: DER certificates of the test PKI
# (tests/support/pki/make-test-pki.sh) plus one with what that PKI lacks (PNOLU serial
# number, QcType, extended key usage), a PDF signed by the project's PAdES signer and
# its CMS. Fresh keys each time, so the files change on every run; run it only when
# the seeds need to change. Usage: tests/fuzz/make_pki_seeds.sh [BUILD_DIR]
# BUILD_DIR is a configured build tree with the fuzz_make_pdf_seed target (default
# build/fuzz, made by scripts/fuzz.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build/fuzz}"
corpus="$here/corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bash "$root/tests/support/pki/make-test-pki.sh" "$work/pki" >/dev/null
mkdir -p "$corpus/certificate" "$corpus/pdf_signature" "$corpus/cms"
for name in ca citizen-auth citizen-sign stick-auth stick-sign-ec untrusted-ca; do
  cp "$work/pki/$name.cert.der" "$corpus/certificate/test-pki-$name.der"
done

# QcCompliance, QcType esign, QcSSCD (see make_corpus.py, qc_seeds).
qc="DER:30:29:30:08:06:06:04:00:8E:46:01:01:30:13:06:06:04:00:8E:46:01:06:30:09:06:07:04:00:8E:46:01:06:01:30:08:06:06:04:00:8E:46:01:04"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-384 -nodes -days 3650 \
  -keyout "$work/qualified.key.pem" -outform DER -out "$corpus/certificate/qualified-pnolu-qctype.der" \
  -subj "/C=LU/O=LuxTrust S.A./serialNumber=PNOLU-1985061512345/GN=Marie/SN=Schmit/CN=Marie Schmit" \
  -addext "keyUsage=critical,nonRepudiation" \
  -addext "extendedKeyUsage=emailProtection,1.3.6.1.4.1.311.10.3.12" \
  -addext "1.3.6.1.5.5.7.1.3=$qc" 2>/dev/null

cmake --build "$build" --target fuzz_make_pdf_seed >/dev/null
ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_make_pdf_seed" \
  "$corpus/pdf_signature/minimal-unsigned.pdf" "$work/pki/citizen-sign.key.pem" \
  "$work/pki/citizen-sign.cert.der" "$work/pki/ca.cert.der" \
  "$corpus/pdf_signature/pades-b-b-signed.pdf" "$corpus/cms/pades-b-b.bin" \
  "$corpus/pdf_signature/pades-b-b-signed-twice.pdf"
# CMS variants from OpenSSL's command line, each refused at another step of
# verifyCadesSignature: signingTime present (OpenSSL always adds it), content attached,
# SHA-1, two signers, no certificates, no signed attributes; the first 32 bytes are the
# SHA-256 of the signed data, as fuzz_cms reads them.
printf 'Guichet fuzz seed: the signed bytes\n' >"$work/data"
openssl dgst -sha256 -binary "$work/data" >"$work/digest"
pki="$work/pki"
cms() { # NAME OPTIONS...
  local name="$1"
  shift
  openssl cms -sign -binary -in "$work/data" -outform DER -out "$work/$name.der" "$@"
  cat "$work/digest" "$work/$name.der" >"$corpus/cms/openssl-$name.bin"
}
cms cades-signingtime -cades -md sha256 -signer "$pki/citizen-sign.cert.pem" \
  -inkey "$pki/citizen-sign.key.pem" -certfile "$pki/ca.cert.pem"
cms ec-cades-signingtime -cades -md sha256 -signer "$pki/stick-auth.cert.pem" \
  -inkey "$pki/stick-auth.key.pem"
cms attached -nodetach -md sha256 -signer "$pki/citizen-sign.cert.pem" \
  -inkey "$pki/citizen-sign.key.pem"
cms sha1 -md sha1 -signer "$pki/citizen-sign.cert.pem" -inkey "$pki/citizen-sign.key.pem"
cms two-signers -md sha256 -signer "$pki/citizen-sign.cert.pem" \
  -inkey "$pki/citizen-sign.key.pem" -signer "$pki/stick-auth.cert.pem" \
  -inkey "$pki/stick-auth.key.pem"
cms no-certificates -nocerts -md sha256 -signer "$pki/citizen-sign.cert.pem" \
  -inkey "$pki/citizen-sign.key.pem"
cms no-attributes -noattr -md sha256 -signer "$pki/citizen-sign.cert.pem" \
  -inkey "$pki/citizen-sign.key.pem"
echo "seeds written under $corpus"
