#!/usr/bin/env bash
# Creates SoftHSM2 tokens holding the test PKI's keys and certificates, in a folder
# of their own (its own softhsm2.conf and token directory, nothing global).
#
# Usage: make-tokens.sh OUTPUT_DIR PKI_DIR
#   PKI_DIR is the folder made by tests/support/pki/make-test-pki.sh.
#   Prints one line on stdout: export SOFTHSM2_CONF=OUTPUT_DIR/softhsm2.conf
#   Tests set that variable (qputenv) before loading libsofthsm2.so.
#   Idempotent: a complete folder is left as it is; a partial one is made again.
#
# Tokens (user PIN 123456, SO PIN 12345678):
#   "citizen eID"    01 citizen-auth (RSA 2048)   02 citizen-sign (RSA 2048)
#   "signing stick"  01 stick-auth (EC P-256)     02 stick-sign (RSA 2048, CKA_ALWAYS_AUTHENTICATE)
#                    03 stick-sign-ec (EC P-384)
# Each key has its certificate (same CKA_ID and label). Private keys are private
# objects (visible after login only); certificates and public keys are public.
#
# softhsm2-util --import cannot set CKA_ALWAYS_AUTHENTICATE, and SoftHSM refuses to
# change it afterwards (C_SetAttributeValue: CKR_ATTRIBUTE_READ_ONLY), so stick-sign
# is written with pkcs11-tool --write-object --type privkey --always-auth instead.
#
# Environment: SOFTHSM_MODULE (default /usr/lib/softhsm/libsofthsm2.so).
set -euo pipefail

out=${1:?usage: make-tokens.sh OUTPUT_DIR PKI_DIR}
pki=${2:?usage: make-tokens.sh OUTPUT_DIR PKI_DIR}
module=${SOFTHSM_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
user_pin=123456
so_pin=12345678

for tool in softhsm2-util pkcs11-tool openssl; do
  command -v "$tool" >/dev/null || { echo "make-tokens: $tool not found" >&2; exit 2; }
done
[ -f "$module" ] || { echo "make-tokens: $module not found (package softhsm2)" >&2; exit 2; }
[ -f "$pki/.complete" ] || { echo "make-tokens: $pki is not a complete test PKI" >&2; exit 2; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
export SOFTHSM2_CONF="$out/softhsm2.conf"

if [ ! -f "$out/.complete" ]; then
  rm -rf "$out/tokens" "$out/work"
  mkdir -p "$out/tokens" "$out/work"
  chmod 700 "$out/tokens" "$out/work"
  cat > "$SOFTHSM2_CONF" <<CONF
directories.tokendir = $out/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF

  p11() { # TOKEN_LABEL ARGS...
    local token=$1
    shift
    pkcs11-tool --module "$module" --token-label "$token" --login --pin "$user_pin" "$@" \
      >/dev/null 2>"$out/work/pkcs11-tool.log" ||
      { cat "$out/work/pkcs11-tool.log" >&2; exit 1; }
  }

  init_token() { # LABEL
    softhsm2-util --init-token --free --label "$1" --so-pin "$so_pin" --pin "$user_pin" >/dev/null
  }

  import_key() { # TOKEN NAME ID
    softhsm2-util --import "$pki/$2.key.pem" --token "$1" --id "$3" --label "$2" \
      --pin "$user_pin" >/dev/null
  }

  write_certificate() { # TOKEN NAME ID
    p11 "$1" --write-object "$pki/$2.cert.der" --type cert --id "$3" --label "$2"
  }

  init_token "citizen eID"
  import_key "citizen eID" citizen-auth 01
  write_certificate "citizen eID" citizen-auth 01
  import_key "citizen eID" citizen-sign 02
  write_certificate "citizen eID" citizen-sign 02

  init_token "signing stick"
  import_key "signing stick" stick-auth 01
  write_certificate "signing stick" stick-auth 01
  openssl pkey -in "$pki/stick-sign.key.pem" -outform DER -out "$out/work/stick-sign.key.der"
  p11 "signing stick" --write-object "$out/work/stick-sign.key.der" --type privkey \
    --id 02 --label stick-sign --usage-sign --always-auth
  write_certificate "signing stick" stick-sign 02
  import_key "signing stick" stick-sign-ec 03
  write_certificate "signing stick" stick-sign-ec 03

  rm -rf "$out/work"
  touch "$out/.complete"
fi

echo "export SOFTHSM2_CONF=$SOFTHSM2_CONF"
