#!/usr/bin/env bash
# The package's life on a real machine (needs root: dpkg):
#   build version 1 of the workstation .deb in a second build directory, BUILD_DIR-upgrade-v1,
#   configured with MWS_MIGRATION_LIMIT=-1 (the newest migration left out; ccache makes it
#   mostly cache hits and relinks), and version 2 (all migrations) from BUILD_DIR
#   (MWS_BUILD_NUMBER=1, 2); install v1 with apt, run mws --version and mws doctor, point the
#   machine at a throwaway PostgreSQL cluster by editing the conffile /etc/mws/mws.ini,
#   migrate, add a unit, an officer and a person (an outbox entry). Upgrade to v2 while the
#   database refuses writes: the postinst backs up, the migration fails, and the upgrade stops
#   naming the backup. Let the database write again and finish with dpkg --configure: a new
#   backup (pg_restore reads it), the newest migration applied, the edited config kept, the
#   data still there. Try to remove (refused with the count of unsynced entries), then purge
#   with MWS_FORCE_REMOVE=1. mws-central is installed and purged too. Whatever happens, the
#   trap purges both packages, stops the cluster and puts back what the machine had before.
#
#   tests/install/install_test.sh BUILD_DIR
# Exit 0 passed, 1 failed, 77 skipped (not root).
set -euo pipefail

build="$(realpath "${1:?usage: install_test.sh BUILD_DIR}")"
if [ "$(id -u)" -ne 0 ]; then
  echo "install_test: SKIPPED: installing .deb packages needs root (dpkg); CI runs it as root." >&2
  exit 77
fi
has() { grep -- "$1" >/dev/null; }  # reads all its input (no broken pipe under pipefail)
# One run at a time on a machine (several checkouts may run their suites at once).
exec 9>/var/lock/mws-install-test.lock
flock -w 600 9 || { echo "install_test: another run holds /var/lock/mws-install-test.lock" >&2; exit 1; }
for package in mws-workstation mws-central; do
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | has 'ok installed'; then
    echo "install_test: $package is installed on this machine; the test would remove it. Remove it first." >&2
    exit 1
  fi
done

work="$(mktemp -d /tmp/mws-install-test.XXXXXX)"
chmod 755 "$work"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
had_etc_mws=no; [ -e /etc/mws ] && had_etc_mws=yes && cp -a /etc/mws "$work/etc-mws.saved"
had_backups=no; [ -e /var/backups/mws ] && had_backups=yes
had_user=no; getent passwd mws >/dev/null && had_user=yes
had_group=no; getent group mws >/dev/null && had_group=yes
step() { echo; echo "=== install_test: $*"; }
fail() { echo "install_test: FAILED: $*" >&2; exit 1; }

