#!/usr/bin/env bash
# Issue 10's screening stage: the beyond plan, seed 0, one run at a time with both cores (clean clocks). About 5-6 hours
# on this machine, over several sittings: from a clean worktree (/work/sweep) at the commit $1. Resumable: rerun it; a
# finished run is kept, a killed one is redone. Then: the report's beyond cell prints the confirm command (3 seeds).
set -x
cd /work/sweep
while pgrep -f "mimic_nb run" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond
echo ALL DONE
