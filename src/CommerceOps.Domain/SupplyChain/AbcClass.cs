namespace CommerceOps.Domain.SupplyChain;

public enum AbcClass
{
    A,
    B,
    C,
}
