namespace CommerceOps.Infrastructure.Importing;

/// <summary>Counts every problem of a file but keeps only the first few, so a hopeless file cannot exhaust memory.</summary>
public sealed class ImportProblems(int keep)
{
    private readonly List<ImportProblem> _kept = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportProblem> Kept => _kept;

    public void Add(ImportProblem problem)
    {
        Count++;
        if (_kept.Count < keep) _kept.Add(problem);
    }

    public void Add(long lineNumber, string? column, string message) => Add(new ImportProblem(lineNumber, column, message));
}
