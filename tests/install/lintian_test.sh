#!/usr/bin/env bash
# Builds the .debs from BUILD_DIR and runs lintian on them: no errors allowed. The warnings
# that remain are listed, with why, in docs/packaging.md.
#   tests/install/lintian_test.sh BUILD_DIR
set -euo pipefail
build="$(realpath "${1:?usage: lintian_test.sh BUILD_DIR}")"
command -v lintian >/dev/null || { echo "lintian_test: lintian is not installed (scripts/setup-deps)" >&2; exit 1; }
work="$(mktemp -d /tmp/mws-lintian.XXXXXX)"
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
status=0
for deb in "$work"/*.deb; do
  echo "== lintian $(basename "$deb")"
  # Running as root is normal in CI; lintian only warns about it.
  lintian --allow-root --fail-on error --no-tag-display-limit "$deb" || status=1
done
exit $status
