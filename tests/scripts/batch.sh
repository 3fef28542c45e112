#!/usr/bin/env bash
# End-to-end test of `naskah batch` and `naskah manifest` (docs/batch.md).
#
#   tests/scripts/batch.sh [PATH-TO-NASKAH]      (default: build/naskah)
#
# Generates 200 decrees from samples/keputusan-kpu-kab-malang-15-2022.xml (other numbers,
# titles, years, variants and work-plan sizes, in year folders that reuse the same file names),
# 3 broken ones (an XML syntax error, an impossible date, a drafting-check error) and one XML file that is not a decree, then checks: a full run, a second run
# into another folder (byte-identical), a re-run (nothing rendered), SIGINT and SIGKILL in the
# middle of a run and the re-run after each, three shards merged, an output folder inside the
# input tree, a list on standard input and `manifest verify`. Last line: "N passed, M failed".
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"

tmp="$(mktemp -d)"
cleanup() {
    [[ -n "${bg:-}" ]] && kill -KILL "$bg" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
check() {
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $what" >&2
    fi
}
equal() { [[ "$1" == "$2" ]] || { echo "  expected '$2', got '$1'" >&2; return 1; }; }
no_temporaries() { [[ -z "$(find "$1" -name '*.tmp-*' -print -quit)" ]]; }
same_tree() { diff -r -x .naskah-batch -x 'manifest.*-of-*' "$1" "$2" >/dev/null; }
pdf_count() { find "$1" -name '*.pdf' | wc -l; }
ok_records() { grep -c '"status":"ok"' "$1"; }
events() { grep -c "\"result\":\"$2\"" "$1"; }

# Every output a manifest lists exists with its size and SHA-256 (checked with sha256sum).
hashes_match() {
    local dir="$1" list="$tmp/sums"
    grep -o '"path":"[^"]*","size":[0-9]*,"pages":[0-9a-z]*,"sha256":"[0-9a-f]*"' "$dir/manifest.json" |
        sed 's/"path":"\([^"]*\)","size":\([0-9]*\),"pages":[0-9a-z]*,"sha256":"\([0-9a-f]*\)"/\3  \1 \2/' >"$list"
    [[ -s "$list" ]] || return 1
    while read -r sum path size; do
        [[ "$(stat -c %s "$dir/$path")" == "$size" ]] || { echo "  size of $path" >&2; return 1; }
    done <"$list"
    (cd "$dir" && awk '{print $1 "  " $2}' "$list" | sha256sum --check --quiet --strict)
}

# Every PDF under a final name in an interrupted run's folder is complete: byte-equal to the clean run's.
complete_files_only() {
    local dir="$1" ref="$2" f
    while IFS= read -r f; do
        cmp -s "$dir/$f" "$ref/$f" || { echo "  partial or different: $f" >&2; return 1; }
    done < <(cd "$dir" && find . -name '*.pdf')
}

# Waits until a background run has written at least N PDFs (or has ended).
wait_for_pdfs() {
    local dir="$1" n="$2" i
    for ((i = 0; i < 400; i++)); do
        [[ -d "$dir" && "$(pdf_count "$dir")" -ge "$n" ]] && return 0
        kill -0 "$bg" 2>/dev/null || return 1
        sleep 0.02
    done
    return 1
}

# --- inputs --------------------------------------------------------------------------------------
sample=samples/keputusan-kpu-kab-malang-15-2022.xml
in="$tmp/arsip"
titles=("Penetapan Rencana Kerja Pembangunan Zona Integritas"
    "Perubahan Rencana Kerja Zona Integritas di Lingkungan Komisi Pemilihan Umum Kabupaten Malang"
    "Penetapan Rencana Aksi Wilayah Bebas dari Korupsi"
    "Rencana Kerja Reformasi Birokrasi Sekretariat"
    "Penetapan Agen Perubahan dan Rencana Kerja Zona Integritas")
for ((i = 1; i <= 200; i++)); do
    year=$((2021 + (i - 1) % 3))
    folder="$in/tahun-$year"
    ((i % 10 == 0)) && folder="$folder/triwulan-4"
    mkdir -p "$folder"
    out="$folder/keputusan-$(printf %03d $(((i - 1) / 3 + 1))).xml"
    awk -v num="$i" -v year="$year" -v sections=$((1 + i % 6)) -v twice=$((i % 7 == 0 ? 1 : 0)) \
        -v title="${titles[i % 5]} Tahun $year" \
        -v date="$(printf '%d-%02d-%02d' "$year" $((1 + i % 12)) $((3 + i % 26)))" '
        /<bagian>/ { inb = 1; block = "" }
        inb { block = block $0 "\n"; if ($0 ~ /<\/bagian>/) { inb = 0; blocks[++nb] = block } next }
        /<\/rencana-kerja>/ { for (r = 0; r <= twice; r++) for (b = 1; b <= sections && b <= nb; b++) printf "%s", blocks[b]; print; next }
        /<nomor>/ { sub(/<nomor>[^<]*<\/nomor>/, "<nomor>" num "/HK.03.1/3507/" year "</nomor>") }
        /<tentang>/ { sub(/<tentang>[^<]*<\/tentang>/, "<tentang>" title "</tentang>") }
        { gsub(/2022-01-17/, date); gsub(/17 Januari 2022/, "2 Januari " year); gsub(/Tahun 2022/, "Tahun " year); print }' "$sample" >"$out"
    # every fourth decree is an original (asli) rather than a certified copy
    ((i % 4 == 0)) && sed -i 's/ varian="salinan"//' "$out"
done
head -n 40 "$sample" >"$in/tahun-2022/rusak-sintaks.xml"
sed 's/tanggal="2022-01-17"/tanggal="2022-02-30"/' "$sample" >"$in/tahun-2022/rusak-tanggal.xml"
# a drafting-check error rather than a reading one: a Menimbang item without "bahwa" (MENIMBANG-BAHWA)
sed '0,/<butir>bahwa /s//<butir>/' "$sample" >"$in/tahun-2023/rusak-menimbang.xml"
printf '<?xml version="1.0"?>\n<catatan>bukan keputusan</catatan>\n' >"$in/tahun-2021/catatan.xml"

# --- 1. a full run ----------------------------------------------------------------------------------
a="$tmp/a"
"$bin" batch "$in" -o "$a" -j 2 >"$tmp/a.out" 2>"$tmp/a.err"
status=$?
check "a run with bad inputs exits 1" equal "$status" 1
check "all 200 good decrees are rendered" equal "$(pdf_count "$a")" 200
check "the manifest lists 200 ok" equal "$(ok_records "$a/manifest.json")" 200
check "the manifest lists the 3 bad ones as failed" equal "$(grep -c '"status":"failed"' "$a/manifest.json")" 3
check "each failed record carries its errors" equal "$(grep '"status":"failed"' "$a/manifest.json" | grep -c '"errors":\[{"file":"tahun-202./rusak-[a-z]*.xml","line":[1-9]')" 3
check "the errors are printed with the input's path" equal "$(grep -c "rusak-.*error:" "$tmp/a.err")" 3
check "the non-decree is skipped and listed" equal "$(grep -c '"input":"tahun-2021/catatan.xml".*"status":"skipped","reason":"not a naskah document' "$a/manifest.json")" 1
check "manifest hashes and sizes match the files (sha256sum)" hashes_match "$a"
check "the CSV has a row per output, failure and skip" equal "$(wc -l <"$a/manifest.csv")" 205
check "equal file names in different folders do not collide" test -f "$a/tahun-2021/keputusan-001.salinan.pdf" -a -f "$a/tahun-2022/keputusan-001.salinan.pdf"
check "subfolders are mirrored" test -f "$a/tahun-2021/triwulan-4/keputusan-004.salinan.pdf"
check "no temporary files are left" no_temporaries "$a"
check "nothing on stdout without --json" test ! -s "$tmp/a.out"
check "the summary counts" grep -q "200 rendered, 0 unchanged, 3 failed, 1 skipped" "$tmp/a.err"
# Byte-identical to `naskah render`, which starts with empty caches, for decrees all through the
# run: batch workers reuse font programs and broken paragraphs from earlier decrees.
same_as_render() {
    local rel ref="$tmp/render-ref" n=0
    while IFS= read -r rel; do
        mkdir -p "$ref/$(dirname "$rel")"
        "$bin" render "$in/$rel" -o "$ref/$(dirname "$rel")/" 2>/dev/null || { echo "  render failed: $rel" >&2; return 1; }
        for f in "$ref/${rel%.xml}".*pdf; do
            cmp -s "$f" "$a/$(dirname "$rel")/$(basename "$f")" || { echo "  differs: $f" >&2; return 1; }
            n=$((n + 1))
        done
    done < <(cd "$in" && find . -name 'keputusan-*.xml' | sed 's|^\./||' | sort | awk 'NR % 10 == 1')
    ((n >= 20))
}
check "batch output equals naskah render's (20 decrees across the run)" same_as_render

# --- 2. deterministic --------------------------------------------------------------------------------
b="$tmp/b"
"$bin" batch "$in" -o "$b" -j 1 --quiet 2>/dev/null
check "a second run (one thread) gives byte-identical outputs and manifest" same_tree "$a" "$b"

# --- 3. re-run: nothing to do -------------------------------------------------------------------------
cp "$a/manifest.json" "$tmp/manifest-a.json"
"$bin" batch "$in" -o "$a" --json >"$tmp/rerun.json" 2>/dev/null
check "a re-run renders nothing" equal "$(events "$tmp/rerun.json" rendered)" 0
check "a re-run finds 200 unchanged" equal "$(events "$tmp/rerun.json" unchanged)" 200
check "a re-run writes the same manifest" cmp -s "$a/manifest.json" "$tmp/manifest-a.json"
check "JSON events end with a summary" grep -q '^{"event":"end","total":204,"rendered":0,"unchanged":200,"failed":3,"skipped":1,' "$tmp/rerun.json"

# --- 4. SIGINT in the middle ---------------------------------------------------------------------------
c="$tmp/c"
"$bin" batch "$in" -o "$c" -j 2 --quiet 2>/dev/null &
bg=$!
wait_for_pdfs "$c" 40
kill -INT "$bg" 2>/dev/null
wait "$bg"
status=$?
bg=
check "SIGINT: exit 130" equal "$status" 130
check "SIGINT: no temporary files" no_temporaries "$c"
check "SIGINT: the manifest says the run is incomplete" grep -q '"complete": false' "$c/manifest.json"
finished=$(ok_records "$c/manifest.json")
check "SIGINT: stopped in the middle ($finished finished)" test "$finished" -gt 0 -a "$finished" -lt 200
check "SIGINT: the manifest lists exactly the PDFs on disk" equal "$(pdf_count "$c")" "$finished"
check "SIGINT: listed hashes match" hashes_match "$c"
check "SIGINT: only complete files" complete_files_only "$c" "$a"
"$bin" batch "$in" -o "$c" -j 2 --json >"$tmp/c.json" 2>/dev/null
check "SIGINT: the re-run renders only what was missing" equal "$(events "$tmp/c.json" rendered)" $((200 - finished))
check "SIGINT: the re-run's outputs and manifest equal a clean run's" same_tree "$a" "$c"

# --- 5. SIGKILL in the middle ---------------------------------------------------------------------------
d="$tmp/d"
"$bin" batch "$in" -o "$d" -j 2 --quiet 2>/dev/null &
bg=$!
wait_for_pdfs "$d" 40
kill -KILL "$bg" 2>/dev/null
wait "$bg" 2>/dev/null
bg=
check "SIGKILL: every file under a final name is complete" complete_files_only "$d" "$a"
journaled=$(grep -c '"status":"ok"' "$d/.naskah-batch/journal.all.jsonl")
check "SIGKILL: stopped in the middle ($journaled journaled)" test "$journaled" -gt 0 -a "$journaled" -lt 200
"$bin" batch "$in" -o "$d" -j 2 --json >"$tmp/d.json" 2>/dev/null
check "SIGKILL: the re-run renders only what was missing" equal "$(events "$tmp/d.json" rendered)" $((200 - journaled))
check "SIGKILL: the re-run removes leftover temporary files" no_temporaries "$d"
check "SIGKILL: the re-run's outputs and manifest equal a clean run's" same_tree "$a" "$d"

# --- 6. shards ------------------------------------------------------------------------------------------
e="$tmp/e"
pids=()
for k in 1 2 3; do
    "$bin" batch "$in" -o "$e" -j 1 --shard "$k/3" --quiet 2>"$tmp/e$k.err" &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
total=0
for k in 1 2 3; do
    n=$(grep -c '"input_sha256"' "$e/manifest.$k-of-3.json")
    check "shard $k/3 has its part ($n)" test "$n" -gt 30
    total=$((total + n))
done
check "the shards together have every input once" equal "$total" 204
"$bin" manifest merge "$e"/manifest.{1,2,3}-of-3.json -o "$e/manifest.json" 2>/dev/null
check "merged shard manifests equal the unsharded manifest" cmp -s "$e/manifest.json" "$a/manifest.json"
check "merged CSV equals the unsharded CSV" cmp -s "$e/manifest.csv" "$a/manifest.csv"
check "shard outputs equal the unsharded outputs" same_tree "$a" "$e"

# --- 7. the output folder inside the input tree ----------------------------------------------------------
f="$tmp/f"
mkdir -p "$f"
cp "$in"/tahun-2023/keputusan-00[1-3].xml "$f/"
"$bin" batch "$f" -o "$f/hasil" --format pdf,wordml --quiet 2>/dev/null
"$bin" batch "$f" -o "$f/hasil" --format pdf,wordml --json >"$tmp/f.json" 2>/dev/null
check "files written into the output folder are not read back as inputs" equal "$(events "$tmp/f.json" unchanged)" 3
check "the output folder is listed as skipped" grep -q '"input":"hasil/","input_sha256":"","status":"skipped","reason":"the output folder"' "$f/hasil/manifest.json"

# --- 8. a list on standard input ----------------------------------------------------------------------------
find "$in/tahun-2021" -name 'keputusan-*.xml' | "$bin" batch - -o "$tmp/g" --quiet 2>/dev/null
check "a list on standard input" equal "$(pdf_count "$tmp/g")" "$(find "$in/tahun-2021" -name 'keputusan-*.xml' | wc -l)"
check "list inputs are mirrored from their common folder" test -f "$tmp/g/triwulan-4/keputusan-004.salinan.pdf"

# --- 9. manifest verify --------------------------------------------------------------------------------------
"$bin" manifest verify "$b/manifest.json" 2>/dev/null
check "manifest verify accepts an intact archive" equal "$?" 0
printf 'x' >>"$b/tahun-2022/keputusan-001.salinan.pdf"
"$bin" manifest verify "$b/manifest.json" 2>/dev/null
check "manifest verify finds a changed file" equal "$?" 1

# --- 10. usage errors --------------------------------------------------------------------------------------
"$bin" batch "$tmp/does-not-exist" -o "$tmp/h" 2>/dev/null
check "a missing input argument is a usage error" equal "$?" 2
"$bin" batch "$in" -o "$tmp/h" --shard 4/3 2>/dev/null
check "a bad --shard is a usage error" equal "$?" 2

echo "$passed passed, $failed failed"
((failed == 0))
