#!/usr/bin/env bash
# Converts signed PP/UU texts of the public dump github.com/mblonyox/data-peraturan into naskah
# XML for tools/scale/findings.py (a rough, unlabelled measure of false alarms; see docs/checks.md).
#   tools/scale/prepare.sh GIT-DIR OUT-DIR [PATH-REGEX] [MAX]
#   tools/scale/prepare.sh /work/.mirror/mblonyox+data-peraturan/repo /tmp/scale '^pp/20(0[5-9]|1[0-9])/' 400
# GIT-DIR is the dump's git directory (the `fetch` tool brings it); files that are not in the
# expected shape (amending regulations with Pasal I/II, texts without Menimbang) are skipped.
# CONVERTER=txt_to_naskah.py converts texts extracted line by line from their PDF instead (the
# Peraturan Menteri of github.com/mashanz/peraturan-perundang-undangan, permenkeu/ of the dump):
#   CONVERTER=txt_to_naskah.py tools/scale/prepare.sh /work/.mirror/mashanz+peraturan-perundang-undangan/repo \
#       /tmp/permen '^permen/(kemenhub|kemenkeu|kementan|kemhan|kemkomdigi/2024)/' 200
# (h24prec left out the two 3 MB copies of Permenhub 12/2025, kemenhub/permen-kemenhub-12-2025.md
# and permenhub-012-2025.md, by hand: the converter is slow on them and they are one text.)
set -euo pipefail
git_dir=$1 out=$2 regex=${3:-'^pp/20(0[5-9]|1[0-9])/'} max=${4:-400}
here=$(cd "$(dirname "$0")" && pwd)
converter=${CONVERTER:-md_to_naskah.py}
mkdir -p "$out/md" "$out/xml"
converted=0 skipped=0
while read -r path; do
  name=$(tr / - <<<"${path%.md}")
  git --git-dir="$git_dir" show "HEAD:$path" >"$out/md/$name.md"
  if /usr/bin/python3 "$here/$converter" "$out/md/$name.md" "$out/xml/$name.xml"; then
    converted=$((converted + 1))
  else
    skipped=$((skipped + 1))
  fi
done < <(git --git-dir="$git_dir" ls-tree -r HEAD --name-only | grep -E "$regex" | grep '\.md$' | head -n "$max")
echo "converted $converted, skipped $skipped (not in the expected shape) into $out/xml"
