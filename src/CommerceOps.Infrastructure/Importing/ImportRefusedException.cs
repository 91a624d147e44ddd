namespace CommerceOps.Infrastructure.Importing;

/// <summary>
/// The file has bad rows and nothing was written. <see cref="Problems"/> holds the first
/// <see cref="OrderFileImporter.MaxReportedProblems"/>; <see cref="ProblemCount"/> counts them all.
/// </summary>
public sealed class ImportRefusedException(string path, IReadOnlyList<ImportProblem> problems, int problemCount)
    : Exception($"{path} has {problemCount} problem(s); nothing was imported.")
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
    public int ProblemCount { get; } = problemCount;
}
