#!/usr/bin/env bash
# Issue 10's screen, the rest of it after beyond-runs-2.sh (it waits for that sweep to end): the ensemble teachers' other
# members (cnn2-aug seeds 2-3; cnn has seeds 0-5) and the students of both ensembles, then the 100-epoch runs (the
# transfer-set curve's third point, and the SNN's), then the H = 20000 students. Seed 0, two runs at a time with one
# core each, from the clean worktree /work/sweep at commit $1. Resumable: a finished run is kept.
set -x
cd /work/sweep
while pgrep -f "mimic_nb run" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only \
  mimic2-ens4-8k-nobn-e60-cos mimic-ens4-8k-nobn-e60-cos \
  mimic2-8k-nobn-e100-cos-sf snn-e100-cos-sf mimic2-8k-nobn-e100-cos snn-e100-cos \
  mimic2-20k-nobn-e60-cos mimic2-20k-k295-e60-cos
echo ALL DONE
