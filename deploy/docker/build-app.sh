#!/bin/sh
# Builds what the image serves: the production bundle for BASE_PATH, written to
# <out-dir><BASE_PATH> (the layout nginx's `root` expects). Used by the Dockerfile and by the
# nginx tests, so they test what the image ships.
#
#   sh deploy/docker/build-app.sh <out-dir>       from the project root
#   BASE_PATH   default /extensions-ui/
#   SOURCEMAP   false (default), true or hidden: source maps only when asked for
#
# Never in the output: the static demo and its service worker (the simulator), source maps.
set -eu
out=${1:?usage: build-app.sh <out-dir>}
base=${BASE_PATH:-/extensions-ui/}
sourcemap=${SOURCEMAP:-false}
case "$base" in
  /*/ | /) ;;
  *) echo "build-app: BASE_PATH must start and end with /: '$base'" >&2; exit 64 ;;
esac
case "$sourcemap" in
  true | false | hidden) ;;
  *) echo "build-app: SOURCEMAP must be true, false or hidden: '$sourcemap'" >&2; exit 64 ;;
esac
dest="${out%/}$base"
mkdir -p "$dest"
# VITE_DEMO would bundle the simulator; the image never carries it.
env -u VITE_DEMO BASE_PATH="$base" \
  npm run --silent build -- --outDir "$dest" --emptyOutDir --sourcemap "$sourcemap" --logLevel warn
# public/ holds the demo's service worker (MSW); only the demo build uses it.
rm -f "$dest/mockServiceWorker.js"
echo "build-app: built for $base into $dest (source maps: $sourcemap)" >&2
