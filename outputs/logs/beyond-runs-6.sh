#!/usr/bin/env bash
# Issue 10's screen, part 6. mimic2-20k-nobn-e60-cos turned out to take about 107 s an epoch on one core (1 h 47 min for
# 60 epochs), too long for what was left of the session, so its kernel was stopped after 8 epochs (it is redone later).
# Its core runs snn-e100-cos here instead, beside beyond-runs-5.sh's mimic2-20k-k295-e60-cos: still two runs on two
# cores, one thread each (--jobs 2 gives a lone run one core). Seed 0, from the clean worktree /work/sweep at commit $1.
set -x
cd /work/sweep
[ "$(git rev-parse --short HEAD)" = "$1" ] || { echo "worktree is not at $1"; exit 1; }
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only snn-e100-cos
echo ALL DONE
