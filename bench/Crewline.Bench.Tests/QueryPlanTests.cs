using Crewline.Bench.Measurement;

namespace Crewline.Bench.Tests;

public sealed class QueryPlanTests
{
    private const string IndexPlan = """
        Limit  (cost=0.29..12.10 rows=51 width=120) (actual time=0.020..0.110 rows=51 loops=1)
          Buffers: shared hit=54
          ->  Index Scan Backward using ix_project_summaries_org_id_created_at_project_id on project_summaries p  (cost=0.29..2300.29 rows=9990 width=120) (actual time=0.019..0.100 rows=51 loops=1)
                Index Cond: (org_id = 'b0c5a3c2-0000-0000-0000-000000000001'::uuid)
                Filter: (NOT is_placeholder)
        Planning Time: 0.200 ms
        Execution Time: 0.140 ms
        """;

    private const string SeqScanAndSortPlan = """
        Sort  (cost=900.00..925.00 rows=10000 width=120) (actual time=5.000..6.000 rows=10000 loops=1)
          Sort Key: p.created_at DESC
          Sort Method: quicksort  Memory: 2000kB
          ->  Seq Scan on project_summaries p  (cost=0.00..250.00 rows=10000 width=120) (actual time=0.010..2.000 rows=10000 loops=1)
                Filter: (org_id = 'b0c5a3c2-0000-0000-0000-000000000001'::uuid)
          ->  Hash  (cost=1.01..1.01 rows=1 width=16) (actual time=0.005..0.005 rows=1 loops=1)
                ->  Seq Scan on replica_people r  (cost=0.00..1.01 rows=1 width=16) (actual time=0.003..0.003 rows=1 loops=1)
                ->  Sort  (cost=1.01..1.02 rows=3 width=16) (actual time=0.005..0.005 rows=3 loops=4)
        """;

    [Fact]
    public void An_index_scan_under_a_limit_reads_no_table_whole_and_sorts_nothing()
    {
        var plan = new QueryPlan(IndexPlan);

        Assert.Empty(plan.SeqScannedTables);
        Assert.Equal(0, plan.LargestSortRows);
    }

    [Fact]
    public void Sequential_scans_are_named_by_table_and_the_largest_sort_counts_its_loops()
    {
        var plan = new QueryPlan(SeqScanAndSortPlan);

        Assert.Equal(["project_summaries", "replica_people"], plan.SeqScannedTables);
        Assert.Equal(10000, plan.LargestSortRows);
        Assert.Equal(12, new QueryPlan(SeqScanAndSortPlan.Replace("rows=10000 loops=1)\n  Sort Key", "rows=1 loops=1)\n  Sort Key", StringComparison.Ordinal)).LargestSortRows);
    }

    [Fact]
    public void Node_lines_keep_the_root_and_every_node_without_cost_estimates()
    {
        var lines = new QueryPlan(IndexPlan).NodeLines;

        Assert.Equal(
        [
            "Limit (actual time=0.020..0.110 rows=51 loops=1)",
            "->  Index Scan Backward using ix_project_summaries_org_id_created_at_project_id on project_summaries p (actual time=0.019..0.100 rows=51 loops=1)",
        ], lines);
    }
}
