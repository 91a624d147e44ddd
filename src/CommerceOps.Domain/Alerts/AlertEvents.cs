using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Alerts;

/// <summary>An alert opened, or an open one changed level; webhook delivery and the inbox count react to it.</summary>
public sealed record AlertRaised(string Source, string Key, string Level, string Title) : DomainEvent;

public sealed record AlertClosed(string Source, string Key) : DomainEvent;
