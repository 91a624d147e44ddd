namespace CommerceOps.Domain.Logistics;

/// <summary>How far a parcel travels from the shipping warehouse, which decides the carrier's transit days.</summary>
public enum ServiceLevel
{
    /// <summary>Warehouse and destination in the same city (同城).</summary>
    SameCity,
    /// <summary>Same province, another city (省内).</summary>
    SameProvince,
    /// <summary>Another province (跨省).</summary>
    CrossProvince,
    /// <summary>A remote destination (偏远地区: Xinjiang, Tibet, …) whatever the origin.</summary>
    Remote,
}
