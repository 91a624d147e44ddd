using System.CommandLine;
using CommerceOps.Infrastructure.Importing;
using Spectre.Console;

namespace CommerceOps.Cli;

/// <summary>
/// A Spectre console on the invocation's output (progress, tables) and its plain error writer: messages on stderr are
/// neither wrapped nor coloured, so scripts can read them. Tests pass their own writers to run commands in-process.
/// </summary>
public sealed class CliConsole(ParseResult parseResult)
{
    public IAnsiConsole Out { get; } = Create(parseResult.InvocationConfiguration.Output);
    public TextWriter Error { get; } = parseResult.InvocationConfiguration.Error;

    private static IAnsiConsole Create(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    /// <summary>Writes a message to stderr and returns the bad-input exit code.</summary>
    public int Refuse(string message)
    {
        Error.WriteLine(message);
        return ExitCodes.BadInput;
    }

    /// <summary>Writes a refused file's message and its problems (line and column each) to stderr; returns the bad-input exit code.</summary>
    public int Refuse(string message, ImportRefusedException refused)
    {
        Error.WriteLine(message);
        foreach (var problem in refused.Problems) Error.WriteLine("  " + problem);
        if (refused.ProblemCount > refused.Problems.Count) Error.WriteLine($"  … and {refused.ProblemCount - refused.Problems.Count} more");
        return ExitCodes.BadInput;
    }
}
