using System.CommandLine;
using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Marketing;

namespace CommerceOps.Cli.Marketing;

/// <summary>The <c>--as-of D</c> and <c>--time-zone</c> options of the analytics commands that look at data before a date.</summary>
public sealed class AsOfOptions
{
    public Option<string> AsOf { get; } = new("--as-of") { Description = "Date D (yyyy-MM-dd): only data before D 00:00 counts", Required = true };

    public Option<string> TimeZone { get; } = new("--time-zone") { Description = "Time zone of D 00:00 (IANA id, default UTC)", DefaultValueFactory = _ => "UTC" };

    public void AddTo(Command command)
    {
        command.Options.Add(AsOf);
        command.Options.Add(TimeZone);
    }

    /// <summary>The as-of date, or a <see cref="DomainException"/> saying what is wrong with the input.</summary>
    public RfmAsOf Parse(ParseResult parseResult)
    {
        var text = parseResult.GetValue(AsOf);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new DomainException($"--as-of: '{text}' is not a date like 2011-09-01.", "--as-of");
        return new RfmAsOf(date, RfmAsOf.ParseTimeZone(parseResult.GetValue(TimeZone), "--time-zone"));
    }
}
