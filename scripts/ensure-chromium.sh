#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Playwright (executablePath); install it when missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
else
  echo "chromium is missing: install Debian's 'chromium' package (sudo apt-get install chromium) to run the browser tests" >&2
  exit 1
fi
