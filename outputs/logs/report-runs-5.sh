#!/usr/bin/env bash
# The report's last batch: the SNN's seeds 1 and 2 first (the matched 30-epoch comparison, no bottleneck against the SNN,
# pairs over seeds 0-2 and the SNN's seeds 1-2 were made from an unclean tree), then the matched plan, and last the DNN's
# seeds 1 and 2. From a clean worktree (/work/sweep) at the commit $1; the kernel imports the worktree's library.
# Resumable: rerun it.
set -x
cd /work/sweep
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
M="/work/main/.venv/bin/python -m mimic_nb"
unclean() { for k in 1 2; do grep -q '"git_clean": false' outputs/runs/$1/seed$k/metrics.json 2>/dev/null && rm -rf outputs/runs/$1/seed$k; done; }
unclean snn
$M run paper --seeds 3 --only snn
$M run matched --seeds 3
unclean dnn
$M run paper --seeds 3
echo ALL DONE
