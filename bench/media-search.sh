#!/bin/sh
# Media search at scale (issue 9): writes N synthetic stories (default 1,000,000) in five languages
# straight into a story index (same fields and analysers as the application, without the ingest
# pipeline), then times 1,000 searches one at a time and 2,000 with THREADS searchers at once
# (default 4): two words, a language filter and a situation filter, 25 hits with snippets.
# Prints one MEDIA-BENCH line; see docs/benchmarks.md. Not part of the test suite.
set -eu
N=${1:-1000000}
THREADS=${2:-4}
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest='MediaBenchmark#searchWithTwoFiltersAtScale' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmedia.bench=true -Dmedia.bench.search-n="$N" -Dmedia.bench.search-threads="$THREADS" -DargLine=-Xmx2g
grep MEDIA-BENCH target/surefire-reports/org.amicus.media.internal.story.MediaBenchmark-output.txt
