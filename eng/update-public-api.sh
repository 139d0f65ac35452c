#!/usr/bin/env bash
# Adds every symbol that the PublicApiAnalyzers report as undeclared (RS0016) to src/ChannelShift/PublicAPI.Unshipped.txt,
# and removes the ones it reports as no longer present (RS0017). Review the diff: the public API is a promise.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/ChannelShift/PublicAPI.Unshipped.txt
out=$(dotnet build src/ChannelShift -p:TreatWarningsAsErrors=false 2>&1 || true)
grep -oE "RS0016: Symbol '.*' is not part of the declared" <<<"$out" | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared$/\1/" | sort -u >> "$file" || true
grep -oE "RS0017: Symbol '.*' is part of the declared" <<<"$out" | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared.*$/\1/" | sort -u | while IFS= read -r sym; do
  grep -vxF -- "$sym" "$file" > "$file.tmp" || true; mv "$file.tmp" "$file"
done || true
{ echo '#nullable enable'; grep -vx '#nullable enable' "$file" | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
echo "public API lines: $(($(wc -l < "$file") - 1))"
