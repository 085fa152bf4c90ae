# shellcheck shell=bash
# Shared by the contract scripts: finds the repository, installs the pinned
# tools of scripts/tools/ once into a cache outside the work tree, and runs
# tools quietly (their output is shown only when they fail).
#
# The cache directory is named after a hash of everything that pins a tool, so
# a version bump installs afresh while worktrees and clones with the same pins
# share one install. Override it with CONTENT_API_TOOLS_DIR.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS_SRC="$ROOT/scripts/tools"
OPENAPITOOLS_JSON="$TOOLS_SRC/openapitools.json"

# Redocly CLI and openapi-generator-cli report usage to their vendors unless told not to.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false
export NO_UPDATE_NOTIFIER=1 NPM_CONFIG_UPDATE_NOTIFIER=false

die() {
  printf '%s: %s\n' "$(basename "$0")" "$*" >&2
  exit 2
}

need_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not on PATH; $2"
}

check_node() {
  need_command node "install Node.js 20.19+ or 22.12+"
  need_command npm "install npm (it comes with Node.js)"
  local major minor
  IFS=. read -r major minor _ <<<"$(node -p 'process.versions.node')"
  if (( major < 20 || (major == 20 && minor < 19) || (major == 22 && minor < 12) || major == 21 )); then
    die "Node.js $(node -p 'process.versions.node') is not one the pinned Redocly CLI supports; use 20.19+ or 22.12+"
  fi
}

tools_key() {
  cat "$TOOLS_SRC/package.json" "$TOOLS_SRC/package-lock.json" "$OPENAPITOOLS_JSON" \
      "$TOOLS_SRC/openapi-generator-cli.sha256" | sha256sum | cut -c1-16
}

TOOLS_DIR="${CONTENT_API_TOOLS_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/content-api/contract-tools-$(tools_key)}"
# shellcheck disable=SC2034 # used by the scripts that source this file
BIN="$TOOLS_DIR/node_modules/.bin"

# Prints the given file's output to stderr, without the banner that Redocly
# CLI shows on every run under Node.js 20.
show_log() {
  sed -e '/╔/,/╝/d' "$1" >&2
}

# run_quietly TITLE LOG COMMAND...: runs COMMAND with its output in LOG; on
# failure shows TITLE and LOG and returns COMMAND's exit status.
run_quietly() {
  local title="$1" log="$2" rc=0
  shift 2
  "$@" >"$log" 2>&1 || rc=$?
  if (( rc != 0 )); then
    printf '\n=== %s (exit %d) ===\n' "$title" "$rc" >&2
    show_log "$log"
  fi
  return "$rc"
}

# Installs the pinned npm packages and the openapi-generator jar into
# TOOLS_DIR unless a complete install is there. Installs into a temporary
# sibling and renames it, so an interrupted or concurrent install never leaves
# a half-filled cache behind.
ensure_tools() {
  check_node
  [[ -f "$TOOLS_DIR/.complete" ]] && return 0

  local parent tmp log jar_version
  parent="$(dirname "$TOOLS_DIR")"
  mkdir -p "$parent"
  tmp="$(mktemp -d "$parent/.install.XXXXXX")"
  log="$tmp/install.log"
  echo "Installing the pinned contract tools into $TOOLS_DIR (once) ..." >&2

  cp "$TOOLS_SRC/package.json" "$TOOLS_SRC/package-lock.json" "$tmp/"
  # --ignore-scripts: none of these tools needs an install script; the ones
  # that have one only ask for donations or send telemetry.
  if ! (cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    show_log "$log"
    rm -rf "$tmp"
    die "npm ci of scripts/tools/package-lock.json failed (see above)"
  fi

  # The npm wrapper downloads the generator jar named in openapitools.json on
  # first use; do it now and check it against the pinned checksum.
  need_command java "openapi-generator needs Java 11 or newer"
  if ! "$tmp/node_modules/.bin/openapi-generator-cli" --openapitools "$OPENAPITOOLS_JSON" version >>"$log" 2>&1; then
    show_log "$log"
    rm -rf "$tmp"
    die "downloading the openapi-generator jar failed (see above)"
  fi
  jar_version="$(node -p "require('$OPENAPITOOLS_JSON')['generator-cli'].version")"
  if ! (cd "$tmp/node_modules/@openapitools/openapi-generator-cli/versions" \
        && sha256sum --quiet -c "$TOOLS_SRC/openapi-generator-cli.sha256") >>"$log" 2>&1; then
    show_log "$log"
    rm -rf "$tmp"
    die "openapi-generator $jar_version.jar does not match scripts/tools/openapi-generator-cli.sha256 (a bumped version needs its checksum there too)"
  fi

  touch "$tmp/.complete"
  if ! mv -T "$tmp" "$TOOLS_DIR" 2>/dev/null; then
    rm -rf "$tmp"   # another run finished the same install first
  fi
  [[ -f "$TOOLS_DIR/.complete" ]] || die "$TOOLS_DIR exists but holds no complete install: remove it and run again"
}

# resolve_document [FILE]: the absolute path of FILE (relative to the caller's
# directory), or of docs/openapi.yaml when FILE is not given.
resolve_document() {
  local doc="${1:-$ROOT/docs/openapi.yaml}"
  [[ -f "$doc" ]] || die "no such file: $doc"
  printf '%s/%s\n' "$(cd "$(dirname "$doc")" && pwd)" "$(basename "$doc")"
}

# package_version NAME: the installed version of npm package NAME.
package_version() {
  node -p "require('$TOOLS_DIR/node_modules/$1/package.json').version"
}
