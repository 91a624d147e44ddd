using CommerceOps.Domain.Common;
using CommerceOps.Domain.Ordering;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// What returning units of a line gives back: the line's paid total (list price less the promotion discount allocated
/// to the line at checkout) shared over its units. Counted cumulatively — the first k units are worth
/// round(paid × k / quantity) — so partial returns of one line always add up to exactly what was paid for it, to the fen.
/// </summary>
public static class RefundAllocation
{
    public static decimal ForUnits(OrderLine line, int alreadyReturned, int quantity) =>
        Cumulative(line, alreadyReturned + quantity) - Cumulative(line, alreadyReturned);

    private static decimal Cumulative(OrderLine line, int units) =>
        units >= line.Quantity ? line.LineTotal : Money.Round(line.LineTotal * units / line.Quantity);
}
