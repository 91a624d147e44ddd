using System.Globalization;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Server.Marketing.Pages;

/// <summary>
/// The promotion builder's inputs as typed: text for numbers and lists, so the page can say which field did not parse;
/// <see cref="ToRules"/> turns them into the domain's rules, whose own validator then has the last word. Times are
/// Beijing wall-clock times (<c>datetime-local</c>). Empty period, limits or stacking stay unstated (a draft may leave them
/// open; publishing requires them).
/// </summary>
public sealed class PromotionForm
{
    public static readonly string[] Types =
    [
        ThresholdDiscount.TypeName, PercentageDiscount.TypeName, DirectDiscount.TypeName, BuyNGetM.TypeName, GiftWithPurchase.TypeName,
        CouponDiscount.TypeName, MemberPrice.TypeName, BundlePrice.TypeName, FreeShipping.TypeName,
    ];

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = ThresholdDiscount.TypeName;

    // Benefit settings; which of them count depends on the type.
    public string Threshold { get; set; } = "";
    public string Amount { get; set; } = "";
    public bool Every { get; set; }
    public string Cap { get; set; } = "";
    public string PercentOff { get; set; } = "";
    public string AmountPerUnit { get; set; } = "";
    public string Buy { get; set; } = "2";
    public string Free { get; set; } = "1";
    public string GiftSku { get; set; } = "";
    public string GiftQuantity { get; set; } = "1";
    public string CouponCode { get; set; } = "";
    public string MinimumSpend { get; set; } = "";
    public string AmountOff { get; set; } = "";
    public string MemberPrices { get; set; } = "";
    public string BundleSkus { get; set; } = "";
    public string BundleAmount { get; set; } = "";
    public string MaxAmount { get; set; } = "";

    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }

    public string Skus { get; set; } = "";
    public string Categories { get; set; } = "";
    public string Brands { get; set; } = "";
    public string ExcludedSkus { get; set; } = "";
    public bool NoExcludedSkus { get; set; }
    public string ExcludedCategories { get; set; } = "";
    public string ExcludedBrands { get; set; } = "";

    public bool EligibilityStated { get; set; } = true;
    public HashSet<string> Channels { get; } = [];
    public HashSet<string> MembershipTiers { get; } = [];
    public bool NewCustomersOnly { get; set; }

    public string Stacking { get; set; } = "";
    public string Priority { get; set; } = "0";
    public string PerUserLimit { get; set; } = "";
    public string Budget { get; set; } = "";
    public string StatedBaseline { get; set; } = "";
    public string CampaignRule { get; set; } = "";

    /// <summary>The rules, or null with the fields that did not parse (keys as the domain's validator names them).</summary>
    public PromotionRules? ToRules(Dictionary<string, string[]> errors)
    {
        var parse = new Parser(errors);
        PromotionBenefit? benefit = Type switch
        {
            ThresholdDiscount.TypeName => new ThresholdDiscount(parse.Amount(Threshold, "rules.benefit.threshold"), parse.Amount(Amount, "rules.benefit.amount"),
                Every, parse.OptionalAmount(Cap, "rules.benefit.cap")),
            PercentageDiscount.TypeName => new PercentageDiscount(parse.Amount(PercentOff, "rules.benefit.percentOff")),
            DirectDiscount.TypeName => new DirectDiscount(parse.Amount(AmountPerUnit, "rules.benefit.amountPerUnit")),
            BuyNGetM.TypeName => new BuyNGetM(parse.Count(Buy, "rules.benefit.buy"), parse.Count(Free, "rules.benefit.free")),
            GiftWithPurchase.TypeName => new GiftWithPurchase(GiftSku.Trim(), parse.Count(GiftQuantity, "rules.benefit.quantity"), parse.Amount(Threshold, "rules.benefit.threshold")),
            CouponDiscount.TypeName => new CouponDiscount(CouponCode.Trim(), parse.Amount(MinimumSpend, "rules.benefit.minimumSpend"),
                parse.OptionalAmount(AmountOff, "rules.benefit.amountOff"), parse.OptionalAmount(PercentOff, "rules.benefit.percentOff")),
            MemberPrice.TypeName => new MemberPrice(parse.Prices(MemberPrices, "rules.benefit.prices")),
            BundlePrice.TypeName => new BundlePrice(List(BundleSkus) ?? [], parse.Amount(BundleAmount, "rules.benefit.price")),
            FreeShipping.TypeName => new FreeShipping(parse.Amount(Threshold, "rules.benefit.threshold"), parse.OptionalAmount(MaxAmount, "rules.benefit.maxAmount")),
            _ => null,
        };
        var period = parse.Period(StartsAt, EndsAt);
        PromotionLimits? limits = PerUserLimit.Trim().Length == 0 && Budget.Trim().Length == 0
            ? null
            : new PromotionLimits(parse.Count(PerUserLimit, "rules.limits.perUserLimit"), parse.Amount(Budget, "rules.limits.budget"));
        var priority = parse.Integer(Priority, "rules.priority");
        Stacking? stacking = Enum.TryParse<Stacking>(Stacking, ignoreCase: true, out var s) ? s : null;
        if (benefit is null || errors.Count > 0) return null;

        var excluded = List(ExcludedSkus) ?? (NoExcludedSkus ? [] : null);
        var scope = new PromotionScope(List(Skus), List(Categories), List(Brands), excluded, List(ExcludedCategories), List(ExcludedBrands));
        var eligibility = EligibilityStated
            ? new PromotionEligibility(Channels.Order(StringComparer.Ordinal).ToList(), MembershipTiers.Order(StringComparer.Ordinal).ToList(), null, NewCustomersOnly)
            : null;
        return new PromotionRules(benefit, period, scope, eligibility, stacking, priority, limits,
            Blank(StatedBaseline), Blank(CampaignRule));
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Comma-, space- or newline-separated values; null when there are none.</summary>
    private static List<string>? List(string text)
    {
        var values = text.Split([',', '，', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        return values.Count == 0 ? null : values;
    }

    private sealed class Parser(Dictionary<string, string[]> errors)
    {
        public decimal Amount(string text, string field)
        {
            if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
            errors[field] = ["A number is required (e.g. 30 or 12.5)."];
            return 0m;
        }

        public decimal? OptionalAmount(string text, string field) => text.Trim().Length == 0 ? null : Amount(text, field);

        public int Count(string text, string field)
        {
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            errors[field] = ["A whole number is required."];
            return 0;
        }

        public int Integer(string text, string field)
        {
            if (text.Trim().Length == 0) return 0;
            if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            errors[field] = ["A whole number is required."];
            return 0;
        }

        /// <summary>One "SKU=price" per line (or comma-separated).</summary>
        public Dictionary<string, decimal> Prices(string text, string field)
        {
            var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var pair in text.Split(['\n', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[0].Length == 0
                    || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
                {
                    errors[field] = [$"'{pair}' is not SKU=price."];
                    continue;
                }
                prices[parts[0]] = price;
            }
            return prices;
        }

        public PromotionPeriod? Period(DateTime? startsAt, DateTime? endsAt)
        {
            if (startsAt is null && endsAt is null) return null;
            var start = Time(startsAt, "rules.period.startsAt");
            var end = Time(endsAt, "rules.period.endsAt");
            return start is { } s && end is { } e ? new PromotionPeriod(s, e) : null;
        }

        private DateTimeOffset? Time(DateTime? local, string field)
        {
            if (local is { } l) return new DateTimeOffset(DateTime.SpecifyKind(l, DateTimeKind.Unspecified), Beijing).ToUniversalTime();
            errors[field] = ["A date and time is required (both start and end)."];
            return null;
        }
    }
}
