#!/usr/bin/env bash
# Refresh the vendored front-end files from the npm registry (no node_modules, no build step).
set -euo pipefail
dest="$(cd "$(dirname "$0")/.." && pwd)/ats/static/vendor"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent htmx.org@2.0.11 sortablejs@1.15.7 chart.js@4.6.1 @picocss/pico@2.1.1 >/dev/null
for f in *.tgz; do mkdir -p "x/${f%.tgz}"; tar -xzf "$f" -C "x/${f%.tgz}"; done
cp x/htmx.org-2.0.11/package/dist/htmx.min.js "$dest/"
cp x/sortablejs-1.15.7/package/Sortable.min.js "$dest/"
cp x/chart.js-4.6.1/package/dist/chart.umd.min.js "$dest/"
cp x/picocss-pico-2.1.1/package/css/pico.min.css "$dest/"
cd "$dest"
{
  echo "# name version file sha256 (from the npm registry via npm pack; see scripts/vendor_assets.sh)"
  for entry in "htmx.org 2.0.11 htmx.min.js" "sortablejs 1.15.7 Sortable.min.js" \
               "chart.js 4.6.1 chart.umd.min.js" "@picocss/pico 2.1.1 pico.min.css"; do
    set -- $entry; echo "$1 $2 $3 $(sha256sum "$3" | cut -d' ' -f1)"
  done
} > VERSIONS.txt
