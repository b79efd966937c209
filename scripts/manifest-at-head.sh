#!/usr/bin/env bash
# Regenerates custom-elements.json from the committed tree only (a clean worktree of HEAD),
# so work in progress in this checkout never leaks into the committed manifest.
set -euo pipefail
top=$(git rev-parse --show-toplevel)
tree=$(mktemp -d)
git -C "$top" worktree add --detach -q "$tree" HEAD
trap 'git -C "$top" worktree remove --force "$tree"' EXIT
ln -s "$top/node_modules" "$tree/node_modules"
(cd "$tree" && npx cem analyze --litelement >/dev/null)
cp "$tree/custom-elements.json" "$top/custom-elements.json"
