#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists. No test tool can download its own
# browser on our machines, so we use Debian's package (see docs/decisions/0003).
# Prints the browser's path on success.
set -euo pipefail

for candidate in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if [ -f /etc/debian_version ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "No Chromium found: installing Debian's chromium package (about a minute)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium
  exit 0
fi

cat >&2 <<'HELP'
No Chromium found for the browser tests. Either:
  - on Debian/Ubuntu:  sudo apt-get install -y chromium
  - or point CHROME_PATH at any Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm test
HELP
exit 1
