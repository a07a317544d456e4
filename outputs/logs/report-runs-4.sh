#!/usr/bin/env bash
# The report's third batch, reordered: the students plan's seeds 1 and 2 (started by report-runs-3.sh, whose sweep process
# is $2), then the capacity and matched plans, and last the DNN's and SNN's seeds 1 and 2 (they already have 4 clean seeds,
# 0 and 3-5, so Table 1 does not wait for them). From a clean worktree (/work/sweep) at the commit $1. Resumable: rerun it.
set -x
cd /work/sweep
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
M="/work/main/.venv/bin/python -m mimic_nb"
if [ -n "$2" ]; then while kill -0 "$2" 2>/dev/null; do sleep 15; done; else $M run students --seeds 3; fi
# the bottleneck's speed is a paired s/epoch comparison: remake the k = 20 and k = 64 runs that shared the machine with
# another process (made at ba14750, CPU time well below 2 x wall time), so that every capacity run is timed on an idle machine
for d in mimic-8k-l2-clip5/seed0 mimic-8k-l2-clip5/seed1 mimic-8k-k64/seed0; do
  grep -q '"git_commit": "ba14750' outputs/runs/$d/metrics.json 2>/dev/null && rm -rf outputs/runs/$d; done
$M run capacity --seeds 3
$M run matched --seeds 3
# the DNN's and SNN's seeds 1 and 2 were made from a tree with uncommitted changes: the report leaves them out; remake them
for r in dnn snn; do for k in 1 2; do grep -q '"git_clean": false' outputs/runs/$r/seed$k/metrics.json 2>/dev/null && rm -rf outputs/runs/$r/seed$k; done; done
$M run paper --seeds 3
echo ALL DONE
