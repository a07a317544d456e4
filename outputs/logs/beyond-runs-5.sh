#!/usr/bin/env bash
# Issue 10's screen, part 5, after beyond-confirm-1.sh: the two H = 20000 students of cnn2-aug on the 60-epoch cosine
# schedule, with no bottleneck and with k = 295 (about the multiply-adds of the 8000-wide one), left from beyond-runs-4.sh.
# The 100-epoch pair on the original images (snn-e100-cos, mimic2-8k-nobn-e100-cos) waits for a later session.
# Seed 0, two runs at a time with one core each, from the clean worktree /work/sweep at commit $1. Resumable.
set -x
cd /work/sweep
while pgrep -f "mimic_nb run" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only mimic2-20k-nobn-e60-cos mimic2-20k-k295-e60-cos
echo ALL DONE
