#!/usr/bin/env bash
# Reads back the MSI that wixl built from installer/msi/mws.wxs (stand-in payload) and
# checks the rows that make it the installer IT needs: per-machine into Program Files\MWS,
# the Start-menu shortcut, the configuration under ProgramData, the sync agent's service,
# and the fixed UpgradeCode that replaces older versions.
#   tests/install/msi_test.sh FILE.msi
set -euo pipefail
msi="${1:?usage: msi_test.sh FILE.msi}"
upgrade_code='{6FDC1AC5-E4D8-408F-87E6-05578A3F1F6B}'
fail() { echo "msi_test: FAILED: $*" >&2; exit 1; }
[ -s "$msi" ] || fail "$msi was not built (cmake --build B --target msi)"
work="$(mktemp -d /tmp/mws-msi-test.XXXXXX)"
trap 'rm -rf "$work"' EXIT

msiinfo tables "$msi" > "$work/tables"
for table in Shortcut ServiceInstall ServiceControl Upgrade Directory Component File; do
  grep -qx "$table" "$work/tables" || fail "no $table table"
  msiinfo export "$msi" "$table" | tr -d '\r' > "$work/$table"
done
row() { grep -P -- "$2" "$work/$1" >/dev/null || fail "$1: no row matching $2"; }

row Directory '^INSTALLDIR\tProgramFiles64Folder\tMWS$'
row Directory '^CONFIGDIR\tCommonAppDataFolder\tMWS$'
row Shortcut '^WorkstationShortcut\tMenuDir\tMigration Officer Workstation\t\S+\t\[INSTALLDIR\]mws-workstation\.exe'
row ServiceInstall '^MwsSyncService\tmws-sync\tMWS sync agent\t16\t3\t'          # own process, demand start
row ServiceInstall '\tsync --daemon\tCliExe\t'
row ServiceControl '^MwsSyncControl\tmws-sync\t'
row Upgrade "^\\Q$upgrade_code\\E\\t0\\.0\\.0\\t[0-9.]+\\t\\t256\\t\\tOLDERVERSIONBEINGUPGRADED"
row Upgrade "^\\Q$upgrade_code\\E\\t[0-9.]+\\t\\t\\t2\\t\\tNEWERVERSIONDETECTED"
row File '^MwsIni\tDefaultConfig\tmws\.ini\t'
row Component '^DefaultConfig\t\{[0-9A-F-]+\}\tCONFIGDIR\t'
msiinfo suminfo "$msi" > "$work/suminfo"
grep -q '^Template: x64;1033' "$work/suminfo" || fail "not an x64 package"
msiinfo export "$msi" Property | tr -d '\r' > "$work/Property"
row Property "^UpgradeCode\\t\\Q$upgrade_code\\E"
# ALLUSERS=1: per machine.
row Property '^ALLUSERS\t1$'
echo "msi_test: $msi has the shortcut, the service, the ProgramData config and the upgrade rows"
