#!/usr/bin/env bash
# Smoke-test the built bundle: `dist/hubdesk/hubdesk selftest` starts the kiosk offscreen on a
# fresh store, signs a visit in and checks it. Run from outside the checkout with a clean
# environment, so nothing is borrowed from the source tree or the virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
exe="$PWD/dist/hubdesk/hubdesk"
[ -x "$exe" ] || { echo "smoke-bundle: no bundle at $exe (run scripts/build-bundle.sh)"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
cd "$home"
set +e
output=$(env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  timeout 300 "$exe" selftest 2>&1)
code=$?
set -e
echo "$output" | grep -v "propagateSizeHints" || true
if [ "$code" -ne 0 ]; then
  echo "smoke-bundle: FAILED (exit $code)"
  exit 1
fi
echo "$output" | grep -q "^hubdesk selftest: ok (" || { echo "smoke-bundle: FAILED (no ok line)"; exit 1; }
# Qt Virtual Keyboard and Qt Charts are GPLv3 or commercial: the bundle must not carry them
# (docs/licensing.md)
if find "$(dirname "$exe")" \( -iname "*virtualkeyboard*" -o -iname "*qt*charts*" \) | grep -q .; then
  echo "smoke-bundle: FAILED (the bundle carries a GPL-only Qt module)"
  find "$(dirname "$exe")" \( -iname "*virtualkeyboard*" -o -iname "*qt*charts*" \)
  exit 1
fi
# The licences travel with the bundle (installer/third_party_licenses.py, docs/licensing.md): ours,
# and every shipped component's with its full text. Qt's LGPL and SQLAlchemy's MIT stand for all.
dir=$(dirname "$exe")
notices="$dir/THIRD-PARTY-LICENSES.txt"
[ -s "$dir/LICENSE.txt" ] || { echo "smoke-bundle: FAILED (no LICENSE.txt in the bundle)"; exit 1; }
[ -s "$notices" ] || { echo "smoke-bundle: FAILED (no THIRD-PARTY-LICENSES.txt in the bundle)"; exit 1; }
size=$(wc -c <"$notices")
[ "$size" -ge 100000 ] || { echo "smoke-bundle: FAILED (THIRD-PARTY-LICENSES.txt is only $size bytes)"; exit 1; }
for pattern in \
  '^PySide6_Essentials +[0-9.]+ +LGPL-3\.0' \
  '^SQLAlchemy +[0-9.]+ +MIT' \
  '^sqlcipher3-binary ' \
  'GNU LESSER GENERAL PUBLIC LICENSE' \
  'TERMS AND CONDITIONS' \
  'ZETETIC LLC' \
  'PYTHON SOFTWARE FOUNDATION LICENSE'; do
  grep -Eq "$pattern" "$notices" || { echo "smoke-bundle: FAILED (THIRD-PARTY-LICENSES.txt lacks /$pattern/)"; exit 1; }
done
echo "smoke-bundle: licences present (THIRD-PARTY-LICENSES.txt, $((size / 1024)) KiB)"
echo "smoke-bundle: the bundle's selftest passed"
