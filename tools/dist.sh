#!/usr/bin/env bash
# The release files, in dist/ (docs/install.md):
#   veiviser-VERSION-linux-x86_64.tar.gz    static Linux binary (musl), documents,
#                                           completions, man pages
#   veiviser-VERSION-windows-x86_64.zip     veiviser.exe, documents, PowerShell completion
#   veiviser-pack-VERSION/                  the content pack: flows/, locales/,
#                                           manifest.yaml and manifest.yaml.minisig
#   veiviser-pack-VERSION.pub               the throwaway public key (test-signed only)
#   SHA256SUMS                              every file above
#
# Reproducible: the same commit gives the same Linux binary (paths remapped, no
# timestamps in it) and the same archives (times from the commit, names sorted, owner 0).
#
# Environment:
#   VEIVISER_SIGNING_KEY           the minisign secret key that signs the pack; without
#                                  it a throwaway key signs and the pack is test-signed
#   VEIVISER_SIGNING_KEY_PASSWORD  its password (given to minisign on standard input);
#                                  not needed for a key made with `minisign -G -W`
#   VEIVISER_SIGNING_PUBKEY        optional: the public key to check the signature with
#   CARGO_TARGET_DIR               where cargo builds (default: target/)
#   DIST_SKIP_WINDOWS=1            leave the Windows zip out
# Needs: cargo with the targets x86_64-unknown-linux-musl (and x86_64-pc-windows-gnu
# with x86_64-w64-mingw32-gcc for the zip), git, tar, gzip, zip, sha256sum, minisign.
# No network once the crates are in cargo's cache (cargo runs with --locked).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
t_start=$SECONDS

say() { printf '%s\n' "$*"; }
die() { printf 'dist.sh: %s\n' "$*" >&2; exit 1; }

for tool in cargo git tar gzip zip sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing"
done
git rev-parse --git-dir >/dev/null 2>&1 || die "not a git checkout: the dates come from the commit"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || die "no version in Cargo.toml"
commit=$(git rev-parse HEAD)
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
export SOURCE_DATE_EPOCH
date_iso=$(git log -1 --format=%cs)
dirty=""
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  dirty=" (with uncommitted changes: not a release)"
fi
say "== veiviser $version, commit ${commit:0:12} of $date_iso$dirty"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS
# Paths that rustc would otherwise write into the binary (panic locations, debug
# names): the checkout, cargo's registry and the build folder, each as a fixed name.
# The last match wins, so the build folder (maybe inside the checkout) comes last.
remap="--remap-path-prefix=$root=/veiviser --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$CARGO_TARGET_DIR=/target"

linux_target=x86_64-unknown-linux-musl
win_target=x86_64-pc-windows-gnu
have_target() {
  if command -v rustup >/dev/null 2>&1; then
    rustup target list --installed 2>/dev/null | grep -qx "$1" || rustup target add "$1" >/dev/null 2>&1
  else
    # Without rustup: the standard library for the target must be there already.
    [ -d "$(rustc --print sysroot)/lib/rustlib/$1" ]
  fi
}

skipped=()
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- Linux: static (musl), reproducible
have_target "$linux_target" || die "the target $linux_target cannot be added (rustup target add $linux_target)"
say "== cargo build --release --target $linux_target"
t0=$SECONDS
if command -v musl-gcc >/dev/null 2>&1; then
  export CC_x86_64_unknown_linux_musl=musl-gcc
fi
CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_RUSTFLAGS="$remap" \
  cargo build --release --locked --target "$linux_target"
linux_bin="$CARGO_TARGET_DIR/$linux_target/release/veiviser"
say "   built in $((SECONDS - t0)) s: $(stat -c %s "$linux_bin") bytes"
if command -v readelf >/dev/null 2>&1 && readelf -l "$linux_bin" | grep -q 'INTERP'; then
  die "$linux_bin asks for a dynamic loader: not static"
fi

# ---- Windows
win_exe=""
if [ "${DIST_SKIP_WINDOWS:-}" = 1 ]; then
  skipped+=("the Windows zip: DIST_SKIP_WINDOWS=1")
elif ! have_target "$win_target"; then
  skipped+=("the Windows zip: the target $win_target cannot be added")
elif ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  skipped+=("the Windows zip: no x86_64-w64-mingw32-gcc (Debian: gcc-mingw-w64-x86-64)")
else
  say "== cargo build --release --target $win_target"
  t0=$SECONDS
  # --no-insert-timestamp: no build time in the PE header.
  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUSTFLAGS="$remap -Clink-arg=-Wl,--no-insert-timestamp" \
    cargo build --release --locked --target "$win_target"
  win_exe="$CARGO_TARGET_DIR/$win_target/release/veiviser.exe"
  say "   built in $((SECONDS - t0)) s: $(stat -c %s "$win_exe") bytes"
