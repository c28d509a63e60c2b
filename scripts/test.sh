#!/usr/bin/env bash
# The README's test command: provisions PostgreSQL (scripts/postgres.sh), then runs every test project of
# MentorFlows.Tests.slnf. MentorFlows.Functions (Azure) is not in that filter: its packages do not restore here;
# tests/MentorFlows.Functions.CompileCheck compiles its source instead (docs/azure.md, "Compile check here").
set -euo pipefail
cd "$(dirname "$0")/.."

MENTORFLOWS_TEST_POSTGRES=$(scripts/postgres.sh | tail -n 1)
export MENTORFLOWS_TEST_POSTGRES
# Tests that need PostgreSQL fail (not skip) when this is set and the server is missing.
export MENTORFLOWS_REQUIRE_POSTGRES=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test MentorFlows.Tests.slnf --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over every test assembly ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...").
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
