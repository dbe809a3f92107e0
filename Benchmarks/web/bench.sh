#!/usr/bin/env bash
# Web benchmark: wrk against the portal's agency page, a citizen's status page and an officer's
# work queue (signed in, 5,000 open cases), each beside the hello-world route (/health) of the
# same server in the same run. Prints a Markdown table: requests/s, p50, p99, share of hello.
#
#   Benchmarks/web/bench.sh [--duration 10] [--connections 64] [--database postgres://…]
#
# Needs a release build (swift build -c release) and Debian's wrk. Binds 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=10
connections=64
database=""
binary=${GONGKAI_BINARY:-.build/release/gongkai}
while (($#)); do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --database) database=$2; shift 2 ;;
        --binary) binary=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install --no-install-recommends wrk" >&2; exit 2; }
[ -x "$binary" ] || { echo "$binary is missing: swift build -c release" >&2; exit 2; }

work=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
[ -n "$database" ] || database="$work/bench.sqlite"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

# The demo region, then 5,000 open cases for the agency whose queue is measured.
GONGKAI_LOG_LEVEL=warning GONGKAI_RATE_LIMIT_SCALE=100000 "$binary" serve --port "$port" --database "$database" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done
"$binary" bench-seed-queue --database "$database" --open 5000 >&2

jar="$work/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }

# An officer's session.
tok=$(curl -s -c "$jar.staff" -b "$jar.staff" "$base/staff/login" | token)
curl -s -o /dev/null -c "$jar.staff" -b "$jar.staff" --data-urlencode "_csrf=$tok" \
    --data-urlencode "username=jingban" --data-urlencode "password=gongkai-demo" "$base/staff/login"
staff_cookie=$(awk '$6=="gk_session"{s=$7} $6=="gk_csrf"{c=$7} END{print "gk_session=" s "; gk_csrf=" c}' "$jar.staff")

# A citizen's request, looked up with its code (the status page is what a citizen reloads).
agency_path=$(curl -s "$base/" | grep -o 'href="/agencies/[^"]*/apply"' | head -1 | sed 's/href="//;s/"$//')
form=$(curl -s -c "$jar.citizen" -b "$jar.citizen" "$base$agency_path")
receipt=$(curl -s -c "$jar.citizen" -b "$jar.citizen" --data-urlencode "_csrf=$(echo "$form" | token)" \
    --data-urlencode "submissionKey=$(echo "$form" | field submissionKey)" --data-urlencode "applicantKind=naturalPerson" \
    --data-urlencode "name=压测申请人" --data-urlencode "idKind=residentIDCard" --data-urlencode "idNumber=11010519491231002X" \
    --data-urlencode "phone=13800138000" --data-urlencode "content=压测：某项政府信息" --data-urlencode "deliveryForm=electronic" \
    "$base$agency_path")
case_number=$(echo "$receipt" | grep -o 'id="case-number">[^<]*' | sed 's/.*>//')
query_code=$(echo "$receipt" | grep -o 'id="query-code">[^<]*' | sed 's/.*>//')
lookup=$(curl -s -c "$jar.citizen" -b "$jar.citizen" "$base/status")
status_path=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar.citizen" -b "$jar.citizen" \
    --data-urlencode "_csrf=$(echo "$lookup" | token)" --data-urlencode "caseNumber=$case_number" \
    --data-urlencode "queryCode=$query_code" "$base/status" | sed "s|$base||")
citizen_cookie=$(awk '$6=="gk_session"{s=$7} $6=="gk_csrf"{c=$7} END{print "gk_session=" s "; gk_csrf=" c}' "$jar.citizen")
agency_page=${agency_path%/apply}

for check in "$agency_page" "$status_path"; do
    [ -n "$check" ] || { echo "setup failed: see $work/serve.log" >&2; cat "$work/serve.log" >&2; exit 1; }
done
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $staff_cookie" "$base/staff")
[ "$code" = 200 ] || { echo "the officer's queue answered $code" >&2; exit 1; }

# wrk: requests/s and latency percentiles.
run() {  # name path [cookie]
    local output
    if [ -n "${3:-}" ]; then
        output=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $3" "$base$2")
    else
        output=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$2")
    fi
    local rps p50 p99 errors
    rps=$(echo "$output" | awk '/Requests\/sec/{print $2}')
    p50=$(echo "$output" | awk '$1=="50%"{print $2}')
    p99=$(echo "$output" | awk '$1=="99%"{print $2}')
    errors=$(echo "$output" | awk '/Non-2xx/{print $5}')
    echo "$1|$rps|$p50|$p99|${errors:-0}"
}
hello=$(run "hello-world /health" /health)
rows=("$hello" "$(run "portal: agency page" "$agency_page")" "$(run "portal: status page (citizen)" "$status_path" "$citizen_cookie")" \
      "$(run "staff: work queue (5,000 open)" /staff "$staff_cookie")" "$(run "hello-world /health (again)" /health)")
hello_rps=$(echo "$hello" | cut -d'|' -f2)
echo
echo "wrk -t2 -c$connections -d${duration}s, $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); database: $(case $database in postgres*) echo PostgreSQL;; *) echo SQLite;; esac)"
echo
echo "| route | requests/s | p50 | p99 | share of hello-world | non-2xx |"
echo "|---|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
    IFS='|' read -r name rps p50 p99 errors <<<"$row"
    share=$(python3 -c "print(f'{float($rps)/float($hello_rps)*100:.0f} %')")
    echo "| $name | $rps | $p50 | $p99 | $share | $errors |"
done
