#!/usr/bin/env bash
# Lints an OpenAPI document (default: docs/openapi.yaml) with Spectral's
# spectral:oas rules (.spectral.yaml) and Redocly's recommended rules
# (redocly.yaml). Any finding, warning or error, of either tool fails the run,
# so the contract stays clean rather than slowly collecting warnings.
#
# Usage: scripts/lint-openapi.sh [FILE]
# Prints one line when the document is clean; otherwise every finding, and
# exits 1. Exits 2 when it could not run at all.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/tools.sh"

doc="$(resolve_document "${1:-}")"
ensure_tools
spectral_version() { package_version @stoplight/spectral-cli; }
redocly_version() { package_version @redocly/cli; }

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
failed=()

if ! run_quietly "Spectral $(spectral_version) with .spectral.yaml" "$logs/spectral" "$BIN/spectral" lint "$doc" \
      --ruleset "$ROOT/.spectral.yaml" --fail-severity=warn --format=stylish; then
  failed+=(Spectral)
fi

# Redocly exits 0 when it finds only warnings. recommended-strict turns them
# into errors, but a rule set to warn in redocly.yaml would still slip through,
# so any warning line fails the run as well.
if ! run_quietly "Redocly CLI $(redocly_version) with redocly.yaml" "$logs/redocly" "$BIN/redocly" lint "$doc" \
      --config "$ROOT/redocly.yaml" --lint-config=error --format=stylish --max-problems=10000; then
  failed+=(Redocly)
elif grep -Eq '^[[:space:]]+[0-9]+:[0-9]+[[:space:]]+warning[[:space:]]' "$logs/redocly"; then
  printf '\n=== Redocly CLI %s with redocly.yaml: warnings ===\n' "$(redocly_version)" >&2
  show_log "$logs/redocly"
  failed+=(Redocly)
fi

name="${doc#"$ROOT"/}"
if (( ${#failed[@]} > 0 )); then
  tools="${failed[0]}${failed[1]:+ and ${failed[1]}}"
  printf '\nOpenAPI lint FAILED for %s: see the findings of %s above.\n' "$name" "$tools" >&2
  exit 1
fi
echo "OpenAPI lint: $name is clean (Spectral spectral:oas, Redocly recommended-strict)"
