#!/usr/bin/env bash
# The console's browser tests (ConsoleIT) drive Debian's headless Chromium with Debian's chromedriver.
# Run by the build (pre-integration-test): when either is missing it installs them with apt-get — this
# project's machines run builds as root with apt-get — together with a Korean font, without which the
# screenshots under target/console-screenshots/ would show boxes for every Hangul syllable. A browser that
# cannot be installed fails the build: the tests are never skipped for want of one.
set -euo pipefail

have_browser() { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }
have_korean_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=ko family 2>/dev/null)" ]; }

if have_browser && have_korean_font; then
  echo "[console tests] chromium and chromedriver are installed: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi

packages=()
have_browser || packages+=(chromium chromium-driver)
have_korean_font || packages+=(fonts-nanum)
echo "[console tests] installing the Debian packages ${packages[*]} with apt-get (the browser tests need them)"
if ! command -v apt-get >/dev/null; then
  echo "[console tests] FAILED: no apt-get here to install ${packages[*]}; install them and build again" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "[console tests] FAILED: installing ${packages[*]} needs root (sudo apt-get install ${packages[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${packages[@]}"
if ! have_browser; then
  echo "[console tests] FAILED: /usr/bin/chromium or /usr/bin/chromedriver is still missing after apt-get" >&2
  exit 1
fi
echo "[console tests] installed: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
