#!/usr/bin/env bash
# Issue 10's screen, in the order that answers most per CPU-minute (a 180-minute sitting holds about a third of the plan):
# the new teacher (cnn2-aug seed 0), then each student beside its matched label-trained SNN, the 30-epoch pairs first
# (shifted-and-mirrored transfer set, then the plain one), then the 60-epoch ones. Seed 0, two runs at a time with one
# core each (for these 8000-wide nets about 1.25x the throughput of one run with both; their clocks are flagged shared), from the clean worktree /work/sweep at commit $1. Resumable: a finished run is kept.
set -x
cd /work/sweep
while pgrep -f "mimic_nb run" > /dev/null; do sleep 20; done
[ "$(git rev-parse --short HEAD)" = "$1" ] || git checkout -q -f --detach "$1"
git log --oneline -1
export PYTHONPATH=/work/sweep
/work/main/.venv/bin/python -m mimic_nb run beyond --jobs 2 --only \
  mimic2-8k-nobn-e30-cos-sf snn-e30-cos-sf mimic2-8k-nobn-e30-cos snn-e30-cos \
  mimic2-8k-nobn-e60-cos-sf snn-e60-cos-sf mimic2-8k-nobn-e60-cos mimic2-8k-nobn-e60-cos-mix \
  mimic2-8k-nobn-e60-cos-kl mimic2-8k-nobn-e60-cos-kl-t4
echo ALL DONE
