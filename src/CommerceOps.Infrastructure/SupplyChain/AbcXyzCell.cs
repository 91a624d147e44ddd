using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>One cell of the ABC × XYZ matrix.</summary>
public sealed record AbcXyzCell(AbcClass Abc, XyzClass Xyz, long Skus, decimal Value, double Share);