fi

# ---- Completions, man pages, third-party list (tools/dist_docs.rs, a host program)
say "== completions, man pages and the third-party list (cargo run --example dist-docs)"
cargo build --quiet --locked --example dist-docs
docs_bin="$CARGO_TARGET_DIR/debug/examples/dist-docs"
"$docs_bin" docs "$tmp/gen" "$date_iso"
tp_args=()
for t in "$linux_target" ${win_exe:+"$win_target"}; do
  label=linux
  [ "$t" = "$win_target" ] && label=windows
  cargo metadata --quiet --locked --format-version 1 --filter-platform "$t" >"$tmp/meta-$t.json"
  cargo tree --quiet --locked -e normal,no-proc-macro --target "$t" --prefix none -f '{p}' >"$tmp/tree-$t.txt"
  tp_args+=("$label=$tmp/meta-$t.json,$tmp/tree-$t.txt")
done
"$docs_bin" third-party "${tp_args[@]}" >"$tmp/THIRD-PARTY.md"

# ---- Staging: fixed modes and times, then archives with fixed order and owners
dist="$root/dist"
rm -rf "$dist"
mkdir -p "$dist"
stage="$tmp/stage"
docs=(README.md CHANGELOG.md LICENSE-MIT LICENSE-APACHE)
for f in "${docs[@]}"; do [ -f "$f" ] || die "$f is missing"; done
# The rest of the documents (README.md links into docs/): the Markdown files, as committed.
mapfile -t docs_dir < <(git ls-files 'docs/*.md')
[ "${#docs_dir[@]}" -gt 0 ] || die "docs/ has no Markdown files"

