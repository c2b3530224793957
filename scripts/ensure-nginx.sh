#!/usr/bin/env bash
# Installs Debian's nginx for the nginx tests (tests-nginx/) when it is missing, without starting
# the system's nginx service. The tests run nginx themselves, with the image's configuration.
set -euo pipefail
if [ -x /usr/sbin/nginx ] && command -v envsubst >/dev/null; then exit 0; fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# A package's service must not start on install (port 80): policy-rc.d says so, if none exists.
policy=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 0755 "$policy"
  added_policy=1
fi
cleanup() { if [ -n "$added_policy" ]; then $SUDO rm -f "$policy"; fi; }
trap cleanup EXIT
$SUDO apt-get install -y -qq --no-install-recommends nginx gettext-base >/dev/null 2>&1 || {
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nginx gettext-base
}
/usr/sbin/nginx -v
