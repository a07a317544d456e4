#!/usr/bin/env bash
# The matched plan (the label-trained SNN and the same-size mimic, 60 epochs with cosine decay; the 30-epoch pairs exist),
# two runs at a time with one thread each (chapter 05: the SNN-sized step takes 0.75 of the time that way), so that the
# report's last runs fit one sitting; their seconds per epoch are those of a shared machine, and results.csv says so.
# From a clean worktree (/work/sweep) at the commit $1; waits for a sweep already running there. Resumable: rerun it.
set -x
cd /work/sweep
while pgrep -f "mimic_nb run paper" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run matched --seeds 3 --jobs 2
echo ALL DONE
