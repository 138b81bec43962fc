# common.sh — shared by build-aux/run and build-aux/test: install what is
# missing on Debian 12, then configure and build in ./build.
# shellcheck shell=bash

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir="${BUILDDIR:-$top/build}"

# What building and running need. Installed without recommends, so the two
# that GTK only recommends are named: the SVG loader that draws the symbolic
# icons, and the dconf backend that keeps settings across restarts.
build_packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsoup-3.0-dev libqrencode-dev
  gsettings-desktop-schemas adwaita-icon-theme fonts-cantarell
  librsvg2-common dconf-gsettings-backend
)

# What the test suite needs on top: a headless display, a session bus,
# the data-file validators and an assistive-technology client; for the
# hardening runs (docs/reliability.md) clang with its libFuzzer runtime,
# valgrind, and llvm-symbolizer for the sanitizers' stack traces; zbarimg
# reads back the QR code the window shows for collecting votes.
test_packages=(
  xvfb xauth dbus dbus-bin dbus-x11 at-spi2-core python3 python3-pyatspi
  desktop-file-utils appstream poppler-utils
  chromium chromium-driver python3-selenium zbar-tools
  clang libclang-rt-14-dev valgrind llvm
)

sw_need_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "build-aux: '$*' needs root, and sudo is not installed" >&2
    exit 1
  fi
}

sw_install_missing () {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "build-aux: all needed Debian packages are installed"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "build-aux: missing packages (${missing[*]}) and no apt-get: install them by hand" >&2
    exit 1
  fi
  echo "build-aux: installing with apt-get: ${missing[*]}"
  sw_need_root apt-get update -q
  sw_need_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

sw_build () {
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" "$top" "$@" >/dev/null
  else
    meson setup "$builddir" "$top" "$@"
  fi
  meson compile -C "$builddir"
}