normalise() { # a tree: directories 755, files 644 (the binary 755), times of the commit
  find "$1" -type d -exec chmod 755 {} +
  find "$1" -type f -exec chmod 644 {} +
  [ $# -gt 1 ] && chmod 755 "$2"
  find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

lin="veiviser-$version-linux-x86_64"
mkdir -p "$stage/$lin"
cp "$linux_bin" "$stage/$lin/veiviser"
cp "${docs[@]}" "$tmp/THIRD-PARTY.md" "$stage/$lin/"
mkdir -p "$stage/$lin/docs" && cp "${docs_dir[@]}" "$stage/$lin/docs/"
cp -r "$tmp/gen/completions" "$tmp/gen/man" "$stage/$lin/"
normalise "$stage/$lin" "$stage/$lin/veiviser"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --format=gnu -C "$stage" -cf - "$lin" | gzip -9 -n >"$dist/$lin.tar.gz"

if [ -n "$win_exe" ]; then
  win="veiviser-$version-windows-x86_64"
  mkdir -p "$stage/$win/completions/nb"
  cp "$win_exe" "$stage/$win/veiviser.exe"
  cp "${docs[@]}" "$tmp/THIRD-PARTY.md" "$stage/$win/"
  mkdir -p "$stage/$win/docs" && cp "${docs_dir[@]}" "$stage/$win/docs/"
  cp "$tmp/gen/completions/_veiviser.ps1" "$stage/$win/completions/"
  cp "$tmp/gen/completions/nb/_veiviser.ps1" "$stage/$win/completions/nb/"
  normalise "$stage/$win" "$stage/$win/veiviser.exe"
  # zip stores local time: UTC, so the same commit gives the same bytes anywhere. -X: no
  # owner or extra times.
  (cd "$stage" && find "$win" -print | LC_ALL=C sort | TZ=UTC zip -X -9 -q -@ "$dist/$win.zip")
fi

# ---- The content pack: flows/ and locales/ as committed, with a signed manifest
pack="veiviser-pack-$version"
say "== the content pack: $pack"
mkdir -p "$dist/$pack"
git ls-files -z flows locales | while IFS= read -r -d '' f; do
  mkdir -p "$dist/$pack/$(dirname "$f")"
  cp "$f" "$dist/$pack/$f"
done
# The guidance's version: the `guidance` line of --version where the binary has one
# ("Guidance 2026-12-06+1a2b3c4d (bundled), review by 2027-12-31"), else the package
# version. In English, whatever the machine's language.
guidance=$(env LC_ALL=C LANG=C "$linux_bin" --version --lang en 2>/dev/null |
  sed -n 's/^[[:space:]]*\(Guidance\|Veiledning\)[^0-9]*\([0-9][^[:space:],;()]*\).*/\2/p' | head -n 1)
guidance=${guidance:-$version}
review_by=2027-12-31
if [ -f flows/guidance.yaml ]; then
  r=$(sed -n 's/^review-by:[[:space:]]*["'\'']\{0,1\}\([0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\).*/\1/p' flows/guidance.yaml | head -n 1)
  review_by=${r:-$review_by}
fi

sign_dir="$tmp/key"
mkdir -m 700 "$sign_dir"
# How the manifest is signed: with the project's key, with a throwaway key (the pack
# is then test-signed), or not at all (no minisign; the pack is marked test-signed).
pub=""
if ! command -v minisign >/dev/null 2>&1; then
  signer=none
  skipped+=("the pack's signature: minisign is not installed (Debian: minisign); the pack is unsigned")
elif [ -n "${VEIVISER_SIGNING_KEY:-}" ]; then
  [ -f "$VEIVISER_SIGNING_KEY" ] || die "VEIVISER_SIGNING_KEY names no file: $VEIVISER_SIGNING_KEY"
  signer=key
  key=$VEIVISER_SIGNING_KEY
  pub=${VEIVISER_SIGNING_PUBKEY:-}
else
  signer=throwaway
  minisign -G -W -p "$sign_dir/test.pub" -s "$sign_dir/test.key" >/dev/null
  key=$sign_dir/test.key
  pub=$sign_dir/test.pub
fi
if [ "$signer" = key ]; then
  origin=veiviser test_signed=false
else
  origin="veiviser (test-signed)" test_signed=true
fi

manifest="$dist/$pack/manifest.yaml"
{
  printf 'format: 1\n'
  printf 'version: "%s"\n' "$guidance"
  printf 'date: %s\n' "$date_iso"
  printf 'review-by: %s\n' "$review_by"
  printf 'origin: "%s"\n' "$origin"
  printf 'test-signed: %s\n' "$test_signed"
  printf 'files:\n'
  (cd "$dist/$pack" && find . -type f ! -name manifest.yaml ! -name manifest.yaml.minisig | sed 's|^\./||' | LC_ALL=C sort) |
    while IFS= read -r f; do
      case "$f" in *[!A-Za-z0-9._/-]*) die "a file name the manifest cannot carry unquoted: $f" ;; esac
      printf '  %s: %s\n' "$f" "$(sha256sum <"$dist/$pack/$f" | cut -d' ' -f1)"
    done
} >"$manifest"

if [ "$signer" != none ]; then
  # The default (prehashed, "ED") signature, which minisign-verify checks. The trusted
  # comment is fixed (not minisign's default with the time), so it says what was signed.
  trusted="veiviser pack $guidance of $date_iso"
  [ "$test_signed" = true ] && trusted="$trusted (test-signed)"
  if [ -n "${VEIVISER_SIGNING_KEY_PASSWORD:-}" ]; then
    printf '%s\n' "$VEIVISER_SIGNING_KEY_PASSWORD" |
      minisign -S -s "$key" -m "$manifest" -x "$manifest.minisig" -t "$trusted" >/dev/null
  else
    minisign -S -s "$key" -m "$manifest" -x "$manifest.minisig" -t "$trusted" </dev/null >/dev/null
  fi
  if [ -n "$pub" ]; then
    minisign -V -q -p "$pub" -m "$manifest" -x "$manifest.minisig" || die "the pack's signature does not verify"
  fi
  if [ "$signer" = throwaway ]; then
    cp "$pub" "$dist/$pack.pub"
    say "   signed with a throwaway key (test-signed): its public key is $pack.pub"
  else
    say "   signed with $VEIVISER_SIGNING_KEY${pub:+ (checked against $pub)}"
  fi
fi
normalise "$dist/$pack"

# ---- Checksums of every file in dist/
(cd "$dist" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum >SHA256SUMS)
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) || die "SHA256SUMS does not check"

say "== dist/ ($((SECONDS - t_start)) s)"
(cd "$dist" && for f in *; do
  if [ -f "$f" ]; then printf '   %10d  %s\n' "$(stat -c %s "$f")" "$f"; else printf '   %10s  %s/ (%d files)\n' "" "$f" "$(find "$f" -type f | wc -l)"; fi
done)
say "   linux binary  $(stat -c %s "$linux_bin") bytes, sha256 $(sha256sum <"$linux_bin" | cut -d' ' -f1)"
[ -n "$win_exe" ] && say "   windows exe   $(stat -c %s "$win_exe") bytes, sha256 $(sha256sum <"$win_exe" | cut -d' ' -f1)"
for s in "${skipped[@]}"; do say "   SKIPPED: $s"; done
exit 0
