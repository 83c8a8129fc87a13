#!/usr/bin/env bash
# The version matrix: the whole suite on every supported QGIS (scripts/qgis_versions.txt),
# each in its own Debian root (scripts/qgis_root.sh), then one table per version.
#   scripts/qgis_matrix.sh [VERSION ...]      (make test-matrix)
# Fails when a version fails, or when the versions did not run the same number of tests.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
[ $# -gt 0 ] || set -- $(awk '!/^#/ && NF {print $1}' "$HERE/qgis_versions.txt")

status=0
for version in "$@"; do
  start=$(date +%s)
  "$HERE/qgis_root.sh" test "$version" -q -p no:cacheprovider || status=1
  echo "$(( $(date +%s) - start ))" >"$REPO/build/matrix/$version/seconds.txt" 2>/dev/null || true
done
/usr/bin/python3 "$HERE/matrix_report.py" "$REPO/build/matrix" "$@" || status=1
exit $status
