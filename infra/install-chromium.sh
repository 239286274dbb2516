#!/usr/bin/env bash
# Installs the Debian packages the tests drive: Chromium for the browser tests (never a
# browser of our own download) and faketime, which runs a command at a chosen wall-clock time
# for the tests that check what reads the clock (the demo seed's election day).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v faketime >/dev/null || missing+=(faketime)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Missing: run 'apt-get install -y ${missing[*]}' as root." >&2; exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed ${missing[*]}"
