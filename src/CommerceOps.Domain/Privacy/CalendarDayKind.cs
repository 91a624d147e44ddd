namespace CommerceOps.Domain.Privacy;

/// <summary>How a calendar entry changes the Monday-to-Friday week.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday (放假): not a working day, even on a weekday.</summary>
    Holiday,
    /// <summary>An adjusted working day (调休上班): a Saturday or Sunday worked to make up for a holiday.</summary>
    WorkingDay,
}
