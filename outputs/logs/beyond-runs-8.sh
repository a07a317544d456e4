#!/usr/bin/env bash
# Issue 10's screen, part 8: the last half hour of a session, with the machine otherwise idle, on mimic2-8k-nobn-e100-cos
# alone (seed 0; --jobs 1 gives the lone run both cores). beyond-runs-7.sh then finds it done and runs only
# mimic2-20k-nobn-e60-cos. From the clean worktree /work/sweep at commit $1.
set -x
cd /work/sweep
[ "$(git rev-parse --short HEAD)" = "$1" ] || { echo "worktree is not at $1"; exit 1; }
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 1 --only mimic2-8k-nobn-e100-cos
echo ALL DONE
