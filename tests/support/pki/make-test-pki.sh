#!/usr/bin/env bash
# Generates the test PKI used by the smartcard, portal and forms tests: a root CA
# and the keys and certificates of the fictional personas. Deterministic names,
# fresh keys. Usage: make-test-pki.sh OUTPUT_DIR   (does nothing if already complete)
#
# Files per credential NAME: NAME.key.pem (PKCS#8), NAME.cert.pem, NAME.cert.der
#   ca                  Guichet Test Root CA (RSA 2048, 20 years)
#   citizen-auth        Marie Schmit, eID authentication  (RSA 2048, digitalSignature)
#   citizen-sign        Marie Schmit, eID signature       (RSA 2048, nonRepudiation, QC statement)
#   stick-auth          Luc Weber, signing stick auth     (EC P-256, digitalSignature)
#   stick-sign          Luc Weber, signing stick sign     (RSA 2048, nonRepudiation)
#   stick-sign-ec       Luc Weber, second signature key   (EC P-384, nonRepudiation)
#   piv-auth            PIV 9A (RSA 2048, digitalSignature)
#   piv-sign            PIV 9C (RSA 2048, nonRepudiation)
#   piv-ec              PIV 9D (EC P-256, digitalSignature)
#   untrusted-ca / untrusted-auth   a second, untrusted hierarchy
set -euo pipefail

out=${1:?usage: make-test-pki.sh OUTPUT_DIR}
mkdir -p "$out"
cd "$out"
[ -f .complete ] && exit 0

days_ca=7300
days=3650

cat > ext.cnf <<'CNF'
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[auth]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth, emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[sign]
basicConstraints = critical, CA:FALSE
keyUsage = critical, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
# QCStatements: id-etsi-qcs-QcCompliance (0.4.0.1862.1.1) and QcSSCD (0.4.0.1862.1.4)
1.3.6.1.5.5.7.1.3 = DER:30:14:30:08:06:06:04:00:8E:46:01:01:30:08:06:06:04:00:8E:46:01:04
CNF

key() { # NAME TYPE
  case "$2" in
    rsa) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key.pem" 2>/dev/null ;;
    p256) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key.pem" ;;
    p384) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$1.key.pem" ;;
  esac
}

issue() { # NAME TYPE SUBJECT EXTENSION ISSUER
  key "$1" "$2"
  openssl req -new -key "$1.key.pem" -subj "$3" -out "$1.csr" 2>/dev/null
  openssl x509 -req -in "$1.csr" -CA "$5.cert.pem" -CAkey "$5.key.pem" -CAcreateserial \
    -days "$days" -sha256 -extfile ext.cnf -extensions "$4" -out "$1.cert.pem" 2>/dev/null
  openssl x509 -in "$1.cert.pem" -outform DER -out "$1.cert.der"
  rm -f "$1.csr"
}

root() { # NAME SUBJECT
  key "$1" rsa
  openssl req -x509 -new -key "$1.key.pem" -subj "$2" -days "$days_ca" -sha256 \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$1.cert.pem"
  openssl x509 -in "$1.cert.pem" -outform DER -out "$1.cert.der"
}

root ca "/C=LU/O=Guichet Desktop Tests/CN=Guichet Test Root CA"
marie="/C=LU/GN=Marie/SN=Schmit/serialNumber=PNOLU-1985021412399/CN=Marie Schmit"
luc="/C=LU/O=Weber Constructions S.A./GN=Luc/SN=Weber/serialNumber=1234567890123/CN=Luc Weber"
issue citizen-auth rsa "$marie" auth ca
issue citizen-sign rsa "$marie" sign ca
issue stick-auth p256 "$luc" auth ca
issue stick-sign rsa "$luc" sign ca
issue stick-sign-ec p384 "$luc" sign ca
issue piv-auth rsa "/C=LU/serialNumber=PNOLU-1990123112398/CN=Paul Hoffmann" auth ca
issue piv-sign rsa "/C=LU/serialNumber=PNOLU-1990123112398/CN=Paul Hoffmann" sign ca
issue piv-ec p256 "/C=LU/serialNumber=PNOLU-1990123112398/CN=Paul Hoffmann" auth ca
root untrusted-ca "/C=XX/O=Nobody/CN=Untrusted Test CA"
issue untrusted-auth rsa "/C=XX/CN=Mallory" auth untrusted-ca

rm -f ext.cnf ./*.srl
touch .complete
