#!/usr/bin/env bash
# The report's third batch: the students plan's seeds 1 and 2, then the capacity and matched plans, from a clean worktree
# (/work/sweep) at the commit given as $1; the kernel imports the worktree's library (PYTHONPATH). Resumable: rerun it.
set -x
cd /work/sweep
git checkout -q -f --detach "$1" && git log --oneline -1
export PYTHONPATH=/work/sweep
M="/work/main/.venv/bin/python -m mimic_nb"
$M run students --seeds 3
# the DNN's and SNN's seeds 1 and 2 were made from a tree with uncommitted changes: the report leaves them out; remake them
for r in dnn snn; do for k in 1 2; do grep -q '"git_clean": false' outputs/runs/$r/seed$k/metrics.json 2>/dev/null && rm -rf outputs/runs/$r/seed$k; done; done
$M run paper --seeds 3
$M run capacity --seeds 3
$M run matched --seeds 3
echo ALL DONE
