#!/usr/bin/env bash
# Issue 10's screen, part 4, after beyond-runs-3.sh's 100-epoch shifted-and-mirrored pair (that sweep was stopped once the
# pair was in, so that the plan's new teacher could go first): cnn2, the two-block CNN on the original images only, and its
# student, beside the H = 20000 student with the bottleneck k = 295 (about the multiply-adds of the 8000-wide one); then the rest of
# beyond-runs-3.sh's list (the 100-epoch pair on the original images, the H = 20000 student with no bottleneck).
# Seed 0, two runs at a time with one core each, from the clean worktree /work/sweep at commit $1. Resumable.
set -x
cd /work/sweep
while pgrep -f "mimic_nb run" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only \
  cnn2 mimic-cnn2-8k-nobn-e60-cos mimic2-20k-k295-e60-cos \
  snn-e100-cos mimic2-8k-nobn-e100-cos mimic2-20k-nobn-e60-cos
echo ALL DONE
