#!/usr/bin/env bash
# Inspects the .deb made by the package fixture (package_build.sh): control fields (dpkg-deb -f), file list
# (dpkg-deb -c), maintainer scripts, and that the packaged program accepts the packaged content.
#   package_contents_test.sh PACKAGE_DIR DEB_ARCH VERSION SOURCE_DIR [EMULATOR ...]
# EMULATOR (e.g. qemu-aarch64 -L /usr/aarch64-linux-gnu) runs the packaged program of a cross build.
set -euo pipefail
dir=$1 arch=$2 version=$3 source=$4
shift 4
emulator=("$@")
command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb is missing"; exit 77; }
shopt -s nullglob
debs=("$dir"/exhibit_*_"$arch".deb)
if [[ ${#debs[@]} -ne 1 ]]; then
  echo "FAIL: expected one exhibit_*_$arch.deb in $dir, found: ${debs[*]:-none}"; ls -l "$dir" || true; exit 1
fi
deb=${debs[0]}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

echo "== $deb"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == exhibit ]] || bad "Package is '$(field Package)'"
[[ "$(field Architecture)" == "$arch" ]] || bad "Architecture is '$(field Architecture)', not $arch"
# <project version>+<UTC yyyymmddHHMMSS when packaged> (deploy/package-version.cmake): every build a newer version.
[[ "$(field Version)" =~ ^${version//./\\.}\+[0-9]{14}$ ]] || bad "Version is '$(field Version)', not $version+<14 digits>"
[[ "$(basename "$deb")" == "exhibit_$(field Version)_$arch.deb" ]] || bad "the file name $(basename "$deb") does not carry the version"
[[ -n "$(field Maintainer)" ]] || bad "no Maintainer"
[[ -n "$(field Description)" ]] || bad "no Description"
depends=$(field Depends)
depends_names=" $(sed -E 's/ *\([^)]*\)//g; s/,/ /g' <<<"$depends" | tr -s ' ') "
for p in libc6 libstdc++6 libsdl2-2.0-0 libsdl2-ttf-2.0-0 adduser libegl1 libgles2 libgl1-mesa-dri libudev1; do
  [[ "$depends_names" == *" $p "* ]] || bad "Depends lacks $p: $depends"
done

# Files.
dpkg-deb -c "$deb" > "$tmp/list"
awk '{print $6}' "$tmp/list" | sed 's#^\./#/#; s#/$##' | sort > "$tmp/paths"
for p in /usr/bin/exhibit /usr/lib/exhibit/exhibit-kiosk /usr/lib/systemd/system/exhibit.service \
         /etc/exhibit/exhibit.conf /usr/lib/sysctl.d/90-exhibit.conf /usr/lib/systemd/system.conf.d/90-exhibit.conf \
         /usr/lib/systemd/logind.conf.d/90-exhibit.conf /usr/lib/systemd/journald.conf.d/90-exhibit.conf \
         /usr/lib/udev/rules.d/99-exhibit-input.rules /usr/lib/tmpfiles.d/exhibit.conf /usr/share/exhibit/assets/exhibit.json \
         /usr/share/doc/exhibit/INSTALL-PI.md /usr/share/doc/exhibit/DEPLOY.md; do
  grep -qxF "$p" "$tmp/paths" || bad "missing $p"
done
for p in /usr/bin/exhibit /usr/lib/exhibit/exhibit-kiosk; do
  grep -E "^-rwxr-xr-x root/root .* \./${p#/}\$" "$tmp/list" >/dev/null || bad "$p is not an executable owned by root"
done
if awk '$2 != "root/root"' "$tmp/list" | grep -q .; then bad "files not owned by root/root"; fi
# The content: every file of assets/ except the tools that build it (see the install() rule).
(cd "$source/assets" && find . -type f ! -name '*.sh' ! -name '*.py' ! -name package.json ! -name package-lock.json \
   ! -name check-points.json ! -path '*/node_modules/*' | sed 's#^\.#/usr/share/exhibit/assets#' | sort) > "$tmp/want_assets"
awk '$1 ~ /^-/ {print $6}' "$tmp/list" | sed 's#^\./#/#' | grep '^/usr/share/exhibit/assets/' | sort > "$tmp/have_assets" || true
if ! diff -u "$tmp/want_assets" "$tmp/have_assets"; then bad "packaged assets differ from assets/ (- missing, + extra)"; fi

# Maintainer scripts and conffiles.
dpkg-deb -e "$deb" "$tmp/control"
for s in postinst prerm postrm; do
  [[ -x "$tmp/control/$s" ]] || bad "no executable $s"
  sh -n "$tmp/control/$s" || bad "$s is not valid sh"
done
grep -qxF /etc/exhibit/exhibit.conf "$tmp/control/conffiles" || bad "/etc/exhibit/exhibit.conf is not a conffile"
grep -q 'adduser --quiet --system' "$tmp/control/postinst" || bad "postinst does not create the system user"

# The packaged program is for this architecture and accepts the packaged content.
dpkg-deb -x "$deb" "$tmp/root"
machine=$(readelf -h "$tmp/root/usr/bin/exhibit" | sed -n 's/^ *Machine: *//p')
case "$arch" in
  arm64) [[ "$machine" == AArch64 ]] || bad "exhibit is built for '$machine', not AArch64" ;;
  amd64) [[ "$machine" == *X86-64* ]] || bad "exhibit is built for '$machine', not x86-64" ;;
esac
if readelf -S "$tmp/root/usr/bin/exhibit" | grep -q '\.debug_info'; then bad "exhibit is not stripped"; fi
if ! "${emulator[@]}" "$tmp/root/usr/bin/exhibit" --check "$tmp/root/usr/share/exhibit/assets" > "$tmp/check.log" 2>&1; then
  cat "$tmp/check.log"; bad "the packaged exhibit rejects the packaged content (exhibit --check)"
else
  echo "exhibit --check on the packaged content: $(tail -1 "$tmp/check.log")"
fi
size=$(stat -c %s "$deb")
echo "package: $(basename "$deb"), $((size / 1024)) KiB, $(grep -c . "$tmp/paths") entries"
[[ $fail -eq 0 ]] || exit 1
echo "package contents: as expected"
