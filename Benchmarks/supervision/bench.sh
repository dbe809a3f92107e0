#!/usr/bin/env bash
# Supervision at scale: N generated reports (txt/html/docx in turn) of a generated region,
# (1) through `gongkai collect` (GongkaiBenchmarks --collect: a directory and the same .zip), and
# (2) through the web: the roster imported on the 督办's page, the .zip uploaded on the board,
# checked by the background job of one `gongkai serve` process, with the portal probed for
# latency all along. Release build. Prints Markdown tables.
#
#   Benchmarks/supervision/bench.sh [N]          (default 10000; needs `swift build -c release`)
#   GONGKAI_BINARY=… GONGKAI_BENCHMARKS=…       other release binaries (e.g. a --scratch-path build)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
bin=${GONGKAI_BINARY:-.build/release/gongkai}
bench=${GONGKAI_BENCHMARKS:-.build/release/GongkaiBenchmarks}
port=${GONGKAI_BENCH_PORT:-8196}
work=$(mktemp -d /tmp/gongkai-supervision-bench.XXXXXX)
trap 'kill ${server:-0} ${probe:-0} ${staffprobe:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## gongkai collect"
"$bench" --collect "$count" --runs 1 --gongkai "$bin" --keep "$work"
corpus=$(ls -d "$work"/gongkai-collect-*/one-year)
zip="$corpus/upload.zip"
roster="$corpus/roster.csv"

db="$work/web.sqlite"
"$bin" serve --port "$port" --database "$db" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
jar="$work/cookies"
base="http://127.0.0.1:$port"
csrf() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(csrf /staff/login)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=duban \
    --data-urlencode password=gongkai-demo "$base/staff/login"
token=$(csrf /staff/supervision/roster)
start=$(date +%s.%N)
status=$(curl -s -c "$jar" -b "$jar" -o "$work/roster.html" -w '%{http_code}' -F "_csrf=$token" -F "file=@$roster;type=text/csv" "$base/staff/supervision/roster")
roster_s=$(echo "$(date +%s.%N) - $start" | bc)
if [ "$status" != "303" ]; then echo "roster import failed ($status):"; sed 's/<[^>]*>/ /g' "$work/roster.html" | tr -s ' \n' | head -c 2000; exit 1; fi

# The portal's latency while the upload is stored and checked (a citizen's page, every 0.5 s).
( while true; do curl -s -o /dev/null -w '%{time_total}\n' "$base/" >>"$work/latency"; sleep 0.5; done ) &
probe=$!
# The office's own board page meanwhile (the progress page while checks run), every 0.5 s.
( while true; do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base/staff/supervision/2025" >>"$work/staff-latency"; sleep 0.5; done ) &
staffprobe=$!
year=2025
token=$(csrf /staff/supervision/$year)
start=$(date +%s.%N)
curl -s -c "$jar" -b "$jar" -o /dev/null -F "_csrf=$token" -F "files[]=@$zip;type=application/zip" "$base/staff/supervision/$year/uploads"
stored=$(date +%s.%N)
jobs() { sqlite3 "$db" "SELECT COUNT(*) FROM check_jobs WHERE state <> 'done'"; }
while [ "$(jobs)" != "0" ]; do sleep 0.2; done
checked=$(date +%s.%N)
kill $probe $staffprobe; probe=0; staffprobe=0
board_start=$(date +%s.%N)
curl -s -b "$jar" -o "$work/board.html" "$base/staff/supervision/$year"
board_s=$(echo "$(date +%s.%N) - $board_start" | bc)
done_files=$(sqlite3 "$db" "SELECT COUNT(*) FROM supervision_files WHERE checked = 1 AND result IS NOT NULL")
size=$(du -k "$zip" | cut -f1)
percentiles() {
    sort -n "$1" > "$1.sorted"
    local n; n=$(wc -l < "$1.sorted")
    echo "$n requests, median $(sed -n "$(( (n + 1) / 2 ))p" "$1.sorted") s, p95 $(sed -n "$(( (n * 95 + 99) / 100 ))p" "$1.sorted") s, max $(tail -1 "$1.sorted") s"
}
echo
echo "## Upload and check on the web ($(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, SQLite, one server process)"
echo
echo "| step | reports | time | reports/s |"
echo "|---|---:|---:|---:|"
printf "| roster import (CSV, web form) | %d agencies | %.1f s | |\n" "$((count))" "$roster_s"
printf "| upload of the .zip (%d MB): stored with hashes, %d jobs queued | %d | %.1f s | |\n" "$((size / 1024))" "$count" "$count" "$(echo "$stored - $start" | bc)"
printf "| background check until the last job is done | %d | %.1f s | %.0f |\n" "$done_files" "$(echo "$checked - $stored" | bc)" "$(echo "$done_files / ($checked - $stored)" | bc -l)"
printf "| upload to all checked | %d | %.1f s | %.0f |\n" "$done_files" "$(echo "$checked - $start" | bc)" "$(echo "$done_files / ($checked - $start)" | bc -l)"
printf "| the board page drawn (all %d reports) | | %.1f s | |\n" "$done_files" "$board_s"
echo
echo "Portal home page while uploading and checking: $(percentiles "$work/latency")."
echo "The office's board (progress) page meanwhile: $(percentiles "$work/staff-latency")."
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
