namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// An EF compiled query (<c>EF.CompileAsyncQuery</c>), compiled once per provider: a compiled query is bound to the model
/// it first ran with, and one process (the test host) may use both SQLite and PostgreSQL. Hot paths use it to skip
/// EF's per-call query-cache lookup.
/// </summary>
public sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly Lazy<TQuery> _sqlite = new(compile);
    private readonly Lazy<TQuery> _postgres = new(compile);

    public TQuery For(CommerceDbContext db) => db.IsSqlite ? _sqlite.Value : _postgres.Value;
}
