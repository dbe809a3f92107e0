#!/usr/bin/env bash
# The JSON API against its own document: starts `gongkai serve` on a new demo database, makes a
# demo token (经办人 + 督办 of 江东市人民政府办公室), and runs schemathesis over every operation of
# /api/openapi.yaml — no 5xx, every status, content type and body as documented.
# Usage: scripts/api-contract.sh [path/to/gongkai]   (default .build/debug/gongkai)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/gongkai}
port=${GONGKAI_API_PORT:-8197}
work=$(mktemp -d /tmp/gongkai-api.XXXXXX)
"$bin" serve --port "$port" --database "$work/api.sqlite" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 $server 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    sleep 1
done
token=$("$bin" tokens add --database "$work/api.sqlite" --agency 江东市人民政府办公室 --role 经办人 --role 督办 --name schemathesis)
command -v schemathesis >/dev/null 2>&1 || python3 -m pip install -q schemathesis
schemathesis run "http://127.0.0.1:$port/api/openapi.yaml" --url "http://127.0.0.1:$port/api/v1" \
    -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "${GONGKAI_API_EXAMPLES:-30}" --seed 11 --no-color
