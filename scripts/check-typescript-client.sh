#!/usr/bin/env bash
# Checks that an OpenAPI document (default: docs/openapi.yaml) yields a usable
# TypeScript client: openapi-generator's typescript-fetch generator must
# accept it, the generated code must compile under tsc --strict, and every
# operation must become a client method named exactly by its operationId.
#
# Usage: scripts/check-typescript-client.sh [FILE]
# The client is generated into target/typescript-client/ (not committed).
# Prints one line when all is well; otherwise what failed, and exits 1.
# Exits 2 when it could not run at all.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/tools.sh"

doc="$(resolve_document "${1:-}")"
need_command java "openapi-generator needs Java 11 or newer"
ensure_tools

out="$ROOT/target/typescript-client"
rm -rf "$out"
mkdir -p "$out"
name="${doc#"$ROOT"/}"
generator="openapi-generator $(node -p "require('$OPENAPITOOLS_JSON')['generator-cli'].version") (typescript-fetch)"

fail() {
  printf '\nTypeScript client check FAILED for %s: %s\n' "$name" "$*" >&2
  exit 1
}

# Validation stays on: a document the generator thinks invalid fails here.
run_quietly "$generator" "$out/generate.log" \
    "$BIN/openapi-generator-cli" --openapitools "$OPENAPITOOLS_JSON" generate \
    --input-spec "$doc" --generator-name typescript-fetch --output "$out/src" \
  || fail "the generator rejected the document (log: ${out#"$ROOT"/}/generate.log)"

# What a strict TypeScript project compiling the client for browsers would use.
cat >"$out/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "ES2020",
    "lib": ["ES2020", "DOM", "DOM.Iterable"],
    "module": "ES2020",
    "moduleResolution": "bundler",
    "types": []
  },
  "include": ["src/**/*.ts"]
}
JSON
run_quietly "tsc $(package_version typescript) --noEmit (strict)" "$out/tsc.log" \
    "$BIN/tsc" --project "$out/tsconfig.json" --pretty false \
  || fail "the generated client does not compile (log: ${out#"$ROOT"/}/tsc.log)"

[[ -d "$out/src/apis" ]] || fail "the generator wrote no API classes (${out#"$ROOT"/}/src/apis is missing)"
run_quietly "operationIds as client method names" "$out/operation-ids.log" \
    node "$ROOT/scripts/lib/check-operation-ids.mjs" "$TOOLS_DIR" "$doc" "$out/src/apis" \
  || fail "operations without an operationId, or whose operationId is not the client's method name (see above)"

echo "TypeScript client: $name generates, compiles (strict) and names every operation by its operationId"
