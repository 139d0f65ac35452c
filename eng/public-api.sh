#!/usr/bin/env bash
# Rewrites src/ChannelShift/PublicAPI.Unshipped.txt from the build's RS0016 diagnostics (the public API analyzer's
# "not part of the declared public API"), so that it lists exactly the library's public surface. Review the diff before
# committing it: every line added or removed is a change to what users of the package can call.
# Usage: bash eng/public-api.sh
set -euo pipefail
cd "$(dirname "$0")/../src/ChannelShift"
printf '#nullable enable\n' > PublicAPI.Unshipped.txt
dotnet build -p:TreatWarningsAsErrors=false -nologo 2>&1 \
  | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u >> PublicAPI.Unshipped.txt || true
/usr/bin/python3 - <<'PY'
p = 'PublicAPI.Unshipped.txt'
lines = open(p).read().split('\n')
body = sorted(set(l for l in lines[1:] if l.strip()))
open(p, 'w').write(lines[0] + '\n' + '\n'.join(body) + '\n')
PY
echo "$(( $(wc -l < PublicAPI.Unshipped.txt) - 1 )) public symbols listed"
