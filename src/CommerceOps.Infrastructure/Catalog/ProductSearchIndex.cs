using System.Globalization;
using CommerceOps.Infrastructure.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CommerceOps.Infrastructure.Catalog;

/// <summary>
/// Full-text search over published products with Chinese word segmentation (SmartCn), held in memory and
/// rebuilt from the store at start. "露营 帐篷" finds 轻量露营帐篷 because both words are segmented the same way.
/// </summary>
public sealed class ProductSearchIndex : IDisposable
{
    private static readonly string[] SearchFields = ["title", "subtitle", "brand", "category", "attributes", "description"];
    private static readonly Dictionary<string, float> Boosts = new()
    {
        ["title"] = 4f, ["subtitle"] = 2f, ["brand"] = 3f, ["category"] = 2f, ["attributes"] = 1f, ["description"] = 0.5f,
    };

    private readonly SegmentedTextIndex _index = new(new RAMDirectory());

    public void Upsert(ProductSearchDocument product) => Upsert([product]);

    /// <summary>
    /// Indexes the products and makes them searchable with one refresh: refreshing per product at start-up left
    /// thousands of one-document segments that Lucene kept merging in the background while the store took orders.
    /// </summary>
    public void Upsert(IEnumerable<ProductSearchDocument> products) =>
        _index.Upsert(products.Select(product =>
        {
            var id = product.Id.ToString(CultureInfo.InvariantCulture);
            return (new Term("id", id), new Document
            {
                new StringField("id", id, Field.Store.YES),
                new TextField("title", product.Title, Field.Store.NO),
                new TextField("subtitle", product.Subtitle ?? "", Field.Store.NO),
                new TextField("brand", product.Brand ?? "", Field.Store.NO),
                new TextField("category", product.Category, Field.Store.NO),
                new TextField("attributes", product.Attributes, Field.Store.NO),
                new TextField("description", product.Description, Field.Store.NO),
            });
        }));

    public void Remove(long productId) => _index.Delete(new Term("id", productId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Product ids by relevance for one page, and the total number of matches.</summary>
    public (IReadOnlyList<long> Ids, int Total) Search(string text, int skip, int take)
    {
        var parser = new MultiFieldQueryParser(SegmentedTextIndex.Version, SearchFields, _index.Analyzer, Boosts) { DefaultOperator = Operator.AND };
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(text.Trim()));
        }
        catch (ParseException)
        {
            return ([], 0);
        }
        return _index.Search<(IReadOnlyList<long>, int)>(searcher =>
        {
            var top = searcher.Search(query, skip + take);
            var ids = top.ScoreDocs.Skip(skip)
                .Select(d => long.Parse(searcher.Doc(d.Doc).Get("id"), CultureInfo.InvariantCulture))
                .ToList();
            return (ids, top.TotalHits);
        });
    }

    public void Dispose() => _index.Dispose();
}

public sealed record ProductSearchDocument(long Id, string Title, string? Subtitle, string? Brand, string Category, string Attributes, string Description);
