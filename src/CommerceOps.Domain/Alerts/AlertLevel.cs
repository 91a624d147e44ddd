namespace CommerceOps.Domain.Alerts;

/// <summary>The guide's traffic lights (红黄灯): yellow asks for a look, red for action now.</summary>
public enum AlertLevel
{
    Yellow = 1,
    Red = 2,
}
