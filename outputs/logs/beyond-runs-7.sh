#!/usr/bin/env bash
# Issue 10's screen, part 7: the two screening runs left after beyond-confirm-2.sh, seed 0, side by side on two cores, one
# thread each: mimic2-8k-nobn-e100-cos (the third point of the mimic's curve on the original images, about 45 min) and
# mimic2-20k-nobn-e60-cos (H = 20000 with no bottleneck, about 107 s an epoch on one core: 1 h 47 min; its earlier try
# was stopped after 8 epochs and left no record). From the clean worktree /work/sweep at commit $1.
# `touch /work/sweep/DRAIN` lets the runs in flight finish and starts no more.
set -x
cd /work/sweep
[ "$(git rev-parse --short HEAD)" = "$1" ] || { echo "worktree is not at $1"; exit 1; }
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only mimic2-20k-nobn-e60-cos mimic2-8k-nobn-e100-cos
echo ALL DONE
