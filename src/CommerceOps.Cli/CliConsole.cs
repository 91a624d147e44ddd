using System.CommandLine;
using Spectre.Console;

namespace CommerceOps.Cli;

/// <summary>Spectre consoles on the invocation's output and error writers, so tests can run commands in-process.</summary>
public sealed class CliConsole(ParseResult parseResult)
{
    public IAnsiConsole Out { get; } = Create(parseResult.InvocationConfiguration.Output);
    public IAnsiConsole Error { get; } = Create(parseResult.InvocationConfiguration.Error);

    private static IAnsiConsole Create(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    /// <summary>Writes a message to stderr and returns the bad-input exit code.</summary>
    public int Refuse(string message)
    {
        Error.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return ExitCodes.BadInput;
    }
}
