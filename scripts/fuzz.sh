#!/usr/bin/env bash
# Coverage-guided fuzzing of the reading pipeline with libFuzzer (clang's, shipped with Swift).
#   scripts/fuzz.sh [seconds]        default 120
# Crashes land in .fuzz/artifacts/; replay one with an ordinary build:
#   swift run GongkaiFuzz .fuzz/artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
swift build -c release --product GongkaiFuzz --scratch-path .build-fuzz \
    -Xswiftc -D -Xswiftc FUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p .fuzz/corpus .fuzz/artifacts
cp -n Tests/GongkaiCoreTests/Fixtures/seeds/*.txt Tests/GongkaiCoreTests/Fixtures/html/*.html \
    Tests/GongkaiCoreTests/Fixtures/*.docx .fuzz/corpus/ 2>/dev/null || true
.build-fuzz/release/GongkaiFuzz .fuzz/corpus -artifact_prefix=.fuzz/artifacts/ \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=262144
