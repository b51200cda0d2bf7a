#!/usr/bin/env bash
# Debian/Ubuntu packages the tests need: LibreOffice (headless Writer) renders every exported
# DOCX and ODT, poppler-utils and pandoc read the results back, fonts-liberation2 gives the
# metric twin of Times New Roman, xvfb and the xcb libraries run the real window for
# screenshots, the EGL/GL/xkb libraries let Qt start offscreen on a bare image, and GNU time
# gives bench/run.py each command's own peak memory; python3-uno lets the tests drive
# LibreOffice (accept or reject every tracked change: tests/uno_changes.py); openssl makes the
# self-signed certificate of the group server's TLS test (tests/sync/test_server.py).
# Installs only what is missing; uses sudo when not root.
set -euo pipefail
packages=(
  libreoffice-writer-nogui fonts-liberation2 fonts-liberation poppler-utils pandoc
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  desktop-file-utils appstream imagemagick python3-venv time python3-uno openssl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "install these packages with your system's package manager: ${missing[*]}" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
