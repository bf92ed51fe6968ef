#!/usr/bin/env bash
# Lints openapi.yaml as an integrator's tools read it: Redocly's recommended rules and Spectral's oas
# ruleset, at the versions package-lock.json pins (installed here on first use). Exits non-zero on an error.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/redocly ] || [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/redocly lint --config redocly.yaml openapi.yaml
node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=error openapi.yaml
