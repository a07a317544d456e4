#!/usr/bin/env bash
# Issue 10's confirmation, part 2: the two 100-epoch runs on the shifted-and-flipped transfer set that the report lists as
# "still to confirm" (the student mimic2-8k-nobn-e100-cos-sf and its matched label-trained SNN snn-e100-cos-sf), seeds 1
# and 2; seed 0 is the screen's. Then, if the session still has time, the screen's third point of the mimic's curve on the
# original images (mimic2-8k-nobn-e100-cos, seed 0). Two runs on two cores, one thread each, from the clean worktree
# /work/sweep at commit $1. `touch /work/sweep/DRAIN` lets the runs in flight finish and starts no more.
set -x
cd /work/sweep
[ "$(git rev-parse --short HEAD)" = "$1" ] || { echo "worktree is not at $1"; exit 1; }
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --seeds 3 --only mimic2-8k-nobn-e100-cos-sf snn-e100-cos-sf
[ -e DRAIN ] && exit 0
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only mimic2-8k-nobn-e100-cos
echo ALL DONE