cleanup() {
  local status=$?
  step "cleaning up (exit status $status)"
  MWS_FORCE_REMOVE=1 DEBIAN_FRONTEND=noninteractive dpkg --purge mws-workstation mws-central >/dev/null 2>&1 || true
  if [ -f "$work/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf /etc/mws /etc/mws-central
  [ "$had_etc_mws" = yes ] && cp -a "$work/etc-mws.saved" /etc/mws
  [ "$had_backups" = no ] && rm -rf /var/backups/mws
  [ "$had_user" = no ] && getent passwd mws >/dev/null && deluser --system --quiet mws >/dev/null 2>&1 || true
  [ "$had_group" = no ] && getent group mws >/dev/null && delgroup --system --quiet mws >/dev/null 2>&1 || true
  rm -rf /var/lib/mws/agent /var/log/mws/agent
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT INT TERM

apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
}

# The commands below must not see the configuration of the account that runs the test; the
# version 1 build still uses its compiler cache (found through HOME, so fixed first).
if command -v ccache >/dev/null; then
  CCACHE_DIR="${CCACHE_DIR:-$(ccache --get-config cache_dir)}"; export CCACHE_DIR
fi
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"

step "building version 1 with the newest migration left out (MWS_MIGRATION_LIMIT=-1)"
# A sibling of BUILD_DIR at the same depth, so that with CCACHE_BASEDIR (as scripts/build
# sets it) its compiler commands are the same as BUILD_DIR's and ccache answers them; only
# the storage library's embedded migrations are compiled again, and the programs relinked.
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
v1_build="$build-upgrade-v1"
export CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$2/CMakeCache.txt"; }
v1_started=$(date +%s)
if [ ! -f "$v1_build/build.ninja" ] || [ "$(cache_value MWS_MIGRATION_LIMIT "$v1_build")" != -1 ]; then
  cmake -S "$src" -B "$v1_build" -G Ninja -DMWS_MIGRATION_LIMIT=-1 -DMWS_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE="$(cache_value CMAKE_BUILD_TYPE "$build")" \
    -DCMAKE_CXX_COMPILER="$(cache_value CMAKE_CXX_COMPILER "$build")" \
    -DCMAKE_C_COMPILER="$(cache_value CMAKE_C_COMPILER "$build")" >"$work/v1-configure.log" 2>&1 ||
    { cat "$work/v1-configure.log"; fail "configuring $v1_build"; }
fi
cmake --build "$v1_build" --parallel "${MWS_JOBS:-$(nproc)}" --target mws mws-workstation \
  mws_package_files mws_package_changelogs mws_locale >"$work/v1-build.log" 2>&1 ||
  { tail -50 "$work/v1-build.log"; fail "building version 1 in $v1_build"; }
echo "version 1 configured and built in $(( $(date +%s) - v1_started )) s ($v1_build)"

step "packaging version 1 (from $v1_build) and version 2 (from $build)"
(cd "$v1_build" && MWS_BUILD_NUMBER=1 cpack -G DEB -D CPACK_COMPONENTS_ALL=workstation -B "$work/v1" \
  >"$work/cpack-1.log" 2>&1) || { cat "$work/cpack-1.log"; fail "cpack (version 1)"; }
(cd "$build" && MWS_BUILD_NUMBER=2 cpack -G DEB -B "$work/v2" >"$work/cpack-2.log" 2>&1) ||
  { cat "$work/cpack-2.log"; fail "cpack (version 2)"; }
v1="$(ls "$work"/v1/mws-workstation_*-1_*.deb)"
v2="$(ls "$work"/v2/mws-workstation_*-2_*.deb)"
central="$(ls "$work"/v2/mws-central_*-2_*.deb)"
dpkg-deb -c "$v1" > "$work/contents.txt"
grep -q ' ./usr/bin/mws-workstation$' "$work/contents.txt" || fail "mws-workstation is not in $v1"
dpkg-deb -f "$v1" Depends > "$work/depends.txt"
grep -q 'postgresql' "$work/depends.txt" || fail "$v1 does not depend on postgresql"

step "installing $(basename "$v1")"
apt_install "$v1"
[ -x /usr/bin/mws ] && [ -x /usr/bin/mws-workstation ] || fail "the programs are not installed"
[ -f /etc/mws/mws.ini ] || fail "/etc/mws/mws.ini is not installed"
grep -q '/etc/mws/mws.ini' /var/lib/dpkg/info/mws-workstation.conffiles || fail "mws.ini is not a conffile"
[ -f /lib/udev/rules.d/60-mws-fingerprint.rules ] || fail "the udev rule is missing"
[ -f /lib/systemd/system/mws-sync.service ] || fail "mws-sync.service is missing"
[ -f /usr/share/applications/mws-workstation.desktop ] || fail "the desktop entry is missing"
getent passwd mws >/dev/null || fail "the service account mws was not created"

mws --version | has '^mws [0-9]' || fail "mws --version"
step "mws doctor with the packaged configuration (no camera or reader on this machine)"
set +e; mws doctor > "$work/doctor-packaged.txt"; doctor_status=$?; set -e
cat "$work/doctor-packaged.txt"
grep -q '^OK    configuration: /etc/mws/mws.ini' "$work/doctor-packaged.txt" || fail "doctor does not see /etc/mws/mws.ini"
grep -q 'camera: v4l2:0' "$work/doctor-packaged.txt" || fail "doctor did not check the packaged camera"
if grep -q '^FAIL' "$work/doctor-packaged.txt"; then
  [ "$doctor_status" -eq 1 ] || fail "doctor printed FAIL but exited $doctor_status"
else
  [ "$doctor_status" -eq 0 ] || fail "doctor printed no FAIL but exited $doctor_status"
fi

step "a throwaway PostgreSQL cluster for the machine's database"
mkdir "$work/pg" && chown postgres: "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-k $work/pg -c listen_addresses=''" start >/dev/null
runuser -u postgres -- "$pg_bin/createdb" -h "$work/pg" -U postgres mws
dsn="host=$work/pg dbname=mws user=postgres"
# IT edits the conffile: the database, the key file, simulated devices.
sed -i "s|^dsn =.*|dsn = $dsn|; s|^camera = .*|camera = synthetic|; s|^fingerprint = .*|fingerprint = simulated|" /etc/mws/mws.ini
printf '\n[security]\nkey_file = %s\n' "$work/keys/blob.key" >> /etc/mws/mws.ini

mws db migrate
mws unit add TST-01 "Install test unit"
echo 'install-test-pass-0' | mws user add --login tester --name "Install Tester" --unit TST-01 --role officer --password-stdin
echo 'install-test-pass-1' | mws user passwd tester --password-stdin  # a password of the person's own
echo 'install-test-pass-1' | mws person add --surname Testova --given Dilnoza --birth 1991-02-03 --sex female \
  --status foreigner --citizenship KAZ --as tester --password-stdin
unsynced="$(mws db unsynced-count)"
[ "$unsynced" -gt 0 ] || fail "no unsynced outbox entry after adding a person"
mws doctor | tee "$work/doctor-configured.txt"
grep -q '^OK    database: .*schema version' "$work/doctor-configured.txt" || fail "doctor: the database is not OK"

mws db status > "$work/status-v1.txt" || { cat "$work/status-v1.txt"; fail "version 1's schema is not up to date"; }
applied_versions() { sed -n 's/^  applied  \([0-9]*\) .*/\1/p' "$1"; }
applied_versions "$work/status-v1.txt" > "$work/applied-v1.txt"

step "upgrading to $(basename "$v2") while the database refuses writes: the migration fails"
psql_admin() {  # overrides the database's default, so it can always write
  runuser -u postgres -- env PGOPTIONS='-c default_transaction_read_only=off' \
    "$pg_bin/psql" -h "$work/pg" -U postgres -d mws -qAt -v ON_ERROR_STOP=1 -c "$1"
}
psql_admin "ALTER DATABASE mws SET default_transaction_read_only = on"
set +e; apt_install "$v2" > "$work/upgrade-failed.log" 2>&1; upgrade_status=$?; set -e
cat "$work/upgrade-failed.log"
[ "$upgrade_status" -ne 0 ] || fail "the upgrade succeeded although the migration cannot have"
grep -q "ERROR: 'mws db migrate' failed; the backup is /var/backups/mws/" "$work/upgrade-failed.log" ||
  fail "the failed upgrade does not say that the migration failed and where the backup is"
failed_backup="$(sed -n "s|.*the backup is \(/var/backups/mws/[^ ]*\.dump\).*|\1|p" "$work/upgrade-failed.log" | head -1)"
[ -f "$failed_backup" ] || fail "the backup the failed upgrade names, $failed_backup, is not there"
"$pg_bin/pg_restore" --list "$failed_backup" | has 'TABLE DATA public persons' || fail "$failed_backup holds no persons"
dpkg-query -W -f='${Status} ${Version}\n' mws-workstation | tee "$work/half.txt"
grep -q 'half-configured .*-2$' "$work/half.txt" || fail "version 2 is not left half-configured"
set +e; mws db status > "$work/status-failed.txt"; set -e
cat "$work/status-failed.txt"
grep -q '^  PENDING  ' "$work/status-failed.txt" || fail "no migration is pending after the failed upgrade"
applied_versions "$work/status-failed.txt" | cmp -s - "$work/applied-v1.txt" ||
  fail "the failed upgrade changed the applied migrations"

step "the database writes again: dpkg --configure finishes the upgrade"
psql_admin "ALTER DATABASE mws RESET default_transaction_read_only"
DEBIAN_FRONTEND=noninteractive dpkg --configure mws-workstation 2>&1 | tee "$work/upgrade.log"
dpkg-query -W -f='${Status} ${Version}\n' mws-workstation | has 'ok installed .*-2$' || fail "version 2 is not installed"
grep -q "^dsn = $dsn" /etc/mws/mws.ini || fail "the upgrade overwrote the edited /etc/mws/mws.ini"
backup="$(sed -n "s|^mws-workstation: backed up .* to \(/var/backups/mws/mws-before-upgrade-from-[^ ]*-1-[^ ]*\.dump\) .*|\1|p" "$work/upgrade.log")"
[ -n "$backup" ] && [ -f "$backup" ] || fail "the upgrade did not report a backup in /var/backups/mws"
[ "$(stat -c %a "$backup")" = 600 ] || fail "the backup $backup is readable by others"
"$pg_bin/pg_restore" --list "$backup" | has 'TABLE DATA public persons' || fail "the backup holds no persons"
mws db status | tee "$work/status-v2.txt" | has 'up to date' || { cat "$work/status-v2.txt"; fail "the schema is not up to date after the upgrade"; }
applied_versions "$work/status-v2.txt" | grep -vxF -f "$work/applied-v1.txt" > "$work/new-migrations.txt" || true
[ -s "$work/new-migrations.txt" ] || fail "the upgrade applied no migration that version 1 did not have"
while read -r version; do
  grep -q "^applied migration $version$" "$work/upgrade.log" || fail "the postinst did not apply migration $version"
  echo "the upgrade applied migration $version: $(grep "^  applied  $version " "$work/status-v2.txt")"
done < "$work/new-migrations.txt"
mws unit list | has 'TST-01' || fail "the unit is gone after the upgrade"
echo 'install-test-pass-1' | mws person find --name Testova --as tester --password-stdin | has 'Testova' || fail "the person is gone after the upgrade"
[ "$(mws db unsynced-count)" = "$unsynced" ] || fail "the unsynced count changed across the upgrade"

step "removing while $unsynced entries are unsynced: refused"
set +e; DEBIAN_FRONTEND=noninteractive apt-get remove -y -q mws-workstation > "$work/remove.log" 2>&1; remove_status=$?; set -e
cat "$work/remove.log"
[ "$remove_status" -ne 0 ] || fail "the removal was not refused"
grep -q "refusing to remove: $unsynced outbox entries" "$work/remove.log" || fail "the refusal does not give the count"
dpkg-query -W -f='${Status}' mws-workstation | has 'ok installed' || fail "the package is not installed any more"

step "purging with MWS_FORCE_REMOVE=1"
MWS_FORCE_REMOVE=1 DEBIAN_FRONTEND=noninteractive apt-get purge -y -q mws-workstation
[ ! -e /usr/bin/mws ] || fail "/usr/bin/mws is still there"
[ ! -e /etc/mws/mws.ini ] || fail "/etc/mws/mws.ini survived the purge"
[ -f "$backup" ] || fail "the purge deleted the backup"

step "mws-central: install and purge"
apt_install "$central"
mws-central --help | has 'usage: mws-central' || fail "mws-central --help"
[ -f /etc/mws-central/mws-central.ini ] && [ -f /lib/systemd/system/mws-central.service ] || fail "mws-central's files"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q mws-central
[ ! -e /usr/bin/mws-central ] || fail "/usr/bin/mws-central is still there"

step "PASSED"
