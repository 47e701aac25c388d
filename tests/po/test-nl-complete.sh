#!/bin/sh
# Every translatable string in the sources has a Dutch translation in po/nl.po, and nl.po compiles.
set -eu
src=${OVERSTAP_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --files-from=po/POTFILES -o "$tmp/overstap.pot" 2>"$tmp/xgettext.err" ||
  { cat "$tmp/xgettext.err"; exit 1; }
msgmerge --quiet --no-fuzzy-matching -o "$tmp/nl.po" po/nl.po "$tmp/overstap.pot"
msgfmt --check -o /dev/null po/nl.po
missing=$(msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/nl.po" | grep -c '^msgid ' || true)
# msgattrib prints the header entry too when anything is listed.
[ "$missing" -gt 0 ] && missing=$((missing - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
if [ "$missing" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
  echo "po/nl.po: $missing untranslated, $fuzzy fuzzy strings:"
  msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep '^msgid ' | head -40
  echo "1 passed, 1 failed"
  exit 1
fi
echo "nl.po complete: $(grep -c '^msgid ' "$tmp/nl.po") strings"
