#!/usr/bin/env bash
# Prepare a Debian/Ubuntu machine (Python >= 3.11) and the virtual environment in .venv.
#
#   bash scripts/setup.sh --app   what the app needs to run: Qt's system libraries, the app itself
#   bash scripts/setup.sh         what the tests need too: PostgreSQL, poppler, NSIS, the test tools
#
# Safe to run again: it only installs what is missing. A machine that already has everything starts
# even when the package manager is busy (a held apt lock) or offline; it says what is missing only
# when something is.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=test
[ "${1:-}" = "--app" ] && MODE=app

# Qt offscreen and in a real window (xcb), fonts, the system keyring's D-Bus
APP_DEBS=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libx11-6 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0)
# the tests only: PostgreSQL, pdftoppm/pdftotext, NSIS; LibreOffice renders the DOCX reports; CUPS'
# virtual PDF printer under Xvfb receives a printed report (tests/reports/test_docx_libreoffice.py,
# tests/ui/test_print_cups.py); Xvfb, xdotool and ImageMagick drive the real window and take screenshots
TEST_DEBS=(poppler-utils postgresql nsis libreoffice-writer-nogui cups cups-ipp-utils printer-driver-cups-pdf
           xvfb xdotool x11-xserver-utils imagemagick libcups2)

DEBS=("${APP_DEBS[@]}")
[ "$MODE" = test ] && DEBS+=("${TEST_DEBS[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" \
         >/dev/null; then
      echo "Warning: could not install ${missing[*]} (package manager busy or offline);" \
           "continuing with what is here." >&2
      [ "$MODE" = test ] && [ "${CI:-}" = "true" ] && exit 1
    fi
  else
    echo "Warning: missing Debian packages (install them as root): ${missing[*]}" >&2
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
hash=$(sha256sum pyproject.toml | cut -c1-16)
# the tests' set-up includes the app's; the app's alone never pulls the test tools
stamp=.venv/.installed-$MODE-$hash
if [ ! -f "$stamp" ] && { [ "$MODE" = test ] || [ ! -f ".venv/.installed-test-$hash" ]; }; then
  extras=""
  [ "$MODE" = test ] && extras="[test]"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  if .venv/bin/python -m pip install -q -e ".$extras"; then
    rm -f .venv/.installed-"$MODE"-* && touch "$stamp"
  elif [ "$MODE" = app ] && .venv/bin/python -c "import desktop_app.main, PySide6.QtWidgets" 2>/dev/null; then
    echo "Warning: could not update the Python packages (offline?); starting with the ones installed." >&2
  else
    echo "The Python packages could not be installed (see above)." >&2
    exit 1
  fi
fi
