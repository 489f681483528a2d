#!/usr/bin/env bash
# Fails when a string a person reads has no translation: extracts the strings of the current
# UI, app and presenter sources (cmake/MwsGettext.cmake, the same options as `pot-update`),
# merges them into a copy of each catalogue in resources/locale and lists every untranslated
# or fuzzy entry of uz, uz@cyrillic and ru, and every catalogue msgfmt refuses (a %s lost in
# translation would break the format at run time). English is the sources' language: en.po
# is the identity (msgen) and a missing entry there shows the English text anyway.
#
#   check_translations.sh <source root>
#   check_translations.sh --self-test <source root>   the check must catch a new string
set -euo pipefail

if [ "${1:-}" = "--self-test" ]; then
  root="$(cd "$2" && pwd)"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/workstation" "$work/cmake" "$work/resources"
  cp -r "$root/workstation/ui" "$root/workstation/app" "$root/workstation/presenter" "$work/workstation/"
  cp "$root/cmake/MwsGettext.cmake" "$work/cmake/"
  cp -r "$root/resources/locale" "$work/resources/"
  printf '#include <wx/intl.h>\nwxString probe() { return _("A probe string no one translated"); }\n' \
    > "$work/workstation/ui/src/zz_probe.cpp"
  if out="$("$0" "$work" 2>&1)"; then
    echo "self-test: the check passed although a new string has no translation" >&2
    exit 1
  fi
  for lang in uz uz@cyrillic ru; do
    if ! grep -q "^$lang: .*untranslated" <<<"$out" ||
       ! grep -q "A probe string no one translated" <<<"$out"; then
      echo "self-test: the check did not name the probe string for $lang:" >&2
      echo "$out" >&2
      exit 1
    fi
  done
  echo "self-test: the check caught the untranslated probe string in uz, uz@cyrillic and ru"
  exit 0
fi

root="$(cd "${1:?usage: check_translations.sh <source root>}" && pwd)"
for tool in xgettext msgmerge msgattrib msgfmt cmake; do
  command -v "$tool" >/dev/null || { echo "check_translations: $tool is missing (Debian package gettext)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake -DMWS_SOURCE_DIR="$root" -DMWS_POT="$work/mws.pot" -P "$root/cmake/MwsGettext.cmake"
total="$(msgattrib --no-obsolete "$work/mws.pot" | grep -c '^msgid ' || true)"
total=$((total - 1))  # the header

failed=0
for lang in uz uz@cyrillic ru en; do
  po="$root/resources/locale/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: resources/locale/$lang.po is missing"
    failed=1
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching --output-file="$work/$lang.po" "$po" "$work/mws.pot"
  if ! msgfmt --check --output-file=/dev/null "$work/$lang.po" 2>"$work/$lang.msgfmt"; then
    echo "$lang: msgfmt refuses the catalogue:"
    sed 's/^/    /' "$work/$lang.msgfmt"
    failed=1
  fi
  [ "$lang" = en ] && continue
  for kind in untranslated only-fuzzy; do
    msgattrib --no-obsolete --"$kind" --no-wrap --no-location "$work/$lang.po" \
      | awk '/^msgid /{m=substr($0,7); inid=1; next}
             /^(msgid_plural|msgstr)/{if(inid){gsub(/""/,"",m); if(m!="")print m}; inid=0; next}
             inid && /^"/{m=m $0}' > "$work/$lang.$kind"
    count="$(wc -l < "$work/$lang.$kind")"
    if [ "$count" -gt 0 ]; then
      echo "$lang: $count ${kind#only-} of $total:"
      sed 's/^/    /' "$work/$lang.$kind"
      failed=1
    fi
  done
done

if [ "$failed" -ne 0 ]; then
  echo "Translate them in resources/locale/<lang>.po (cmake --build <build> --target pot-update merges the new strings in)."
  exit 1
fi
echo "every one of the $total strings is translated in uz, uz@cyrillic and ru"
