# Developer entry points. `make test` is what CI runs (via .ci/run).
.PHONY: build test run check bench bench-collect release lint

build:
	swift build

test:
	swift test

# The main job on the bundled examples.
check:
	swift run gongkai check Examples/

release:
	swift build -c release

# Reports per second per format, and `gongkai check` wall time on 1,500 reports.
bench: release
	swift build -c release --product GongkaiBenchmarks
	.build/release/GongkaiBenchmarks --count 1500 --gongkai .build/release/gongkai

# `gongkai collect` on 10,000 generated reports (a directory and a .zip; one and two years).
bench-collect: release
	swift build -c release --product GongkaiBenchmarks
	.build/release/GongkaiBenchmarks --collect 10000 --runs 3 --gongkai .build/release/gongkai

lint:
	swift format lint --recursive Sources Tests Benchmarks
