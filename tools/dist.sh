#!/bin/sh
# boardpack's installed files, and the Debian package and tarball made of them.
#
#   tools/dist.sh install BINARY ROOT PREFIX      the binary, man page and completions under ROOT/PREFIX
#   tools/dist.sh package BINARY VERSION OUTDIR   OUTDIR/boardpack_VERSION_ARCH.deb and
#                                                 OUTDIR/boardpack-VERSION-linux-ARCH.tar.gz
#
# BINARY is a release build linked with the Swift runtime statically, so the package depends only on
# the C libraries it links (computed by dpkg-shlibdeps, so that a new system library is listed
# without anyone remembering to).
set -eu

here=$(cd "$(dirname "$0")" && pwd)

# The files `make install` and the package both install, under $2$3.
install_files() {
  binary=$1 root=$2 prefix=$3
  bin="$root$prefix/bin/boardpack"
  install -d "$root$prefix/bin"
  install -m 0755 "$binary" "$bin"
  strip --strip-unneeded --remove-section=.comment --remove-section=.note "$bin"
  install -d "$root$prefix/share/man/man1" "$root$prefix/share/bash-completion/completions" \
    "$root$prefix/share/zsh/vendor-completions" "$root$prefix/share/fish/vendor_completions.d"
  python3 "$here/manpage.py" "$bin" | gzip -9n > "$root$prefix/share/man/man1/boardpack.1.gz"
  # bash-completion sources the file, so the first line's #!/bin/bash means nothing (lintian says so).
  "$bin" --generate-completion-script bash | sed '1{/^#!/d}' > "$root$prefix/share/bash-completion/completions/boardpack"
  "$bin" --generate-completion-script zsh > "$root$prefix/share/zsh/vendor-completions/_boardpack"
  "$bin" --generate-completion-script fish > "$root$prefix/share/fish/vendor_completions.d/boardpack.fish"
  chmod 0644 "$root$prefix/share/man/man1/boardpack.1.gz" "$root$prefix/share/bash-completion/completions/boardpack" \
    "$root$prefix/share/zsh/vendor-completions/_boardpack" "$root$prefix/share/fish/vendor_completions.d/boardpack.fish"
}

# The Debian changelog of a release, dated by the last commit so that the package is reproducible.
changelog() {
  version=$1
  stamp=$(git -C "$here/.." log -1 --format=%ct 2>/dev/null || echo 0)
  printf 'boardpack (%s) unstable; urgency=medium\n\n  * Release %s. See README.md for what boardpack does.\n\n -- %s  %s\n' \
    "$version" "$version" "$MAINTAINER" "$(LC_ALL=C date -u -R -d "@$stamp")"
}

# Depends: the packages holding the shared libraries the binary links, as dpkg-shlibdeps finds them.
depends() {
  binary=$1 work=$(mktemp -d)
  mkdir "$work/debian"
  printf 'Source: boardpack\n\nPackage: boardpack\nArchitecture: any\n' > "$work/debian/control"
  (cd "$work" && dpkg-shlibdeps -O "$binary" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
  rm -rf "$work"
}

package() {
  binary=$1 version=$2 out=$3
  arch=$(dpkg --print-architecture)
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  root="$work/boardpack_${version}_${arch}"

  install_files "$binary" "$root" /usr
  install -d "$root/usr/share/doc/boardpack" "$root/DEBIAN"
  install -m 0644 "$here/debian/copyright" "$root/usr/share/doc/boardpack/copyright"
  # Yams compiles its own copy of libyaml into the binary, whether or not boardpack also links
  # Debian's libyaml-0-2 (for the dataset scanner; then it is in Depends as well): say so to lintian.
  install -d "$root/usr/share/lintian/overrides"
  printf '%s\n' '# Yams (the YAML parser boardpack is built with) includes libyaml, compiled in.' \
    'boardpack: embedded-library libyaml [usr/bin/boardpack]' > "$root/usr/share/lintian/overrides/boardpack"
  chmod 0644 "$root/usr/share/lintian/overrides/boardpack"
  changelog "$version" | gzip -9n > "$root/usr/share/doc/boardpack/changelog.gz"
  chmod 0644 "$root/usr/share/doc/boardpack/changelog.gz"
  size=$(du -k -s --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    -e "s/@DEPENDS@/$(depends "$root/usr/bin/boardpack")/" -e "s/@MAINTAINER@/$MAINTAINER/" \
    "$here/debian/control" > "$root/DEBIAN/control"
  (cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$root/DEBIAN/md5sums"
  chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

  mkdir -p "$out"
  SOURCE_DATE_EPOCH=$(git -C "$here/.." log -1 --format=%ct 2>/dev/null || echo 0)
  export SOURCE_DATE_EPOCH
  dpkg-deb --root-owner-group -Zxz --build "$root" "$out/boardpack_${version}_${arch}.deb" >/dev/null

  # The tarball: the same files, to unpack anywhere (bin/boardpack, share/...).
  tree="$work/boardpack-$version-linux-$arch"
  mkdir "$tree"
  cp -a "$root/usr/bin" "$root/usr/share" "$tree/"
  rm -rf "$tree/share/doc" "$tree/share/lintian"
  install -m 0644 "$here/debian/copyright" "$tree/COPYRIGHT"
  install -m 0644 "$here/../README.md" "$tree/README.md"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$work" -czf "$out/boardpack-$version-linux-$arch.tar.gz" "boardpack-$version-linux-$arch"
  ls -l "$out/boardpack_${version}_${arch}.deb" "$out/boardpack-$version-linux-$arch.tar.gz"
}

MAINTAINER="boardpack maintainers <boardpack@lists.boardpack.invalid>"
command=$1
shift
case "$command" in
  install) install_files "$@" ;;
  package) package "$@" ;;
  *) echo "usage: tools/dist.sh install BINARY ROOT PREFIX | package BINARY VERSION OUTDIR" >&2; exit 2 ;;
esac
