namespace CommerceOps.Infrastructure.Analytics;

/// <summary>Whose journey a funnel follows: a person (customer id, else anonymous id) or one visit (session id).</summary>
public enum FunnelUnit
{
    User,
    Session,
}
