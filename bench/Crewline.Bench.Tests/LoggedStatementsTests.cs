using Crewline.Bench.Measurement;

namespace Crewline.Bench.Tests;

public sealed class LoggedStatementsTests
{
    private const string Prefix = "crewline-bench-plan ";

    [Fact]
    public void A_statement_spanning_lines_is_read_with_its_parameters_and_other_databases_are_left_out()
    {
        string[] log =
        [
            "crewline-bench-plan reporting: LOG:  execute <unnamed>: SELECT p.project_id, p.name",
            "FROM project_summaries AS p",
            "WHERE p.org_id = $1 AND p.name = $2",
            "crewline-bench-plan reporting: DETAIL:  Parameters: $1 = 'b0c5a3c2-0000-0000-0000-000000000001', $2 = 'O''Brien, $3 = x'",
            "crewline-bench-plan ownership: LOG:  execute <unnamed>: SELECT 1 FROM outbox",
            "continued line of ownership's statement",
            "crewline-bench-plan reporting: LOG:  execute <unnamed>: SELECT count(*) FROM findings WHERE closed_at IS NULL",
            "crewline-bench-plan reporting: LOG:  execute <unnamed>: SELECT * FROM rm_plan_items WHERE project_id = $1 AND due < $2",
            "crewline-bench-plan reporting: DETAIL:  parameters: $1 = NULL, $2 = '2026-11-30'",
        ];

        var statements = LoggedStatements.Parse(log, Prefix, "reporting");

        Assert.Equal(3, statements.Count);
        Assert.Equal("SELECT p.project_id, p.name\nFROM project_summaries AS p\nWHERE p.org_id = $1 AND p.name = $2", statements[0].Sql);
        Assert.Equal(["'b0c5a3c2-0000-0000-0000-000000000001'", "'O''Brien, $3 = x'"], statements[0].Parameters);
        Assert.Equal("SELECT count(*) FROM findings WHERE closed_at IS NULL", statements[1].Sql);
        Assert.Empty(statements[1].Parameters);
        Assert.Equal(["NULL", "'2026-11-30'"], statements[2].Parameters);
    }

    [Fact]
    public void Lines_before_the_first_prefixed_line_and_other_messages_are_not_statements()
    {
        string[] log =
        [
            "a line of an earlier entry",
            "crewline-bench-plan reporting: LOG:  duration: 0.1 ms",
            "crewline-bench-plan reporting: LOG:  statement: SELECT 1",
        ];

        var statements = LoggedStatements.Parse(log, Prefix, "reporting");

        Assert.Equal("SELECT 1", Assert.Single(statements).Sql);
    }
}
