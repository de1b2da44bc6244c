# Marsa's two commands (README): `make run` and `make test`. This file only wraps CMake: it
# installs missing Debian packages, configures a preset once, and lets Ninja rebuild what changed.
PRESET ?= dev
BUILD := build/$(PRESET)
ARGS ?=

.PHONY: all deps configure build run test asan bench format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@test -f $(BUILD)/build.ninja || cmake --preset $(PRESET)

build: configure
	@cmake --build $(BUILD)

run: build
	@$(BUILD)/src/app/marsa $(ARGS)

test: build
	@ctest --preset $(PRESET)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory PRESET=asan test

# Render, Incidents-panel, live-target, feed, AIS and track-store benchmarks on an optimised build; figures go to
# docs/performance.md. scripts/bench-ais-vs-gpsd.sh times the AIS decoder against gpsd's gpsdecode.
bench:
	@$(MAKE) --no-print-directory PRESET=release build
	@build/release/tests/bench/marsa_bench
	@build/release/tests/bench/marsa_incidents_bench
	@build/release/tests/bench/marsa_targets_bench
	@build/release/tests/bench/marsa_feeds_bench
	@build/release/tests/bench/marsa_ais_bench
	@build/release/tests/bench/marsa_tracks_bench
	@build/release/src/cli/marsa-cli render --bbox 11,30,25.5,35 --size 1920x1080 --frames 200

format:
	@find src tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	@rm -rf build
