#!/usr/bin/env bash
# Issue 10's confirmation, part 1: three seeds (0, 1, 2) for the two students the screen ranks first on validation,
# mimic-cnn2-8k-nobn-e60-cos (seed 0: 91.68%, teacher cnn2) and mimic-ens4-8k-nobn-e60-cos (seed 0: 91.30%, teacher 4 CNNs);
# the sweep trains cnn2's seeds 1 and 2 first. Their matched label-trained net, snn-e60-cos, has its three seeds already.
# The rest of the screen (beyond-runs-4.sh after mimic-cnn2) waits: a confirmed table first.
# Two runs at a time with one core each, from the clean worktree /work/sweep at commit $1. Resumable.
set -x
cd /work/sweep
while pgrep -f "mimic_nb run" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --seeds 3 --jobs 2 --only \
  mimic-cnn2-8k-nobn-e60-cos mimic-ens4-8k-nobn-e60-cos
echo ALL DONE
