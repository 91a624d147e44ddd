using CommerceOps.Domain.Common;
using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Selection;

/// <summary>Candidate products and their votes. A vote is checked against the customer's RFM segment as of today.</summary>
public sealed class CandidateService(CommerceDbContext db, UnitOfWork uow, RfmQuery rfm, VotingEligibility eligibility, TimeProvider time)
{
    public sealed record Tally(CandidateProduct Candidate, int Votes);

    public Task<CandidateProduct> CreateAsync(string title, string description, string categoryCode, decimal targetPrice, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            if (!await db.Categories.AnyAsync(c => c.Code == categoryCode, ct))
                throw new NotFoundException($"Category '{categoryCode}' does not exist.", "category");
            var now = time.GetUtcNow();
            var candidate = new CandidateProduct(SelectionNumbers.Next("CP", now), title, description, categoryCode, targetPrice, now);
            db.CandidateProducts.Add(candidate);
            return candidate;
        }, ct);

    /// <summary>
    /// One vote per customer and candidate: voting again is refused (409), not counted twice, also when two votes
    /// race (the unique index decides, and the loser gets the same 409).
    /// </summary>
    public async Task<Tally> VoteAsync(string candidateCode, string customerCode, CancellationToken ct)
    {
        var candidate = await FindAsync(candidateCode, ct);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Code == customerCode).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Customer '{customerCode}' does not exist.", "customerCode");
        var now = time.GetUtcNow();
        var segment = rfm.SegmentOf(RfmAsOf.Utc(DateOnly.FromDateTime(now.UtcDateTime).AddDays(1)), customer.Code);
        eligibility.Check(customer.Code, segment);
        var alreadyVoted = $"Customer {customer.Code} has already voted for {candidate.Code}.";
        try
        {
            await uow.RunAsync(async ct =>
            {
                if (await db.CandidateVotes.AnyAsync(v => v.CandidateId == candidate.Id && v.CustomerId == customer.Id, ct))
                    throw new InvalidStateException(alreadyVoted);
                db.CandidateVotes.Add(new CandidateVote(candidate.Id, customer.Id, customer.Code, segment!, now));
            }, ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A concurrent vote by the same customer committed between the check and the insert.
            throw new InvalidStateException(alreadyVoted);
        }
        return new Tally(candidate, await db.CandidateVotes.CountAsync(v => v.CandidateId == candidate.Id, ct));
    }

    /// <summary>Every candidate with its votes, most votes first, then newest.</summary>
    public async Task<IReadOnlyList<Tally>> TallyAsync(CancellationToken ct)
    {
        var votes = await db.CandidateVotes.AsNoTracking().GroupBy(v => v.CandidateId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var candidates = await db.CandidateProducts.AsNoTracking().ToListAsync(ct);
        return candidates.Select(c => new Tally(c, votes.GetValueOrDefault(c.Id)))
            .OrderByDescending(t => t.Votes).ThenByDescending(t => t.Candidate.Id).ToList();
    }

    private async Task<CandidateProduct> FindAsync(string code, CancellationToken ct) =>
        await db.CandidateProducts.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw new NotFoundException($"Candidate product '{code}' does not exist.");
}
