#!/usr/bin/env bash
# One supported QGIS version in its own minimal Debian root file system.
#
#   scripts/qgis_root.sh build VERSION      build (or reuse) the root of VERSION
#   scripts/qgis_root.sh test  VERSION ...  run `make test` of this clone inside it
#   scripts/qgis_root.sh shell VERSION      an interactive shell inside it (for debugging)
#
# VERSION is one of the rows of scripts/qgis_versions.txt. The roots live outside the clone
# (QGIS_ROOTS, default ~/.cache/gemeinschaftsinitiative/qgis-roots) and are rebuilt only when
# their Debian suite or version row changes; a changed package list of the Makefile or changed
# test requirements are installed into the existing root. All mounts are made inside a private mount namespace
# (unshare --mount --propagation private), so none of them outlives a run, also when it fails
# or is interrupted. The Debian mirror is the host's own (from its apt sources); this
# repository names no host.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_DIR:-$(cd "$REPO/.." && pwd)/shared}
ROOTS=${QGIS_ROOTS:-${XDG_CACHE_HOME:-$HOME/.cache}/gemeinschaftsinitiative/qgis-roots}
VERSIONS_FILE="$HERE/qgis_versions.txt"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
VENV_IN_ROOT=/opt/gi-venv

die() { echo "qgis_root: $*" >&2; exit 1; }

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

# -- the version table ------------------------------------------------------------------
# Columns: version, Debian suite, apt target release ('-' for none), extra apt suites
# (comma-separated, '-' for none), requirements file for the root's venv.
version_row() {
  local row
  row=$(awk -v v="$1" '$1 == v' "$VERSIONS_FILE")
  [ -n "$row" ] || die "unknown QGIS version '$1' (known: $(awk '!/^#/ && NF {printf "%s ", $1}' "$VERSIONS_FILE"))"
  read -r V_VERSION V_SUITE V_TARGET V_EXTRA V_REQUIREMENTS <<<"$row"
}

