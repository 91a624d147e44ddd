namespace CommerceOps.Domain.AfterSales.ValueAdded;

/// <summary>Services sold with goods: 开箱验货 (a technician opens and checks the goods with the customer) and 送装 (home installation).</summary>
public enum ValueAddedServiceKind
{
    UnboxingInspection,
    HomeInstallation,
}
