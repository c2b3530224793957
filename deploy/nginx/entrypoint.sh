#!/bin/sh
# The image's entrypoint: renders the configuration from the environment, then runs nginx in the
# foreground as whichever user the container runs as.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sh "$here/render-config.sh"
runtime=${NGINX_RUNTIME_DIR:-/tmp/nginx}
exec "${NGINX_BIN:-nginx}" -p "$runtime" -e stderr -c "$runtime/nginx.conf" -g 'daemon off;'
