using Microsoft.Playwright;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// Longer auto-waiting for the interactive pages: the circuit starts and each click makes a round trip through it, which
/// on a loaded 2-core machine has taken over Playwright's default 5 s. Still waiting for a state, never a fixed delay.
/// </summary>
public static class Patient
{
    private const float Milliseconds = 60_000;

    public static readonly LocatorAssertionsToHaveAttributeOptions Attribute = new() { Timeout = Milliseconds };
    public static readonly LocatorAssertionsToHaveCountOptions Count = new() { Timeout = Milliseconds };
    public static readonly LocatorAssertionsToHaveTextOptions Text = new() { Timeout = Milliseconds };
    public static readonly LocatorAssertionsToContainTextOptions ContainText = new() { Timeout = Milliseconds };
}
