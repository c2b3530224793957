#!/usr/bin/env bash
# Serves the app the way the image does, for the nginx tests (playwright.nginx.config.ts starts
# it): Debian's nginx, the image's build step (deploy/docker/build-app.sh) and the image's
# entrypoint (deploy/nginx/entrypoint.sh, which renders the configuration from the environment).
# Run as root, it drops to `nobody` first, so the configuration is proven to work unprivileged.
#
#   NGINX_TEST_PORT  nginx's port (default 5602)
#   NGINX_TEST_DIR   where the build, the configuration and nginx's files go (emptied first)
#   BASE_PATH        the base path to build for and serve (default /extensions-ui/)
#   KUBE_HELM_URL    where the stand-alone proxy sends /kube-helm-api (e.g. the simulator)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-nginx.sh >/dev/null

port=${NGINX_TEST_PORT:-5602}
dir=${NGINX_TEST_DIR:-"${TMPDIR:-/tmp}/kaapana-extensions-nginx-$port"}
rm -rf "$dir"
mkdir -p "$dir/html" "$dir/run"
# The configuration's templates and scripts, copied like the image copies them (readable by any
# user, wherever the checkout is).
cp -R deploy/nginx "$dir/conf"
chmod -R a+rX "$dir"

sh deploy/docker/build-app.sh "$dir/html"
chmod -R a+rX "$dir/html"

export NGINX_PORT=$port
export APP_ROOT="$dir/html"
export NGINX_RUNTIME_DIR="$dir/run"
export NGINX_ACCESS_LOG="$dir/run/access.log"
export NGINX_BIN=/usr/sbin/nginx
export NGINX_WORKER_PROCESSES=1
if [ "$(id -u)" = 0 ]; then
  chown -R nobody:nogroup "$dir/run"
  exec setpriv --reuid=nobody --regid=nogroup --clear-groups -- sh "$dir/conf/entrypoint.sh"
fi
exec sh "$dir/conf/entrypoint.sh"
