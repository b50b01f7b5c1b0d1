#!/usr/bin/env bash
# Build the Linux packages of the desktop app:
#   1. the one-folder bundle (dist/hubdesk/, via scripts/build-bundle.sh) unless --reuse-bundle
#   2. an AppImage, if `appimagetool` is on PATH (it is not in Debian or PyPI; when absent, skipped)
#   3. a .deb (dpkg-deb): /opt/hubdesk/ (the bundle), /usr/bin/hubdesk, menu entries for the
#      desk and the kiosk, the icon in the hicolor theme, a kiosk-only log-in session, a kiosk
#      autostart entry to copy where wanted, and an example fleet configuration file.
# Output: dist/hubdesk_<version>_<arch>.deb (and dist/hubdesk-<version>-<arch>.AppImage).
#
#   bash installer/build-linux.sh [--reuse-bundle]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ "${1:-}" != "--reuse-bundle" ] || [ ! -x dist/hubdesk/hubdesk ]; then
  bash scripts/build-bundle.sh
fi

VERSION=$(.venv/bin/python -c "import hubdesk; print(hubdesk.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

install_common() {  # $1: root of the tree to fill (usr/ layout)
  local root=$1
  install -d "$root/usr/share/applications" "$root/usr/share/hubdesk/autostart" \
    "$root/usr/share/xsessions" "$root/usr/share/doc/hubdesk" \
    "$root/usr/share/icons/hicolor/scalable/apps"
  install -m 0644 installer/linux/hubdesk-desk.desktop installer/linux/hubdesk-kiosk.desktop \
    "$root/usr/share/applications/"
  install -m 0644 installer/linux/hubdesk-kiosk-autostart.desktop "$root/usr/share/hubdesk/autostart/hubdesk-kiosk.desktop"
  install -m 0644 installer/linux/hubdesk-kiosk-session.desktop "$root/usr/share/xsessions/hubdesk-kiosk.desktop"
  install -m 0644 installer/hubdesk.toml.example "$root/usr/share/doc/hubdesk/hubdesk.toml.example"
  # the licences, where Debian looks for them (the bundle's own copies stay in /opt/hubdesk too)
  install -m 0644 LICENSE "$root/usr/share/doc/hubdesk/copyright"
  install -m 0644 dist/hubdesk/THIRD-PARTY-LICENSES.txt "$root/usr/share/doc/hubdesk/THIRD-PARTY-LICENSES.txt"
  install -m 0644 resources/icons/hubdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/hubdesk.svg"
  for size in 16 24 32 48 64 128; do
    install -D -m 0644 "resources/icons/hubdesk-$size.png" \
      "$root/usr/share/icons/hicolor/${size}x${size}/apps/hubdesk.png"
  done
  install -D -m 0644 resources/icons/hubdesk.png "$root/usr/share/icons/hicolor/256x256/apps/hubdesk.png"
}

# --- AppImage (only where appimagetool can be had) ------------------------------------------------
if command -v appimagetool >/dev/null 2>&1; then
  APPDIR="$STAGE/hubdesk.AppDir"
  mkdir -p "$APPDIR/usr/lib"
  cp -a dist/hubdesk "$APPDIR/usr/lib/hubdesk"
  install_common "$APPDIR"
  sed 's|^Exec=/usr/bin/hubdesk|Exec=hubdesk|' installer/linux/hubdesk-kiosk.desktop >"$APPDIR/hubdesk.desktop"
  cp resources/icons/hubdesk.png "$APPDIR/hubdesk.png"
  cat >"$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# hubdesk.AppImage [kiosk|desk|selftest|...]: with no arguments, the kiosk.
here=$(dirname "$(readlink -f "$0")")
[ $# -eq 0 ] && set -- kiosk
exec "$here/usr/lib/hubdesk/hubdesk" "$@"
EOF
  chmod +x "$APPDIR/AppRun"
  ARCH_AI=$(uname -m) appimagetool --no-appstream "$APPDIR" "dist/hubdesk-$VERSION-$(uname -m).AppImage"
  echo "build-linux: dist/hubdesk-$VERSION-$(uname -m).AppImage"
else
  echo "build-linux: appimagetool not found (not in Debian or PyPI): no AppImage, building the .deb"
fi

# --- .deb -----------------------------------------------------------------------------------------
PKG="$STAGE/deb"
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin"
cp -a dist/hubdesk "$PKG/opt/hubdesk"
ln -s /opt/hubdesk/hubdesk "$PKG/usr/bin/hubdesk"
install_common "$PKG"
find "$PKG" -type d -exec chmod 0755 {} +
SIZE_KB=$(du -sk "$PKG" | cut -f1)

# The bundle carries Python, Qt and the SQLCipher driver; these are the system libraries Qt's xcb
# and EGL plugins and the camera load from the machine, and fonts for Urdu and Arabic.
cat >"$PKG/DEBIAN/control" <<EOF
Package: hubdesk
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Maintainer: hubdesk maintainers <hubdesk@localhost>
Installed-Size: $SIZE_KB
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0,
 libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4,
 libxcb-keysyms1, libxcb-shape0, libxcb-randr0, libxcb-render-util0, libxcb-image0,
 libxcb-xinerama0, libxcb-xkb1, fonts-dejavu-core
Recommends: fonts-noto-core, libpulse0, xdg-utils
Description: Family Hub sign-in kiosk and front desk (offline-first)
 hubdesk is the sign-in kiosk families use in a Family Hub's entrance and the
 front desk reception and outreach staff use: who is in the building, walk-ins,
 calls and requests for early help, and footfall reports. Data is kept in an
 encrypted store on the machine and synced to the council's central service.
 .
 Menu entries: "Hubdesk front desk" and "Hubdesk kiosk". For a kiosk that
 starts at log-in see /usr/share/hubdesk/autostart/ and the "Hubdesk kiosk"
 session; fleet settings go in /etc/hubdesk/hubdesk.toml (example in
 /usr/share/doc/hubdesk/).
EOF

cat >"$PKG/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
  install -d -m 0755 /etc/hubdesk
fi
exit 0
EOF
# Removing the package never touches stores, keys, logs or /etc/hubdesk (the council's data and
# settings): they live outside /opt/hubdesk, so a re-install or upgrade finds them as they were.
cat >"$PKG/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
fi
exit 0
EOF
chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/postrm"

OUT="dist/hubdesk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$PKG" "$ROOT/$OUT" >/dev/null
echo "build-linux: $OUT ($(du -h "$OUT" | cut -f1))"
