namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>
/// Members of one private-domain channel: <see cref="Members"/> at the end of the period (joined before it and not
/// left by then), and how many joined and left during the period.
/// </summary>
public sealed record MemberCount(string Channel, long Members, long Joined, long Left);
