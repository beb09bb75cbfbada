#!/usr/bin/env sh
# Make sure Debian's headless-capable `chromium` is on PATH: the status-page test drives it.
# Installs it with apt-get when it is missing and we run as root (a fresh CI machine); otherwise
# says what to do and exits 0, so `make test` still runs (that one test then skips, loudly).
set -eu

if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: chromium is not installed and this is not a root Debian shell;" \
         "install it with 'sudo apt-get install -y chromium' to run the status-page test" >&2
    exit 0
fi
echo "ensure-chromium: installing Debian's chromium (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >/dev/null
command -v chromium >/dev/null 2>&1
