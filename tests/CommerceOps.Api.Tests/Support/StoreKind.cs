namespace CommerceOps.Api.Tests.Support;

public enum StoreKind
{
    Sqlite,
    Postgres,
}
