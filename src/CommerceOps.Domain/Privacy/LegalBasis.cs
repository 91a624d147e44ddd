namespace CommerceOps.Domain.Privacy;

/// <summary>PIPL Art.13: the lawful bases for processing personal information (the ones a shop uses).</summary>
public enum LegalBasis
{
    /// <summary>Art.13(1): the individual's consent; withdrawable at any time (Art.15).</summary>
    Consent,
    /// <summary>Art.13(2): necessary to conclude or perform a contract the individual is party to (delivering an order).</summary>
    ContractNecessity,
    /// <summary>Art.13(3): necessary to fulfil a legal duty (keeping transaction records, 电子商务法 Art.31).</summary>
    LegalObligation,
}
