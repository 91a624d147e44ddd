namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The DuckDB analytics store's tables. Facts are appended by the outbox projector (orders, lines, payments,
/// refunds, stock movements) or by batch ingestion (behaviour events, whose
/// <c>page_load_ms</c> property gets its own column because alerts read it; other properties stay JSON text); <c>projected_events</c> makes the
/// projection idempotent by event id. <c>marketing_spend</c> is imported per day, channel and campaign (channel ROI). Order status changes update <c>fact_orders</c> in place.
/// There are no primary keys on purpose: DuckDB keeps ART indexes in memory and checks them on every append,
/// which would cost gigabytes at the <c>large</c> scale; the projector guarantees uniqueness instead, and
/// <c>projected_events.outbox_id</c> (ascending in insertion order) lets zone maps prune the duplicate check.
/// The <c>rollup_*</c> tables are the daily pre-aggregations of the GMV tree and the funnel (<see cref="DailyRollups"/>;
/// the funnel's tables, whose columns follow the default funnel, are in <see cref="FunnelRollup"/>): derived, rebuilt by
/// their refresher, and read only for days no writer has marked in <c>rollup_dirty_days</c> since (or in
/// <c>rollup_marks_in_refresh</c>: marks a refresh in progress has taken over).
/// </summary>
public static class AnalyticsSchema
{
    /// <summary>The columns of <c>behaviour_events</c>, also used when the table is rewritten in time order.</summary>
    public const string BehaviourEventsColumns = """
        event_id UUID NOT NULL,
        occurred_at TIMESTAMPTZ NOT NULL,
        type VARCHAR NOT NULL,
        session_id VARCHAR NOT NULL,
        customer_id VARCHAR,
        anonymous_id VARCHAR,
        channel VARCHAR NOT NULL,
        campaign VARCHAR,
        page_type VARCHAR,
        sku VARCHAR,
        province VARCHAR,
        city VARCHAR,
        device VARCHAR,
        page_load_ms INTEGER,
        properties VARCHAR
        """;

    public const string Ddl = $$"""
        CREATE TABLE IF NOT EXISTS projected_events (
            event_id UUID NOT NULL,
            outbox_id BIGINT NOT NULL,
            event_type VARCHAR NOT NULL,
            outcome VARCHAR NOT NULL,
            projected_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS fact_orders (
            order_number VARCHAR NOT NULL,
            customer_code VARCHAR,
            channel VARCHAR NOT NULL,
            province VARCHAR,
            city VARCHAR,
            payment_method VARCHAR NOT NULL,
            currency VARCHAR NOT NULL,
            total DECIMAL(18,2) NOT NULL,
            line_count INTEGER NOT NULL,
            status VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            placed_at TIMESTAMPTZ NOT NULL,
            paid_at TIMESTAMPTZ,
            shipped_at TIMESTAMPTZ,
            delivered_at TIMESTAMPTZ,
            cancelled_at TIMESTAMPTZ
        );
        CREATE TABLE IF NOT EXISTS fact_order_lines (
            order_number VARCHAR NOT NULL,
            line_no INTEGER NOT NULL,
            customer_code VARCHAR,
            sku VARCHAR NOT NULL,
            product_title VARCHAR,
            category VARCHAR,
            quantity INTEGER NOT NULL,
            unit_price DECIMAL(18,2) NOT NULL,
            amount DECIMAL(18,2) NOT NULL,
            currency VARCHAR NOT NULL,
            channel VARCHAR NOT NULL,
            province VARCHAR,
            placed_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS fact_payments (
            event_id UUID NOT NULL,
            order_number VARCHAR NOT NULL,
            method VARCHAR NOT NULL,
            amount DECIMAL(18,2) NOT NULL,
            currency VARCHAR NOT NULL,
            provider_reference VARCHAR,
            paid_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS fact_refunds (
            event_id UUID NOT NULL,
            order_number VARCHAR NOT NULL,
            amount DECIMAL(18,2) NOT NULL,
            currency VARCHAR NOT NULL,
            reason VARCHAR,
            refunded_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS fact_stock_movements (
            event_id UUID NOT NULL,
            sku VARCHAR NOT NULL,
            warehouse VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            quantity INTEGER NOT NULL,
            reference VARCHAR,
            occurred_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS behaviour_events ({{BehaviourEventsColumns}});
        CREATE TABLE IF NOT EXISTS content_touches (
            event_id UUID NOT NULL,
            occurred_at TIMESTAMPTZ NOT NULL,
            content_id BIGINT NOT NULL,
            content_type VARCHAR NOT NULL,
            action VARCHAR NOT NULL,
            customer_id VARCHAR,
            anonymous_id VARCHAR,
            session_id VARCHAR,
            channel VARCHAR
        );
        CREATE TABLE IF NOT EXISTS marketing_spend (
            spend_date DATE NOT NULL,
            channel VARCHAR NOT NULL,
            campaign VARCHAR NOT NULL,
            spend DECIMAL(18,2) NOT NULL,
            imported_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS rollup_keys (
            key VARCHAR NOT NULL,
            no BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS rollup_daily_visitors (
            china_day INTEGER NOT NULL,
            visitor_no BIGINT NOT NULL,
            previous_day INTEGER
        );
        CREATE TABLE IF NOT EXISTS rollup_daily_buyers (
            china_day INTEGER NOT NULL,
            buyer_no BIGINT NOT NULL,
            orders BIGINT NOT NULL,
            gmv DECIMAL(18,2) NOT NULL,
            previous_day INTEGER,
            next_day INTEGER
        );
        CREATE TABLE IF NOT EXISTS rollup_state (
            last_day INTEGER NOT NULL,
            refreshed_at TIMESTAMPTZ NOT NULL,
            took_ms BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS rollup_dirty_days (
            china_day INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS rollup_marks_in_refresh (
            china_day INTEGER NOT NULL
        );
        """;
}
