#!/usr/bin/env bash
# The report's runs, from a clean worktree at a fixed commit; the kernel imports this tree's library (PYTHONPATH).
set -x
cd /work/sweep
export PYTHONPATH=/work/sweep
M="/work/main/.venv/bin/python -m mimic_nb"
rm -rf outputs/runs/mimic-8k-l2-raw outputs/runs/mimic-8k-l2-bf16 outputs/runs/smoke-*
$M run l2fix --seeds 3 --force
$M run precision --seeds 3 --only mimic-8k-l2-clip5-bf16
$M run smoke
$M run paper --seeds 3
$M run students --seeds 3
$M run capacity --seeds 3
$M run kl --seeds 3
$M run matched --seeds 3
echo ALL DONE
