#!/usr/bin/env bash
# Enforces the dependency direction of DESIGN §4 on the sources themselves:
#  - the core includes no wx, SOCI, OpenCV, Poco, GLib, libfprint or libpq headers;
#  - the presenters include no wx either (they are tested without it);
#  - the UI includes no SOCI, libfprint, OpenCV, libpq or storage headers;
#  - the peripherals include no wx, and their interfaces (peripherals/api) no driver types.
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
status=0

check() {  # check <dir> <regex> <what>
  local dir="$root/$1" hits
  [ -d "$dir" ] || { echo "layering: $1 is missing"; status=1; return; }
  hits=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" "$dir" \
           --include='*.hpp' --include='*.h' --include='*.cpp' || true)
  if [ -n "$hits" ]; then
    echo "layering: $1 must not include $3:"
    echo "$hits" | sed "s|$root/||"
    status=1
  fi
}

check workstation/core 'wx/|soci/|opencv2/|Poco/|glib|gio/|gobject/|libfprint|fprint\.h|libpq|boost/' \
  'wx, SOCI, OpenCV, Poco, GLib, libfprint, libpq or Boost headers'
check workstation/presenter 'wx/|soci/|opencv2/|Poco/|glib|libfprint|libpq' 'wx or library headers'
check workstation/ui 'soci/|libfprint|fprint\.h|opencv2/|libpq|mws/storage/|glib' \
  'SOCI, libfprint, OpenCV, libpq, GLib or storage headers'
check peripherals 'wx/' 'wx headers'
check peripherals/api 'opencv2/|glib|gio/|gobject/|libfprint|fprint\.h|wx/|Poco/' \
  'OpenCV, GLib, libfprint, wx or Poco headers (the device interfaces are plain C++)'
for lib in protocol client central; do
  check sync/$lib/include 'Poco/|wx/|soci/' 'Poco, wx or SOCI headers (public sync headers are plain C++)'
done

[ $status -eq 0 ] && echo "layering: all libraries keep to their layer"
exit $status
