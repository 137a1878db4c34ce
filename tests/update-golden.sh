#!/usr/bin/env bash
# Regenerates the pinned golden files (tests/Simulator.Domain.Tests/Golden) from the code as it is
# now and prints what changed against the last commit. Review the diff, then commit the files with the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
golden=tests/Simulator.Domain.Tests/Golden
SIM_UPDATE_GOLDEN=1 dotnet test tests/Simulator.Domain.Tests --filter "FullyQualifiedName~Golden" --nologo -v quiet
git add --intent-to-add -- "$golden"
if git diff --quiet HEAD -- "$golden"; then
  echo "golden files unchanged"
else
  git --no-pager diff --stat HEAD -- "$golden"
  git --no-pager diff HEAD -- "$golden"
fi