# The host's Debian mirror: the first URI of its apt sources for the main archive.
host_mirror() {
  local uri=""
  if [ -r /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ {for (i = 2; i <= NF; i++) if ($i !~ /security/) {print $i; exit}}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -r /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || die "no Debian mirror found in the host's apt sources"
  echo "$uri"
}

apt_packages() { make -s -C "$REPO" print-apt-packages; }

# The root's base (Debian suite, version row, how it is bootstrapped): a change rebuilds it from
# scratch. Bump ROOT_FORMAT when the bootstrap below changes.
ROOT_FORMAT=1
base_key() {
  { echo "$ROOT_FORMAT"; awk -v v="$V_VERSION" '$1 == v' "$VERSIONS_FILE"; } | sha256sum | cut -c1-16
}

# What is installed on that base (the Makefile's Debian packages, the test requirements): a
# change installs the difference into the existing root, which takes seconds, not minutes.
package_key() {
  { apt_packages; cat "$REPO/$V_REQUIREMENTS"; } | sha256sum | cut -c1-16
}

# Run a command chrooted in ROOT with /proc, /dev, /sys and a fresh /tmp, all in a private
# mount namespace that ends with the command.
in_root() {
  local root=$1; shift
  $SUDO unshare --mount --propagation private --fork -- bash -euo pipefail -c '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    mkdir -p "$root/dev/shm"; mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    if [ -n "${GI_REPO_COPY:-}" ]; then
      mkdir -p "$root/tmp/gi/repo" "$root/tmp/gi/shared"
      # the work tree as git sees it (tracked and new files, nothing ignored: no host build products)
      (cd "$GI_REPO_COPY" && git ls-files -z --cached --others --exclude-standard \
         | tar --null --ignore-failed-read -T - -cf -) | tar -C "$root/tmp/gi/repo" -xf -
      if [ -d "${GI_SHARED:-}" ]; then mount --bind -o ro "$GI_SHARED" "$root/tmp/gi/shared"; fi
      if [ -n "${GI_OUT:-}" ]; then mkdir -p "$root/tmp/gi/out"; mount --bind "$GI_OUT" "$root/tmp/gi/out"; fi
    fi
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      PIP_CERT=/etc/gi-host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
      GI_QGIS_ROOT="${GI_QGIS_ROOT:-}" "$@"
  ' in_root "$root" "$@"
}

build_root() {
  version_row "$1"
  $SUDO mkdir -p "$ROOTS"
  # one builder at a time per version (parallel runs wait here, then find it up to date)
  ( flock 9; build_root_locked ) 9>"$ROOTS/$V_VERSION.lock"
}

build_root_locked() {
  local dir="$ROOTS/$V_VERSION"
  if [ -f "$dir/.gi-base-key" ] && [ "$(cat "$dir/.gi-base-key")" = "$(base_key)" ]; then
    if [ "$(cat "$dir/.gi-package-key" 2>/dev/null)" = "$(package_key)" ]; then
      echo "QGIS $V_VERSION: root $dir is up to date"
      return 0
    fi
    echo "QGIS $V_VERSION: the package list or the test requirements changed; updating $dir"
    install_into_root "$dir"
    return 0
  fi
  bootstrap_root "$dir"
  install_into_root "$dir.new"
  base_key | $SUDO tee "$dir.new/.gi-base-key" >/dev/null
  $SUDO rm -rf "$dir"
  $SUDO mv "$dir.new" "$dir"
}

bootstrap_root() {
  local dir=$1 mirror
  command -v debootstrap >/dev/null || {
    echo "Installing debootstrap"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap
  }
  mirror=$(host_mirror)
  echo "QGIS $V_VERSION: building $dir from $mirror ($V_SUITE, target ${V_TARGET}); a few minutes"
  $SUDO mkdir -p "$ROOTS"
  $SUDO rm -rf "$dir.new"
  # debootstrap mounts /proc etc. in the target: keep those mounts private too
  $SUDO unshare --mount --propagation private --fork -- \
    debootstrap --variant=minbase --include=ca-certificates,make \
      "$V_SUITE" "$dir.new" "$mirror" >"$ROOTS/$V_VERSION.debootstrap.log" 2>&1 \
    || { tail -n 30 "$ROOTS/$V_VERSION.debootstrap.log"; die "debootstrap of $V_SUITE failed (log: $ROOTS/$V_VERSION.debootstrap.log)"; }
  {
    echo "deb $mirror $V_SUITE main"
    if [ "$V_EXTRA" != "-" ]; then
      tr ',' '\n' <<<"$V_EXTRA" | while read -r suite; do echo "deb $mirror $suite main"; done
    fi
  } | $SUDO tee "$dir.new/etc/apt/sources.list" >/dev/null
  # Debian unstable's Release file on a snapshot mirror may be past its Valid-Until
  printf 'Acquire::Check-Valid-Until "false";\nAPT::Install-Recommends "false";\n' \
    | $SUDO tee "$dir.new/etc/apt/apt.conf.d/90gi-matrix" >/dev/null
}

# The Makefile's Debian packages (from the target release) and a venv with the test tools.
install_into_root() {
  local dir=$1 target=""
  [ "$V_TARGET" = "-" ] || target="-t $V_TARGET"
  # pip inside the root trusts what the host trusts (a proxy's CA included)
  $SUDO cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/gi-host-ca.crt"
  # services never start inside a root (postgresql, for one, would outlive the run)
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$dir/usr/sbin/policy-rc.d" >/dev/null
  $SUDO chmod 755 "$dir/usr/sbin/policy-rc.d"
  in_root "$dir" bash -euo pipefail -c "
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # minbase lacks update-rc.d, which the maintainer scripts of services (postgresql) call;
    # then finish what an earlier, failed install left unconfigured
    [ -x /usr/sbin/update-rc.d ] || apt-get install -y -q --reinstall init-system-helpers || true
    dpkg --configure -a
    apt-get install -y -q $target $(apt_packages | tr '\n' ' ')
    apt-get clean
    [ -x $VENV_IN_ROOT/bin/python ] || python3 -m venv --system-site-packages $VENV_IN_ROOT
    $VENV_IN_ROOT/bin/python -m pip install --quiet -r /dev/stdin
    $VENV_IN_ROOT/bin/python -c 'import qgis.core, pytest_qgis, pytestqt; print(\"root venv ok: QGIS\", qgis.core.Qgis.QGIS_VERSION)'
  " <"$REPO/$V_REQUIREMENTS" >"$ROOTS/$V_VERSION.install.log" 2>&1 \
    || { tail -n 40 "$ROOTS/$V_VERSION.install.log"; die "installing QGIS $V_VERSION into the root failed (log: $ROOTS/$V_VERSION.install.log)"; }
  tail -n 1 "$ROOTS/$V_VERSION.install.log"
  package_key | $SUDO tee "$dir/.gi-package-key" >/dev/null
}

# Run `make test` of this clone inside the root of VERSION. Results (JUnit XML, the
# screenshots and PDFs of tests/output, the log) land in build/matrix/VERSION of the clone.
test_in_root() {
  local version=$1; shift
  local out="$REPO/build/matrix/$version"
  rm -rf "$out"  # never report an earlier run's results
  build_root "$version"
  local dir="$ROOTS/$V_VERSION"
  mkdir -p "$out"
  echo "QGIS $V_VERSION: running the suite in $dir"
  local status=0
  # shellcheck disable=SC2016
  GI_REPO_COPY="$REPO" GI_SHARED="$SHARED" GI_OUT="$out" GI_QGIS_ROOT="$V_VERSION" in_root "$dir" bash -uo pipefail -c '
    cd /tmp/gi/repo
    # a repository of exactly these files, for the tests that ask git what belongs to the plugin
    git init -q && git add -A && git -c user.name=matrix -c user.email=matrix@localhost commit -qm "work tree" || exit 1
    touch '"$VENV_IN_ROOT"'/.installed   # the root key covers the requirements
    python3 -c "import qgis.core, sys; print(qgis.core.Qgis.QGIS_VERSION); print(sys.version.split()[0])" >/tmp/gi/out/versions.txt 2>&1 || true
    status=0
    make test VENV='"$VENV_IN_ROOT"' PYTEST_ARGS="--junitxml=/tmp/gi/out/junit.xml $*" || status=$?
    cp -r tests/output /tmp/gi/out/output 2>/dev/null || true
    exit $status
  ' test_in_root "$@" 2>&1 | tee "$out/test.log" || status=$?
  return $status
}

case "${1:-}" in
  build) [ $# -eq 2 ] || usage; build_root "$2" ;;
  test) [ $# -ge 2 ] || usage; v=$2; shift 2; test_in_root "$v" "$@" ;;
  shell) [ $# -eq 2 ] || usage; build_root "$2"; in_root "$ROOTS/$2" bash ;;
  *) usage ;;
esac
