#!/bin/sh
# Renders the nginx configuration from the templates beside this script into NGINX_RUNTIME_DIR,
# from the environment at start (no rebuild to change it). Used by the image's entrypoint and by
# the tests, which serve the app with exactly this configuration.
#
#   BASE_PATH               where the app is served; must be the path it was built for
#                           (default /extensions-ui/)
#   KUBE_HELM_URL           optional, stand-alone only: proxy /kube-helm-api to this origin,
#                           e.g. http://kube-helm-service.admin.svc:5000 (scheme, host, port)
#   NGINX_PORT              listening port (default 8080, unprivileged)
#   APP_ROOT                directory holding the build under the base path
#                           (default /usr/share/nginx/app)
#   NGINX_RUNTIME_DIR       writable directory for the configuration, pid and temporary files
#                           (default /tmp/nginx)
#   NGINX_ACCESS_LOG        a file, or "off" (default /dev/stdout)
#   NGINX_WORKER_PROCESSES  (default 2)
#   NGINX_BROTLI            auto (on when the module is found), on, off (default auto)
#   NGINX_MODULES_DIR       where dynamic modules are (default /usr/lib/nginx/modules)
set -eu

templates=$(cd "$(dirname "$0")" && pwd)

fail() {
  echo "render-config: $*" >&2
  exit 64
}

# True when the whole value (one line) matches the extended regular expression.
matches() {
  case "$1" in *'
'*) return 1 ;; esac
  printf '%s\n' "$1" | grep -Eqx "$2"
}

BASE_PATH=${BASE_PATH:-/extensions-ui/}
KUBE_HELM_URL=${KUBE_HELM_URL:-}
NGINX_PORT=${NGINX_PORT:-8080}
APP_ROOT=${APP_ROOT:-/usr/share/nginx/app}
NGINX_RUNTIME_DIR=${NGINX_RUNTIME_DIR:-/tmp/nginx}
NGINX_ACCESS_LOG=${NGINX_ACCESS_LOG:-/dev/stdout}
NGINX_WORKER_PROCESSES=${NGINX_WORKER_PROCESSES:-2}
NGINX_BROTLI=${NGINX_BROTLI:-auto}
NGINX_MODULES_DIR=${NGINX_MODULES_DIR:-/usr/lib/nginx/modules}

# Everything that lands in the configuration is checked: no value can add a directive.
matches "$BASE_PATH" '/([A-Za-z0-9_-]+/)*' ||
  fail "BASE_PATH must look like /extensions-ui/ (letters, digits, _ and -, slashes around): '$BASE_PATH'"
KUBE_HELM_URL=${KUBE_HELM_URL%/}
[ -z "$KUBE_HELM_URL" ] || matches "$KUBE_HELM_URL" 'https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?' ||
  fail "KUBE_HELM_URL must be an origin such as http://kube-helm-service.admin.svc:5000: '$KUBE_HELM_URL'"
matches "$NGINX_PORT" '[1-9][0-9]{0,4}' || fail "NGINX_PORT must be a port number: '$NGINX_PORT'"
matches "$NGINX_WORKER_PROCESSES" 'auto|[1-9][0-9]?' ||
  fail "NGINX_WORKER_PROCESSES must be a number or auto: '$NGINX_WORKER_PROCESSES'"
for path in "$APP_ROOT" "$NGINX_RUNTIME_DIR" "$NGINX_ACCESS_LOG" "$NGINX_MODULES_DIR"; do
  matches "$path" 'off|/[A-Za-z0-9._/-]*' || fail "not a plain absolute path: '$path'"
done
[ -f "$APP_ROOT${BASE_PATH}index.html" ] ||
  fail "no build at $APP_ROOT$BASE_PATH (is BASE_PATH the path the app was built for?)"

brotli=no
case "$NGINX_BROTLI" in
  off) ;;
  on | auto)
    if [ -f "$NGINX_MODULES_DIR/ngx_http_brotli_filter_module.so" ]; then
      brotli=yes
    elif [ "$NGINX_BROTLI" = on ]; then
      fail "NGINX_BROTLI=on but $NGINX_MODULES_DIR/ngx_http_brotli_filter_module.so is missing"
    fi
    ;;
  *) fail "NGINX_BROTLI must be auto, on or off: '$NGINX_BROTLI'" ;;
esac

BASE_PATH_NO_SLASH=${BASE_PATH%/}
export BASE_PATH BASE_PATH_NO_SLASH KUBE_HELM_URL NGINX_PORT APP_ROOT NGINX_RUNTIME_DIR \
  NGINX_ACCESS_LOG NGINX_WORKER_PROCESSES NGINX_MODULES_DIR
# Only these are substituted; nginx's own variables ($uri, $scheme, …) stay as they are.
variables='${BASE_PATH} ${BASE_PATH_NO_SLASH} ${KUBE_HELM_URL} ${NGINX_PORT} ${APP_ROOT}
${NGINX_RUNTIME_DIR} ${NGINX_ACCESS_LOG} ${NGINX_WORKER_PROCESSES} ${NGINX_MODULES_DIR}'

render() {
  envsubst "$variables" <"$templates/$1" >"$NGINX_RUNTIME_DIR/$2"
}

mkdir -p "$NGINX_RUNTIME_DIR"
rm -rf "$NGINX_RUNTIME_DIR/main.d" "$NGINX_RUNTIME_DIR/http.d" "$NGINX_RUNTIME_DIR/server.d"
mkdir -p "$NGINX_RUNTIME_DIR/main.d" "$NGINX_RUNTIME_DIR/http.d" "$NGINX_RUNTIME_DIR/server.d"

render nginx.conf.template nginx.conf
render app.conf.template http.d/app.conf
cp "$templates/security-headers.conf" "$NGINX_RUNTIME_DIR/security-headers.conf"
if [ "$BASE_PATH" != / ]; then render base-path.conf.template server.d/base-path.conf; fi
if [ -n "$KUBE_HELM_URL" ]; then render kube-helm-proxy.conf.template server.d/kube-helm-proxy.conf; fi
if [ "$brotli" = yes ]; then
  render brotli-module.conf.template main.d/brotli.conf
  cp "$templates/brotli.conf" "$NGINX_RUNTIME_DIR/http.d/brotli.conf"
fi

echo "render-config: the app at $BASE_PATH on port $NGINX_PORT; kube-helm proxy:" \
  "${KUBE_HELM_URL:-none}; brotli: $brotli" >&2
