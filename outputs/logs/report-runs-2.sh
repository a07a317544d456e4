#!/usr/bin/env bash
# The report's second batch of runs, from a clean worktree (/work/sweep) of this repository; the kernel imports the worktree's
# library (PYTHONPATH). What ran, in order (the log is report-runs-2.log):
#   at 0090ab9: the l2fix plan's second round and KL at T = 4, two runs at a time;
#               the paper plan's seed 3 with --jobs 1 (one run at a time, on an otherwise idle machine);
#   at 8fd778b (the sweep's scheduler that starts each student as soon as its teacher is done):
#               the paper plan's seed 4 with --jobs 2, then its seed 5 with --jobs 1 (each on an otherwise idle machine).
# Seeds 4 and 5 of the paper plan are the benchmark of parallel runs read by chapter 05 (recorded_wall_time); seed 3's
# sweep shared the machine with a test run at its start, which its CNN's first epochs show.
set -x
cd /work/sweep
export PYTHONPATH=/work/sweep
M="/work/main/.venv/bin/python -m mimic_nb"
git checkout -q -f --detach 0090ab9
$M run l2fix --seeds 3 --jobs 2
$M run kl --seeds 3 --jobs 2
$M run paper --seeds 4 --jobs 1
git checkout -q -f --detach 8fd778b
$M run paper --seeds 5 --jobs 2
$M run paper --seeds 6 --jobs 1
