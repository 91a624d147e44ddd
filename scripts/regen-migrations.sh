#!/usr/bin/env bash
# Regenerates the initial migration for both providers from the current model.
# Until the first release there is no deployed schema to migrate, so one "Initial" migration per provider is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/CommerceOps.Infrastructure/Persistence/Migrations
for ctx in Sqlite Postgres; do
  dotnet ef migrations add Initial --project src/CommerceOps.Infrastructure --startup-project src/CommerceOps.Infrastructure \
    --context ${ctx}CommerceDbContext --output-dir Persistence/Migrations/$ctx >/dev/null
done
echo "migrations regenerated"
