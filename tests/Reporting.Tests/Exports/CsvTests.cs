using Crewline.Reporting.Features.Exports;

namespace Crewline.Reporting.Tests.Exports;

public sealed class CsvTests
{
    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_with_their_quotes_doubled_and_records_end_with_CRLF()
    {
        var text = new Csv("a", "b", "c").Row("plain", "x, \"y\"", "two\r\nlines").ToString();

        Assert.Equal("a,b,c\r\nplain,\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n", text);
        Assert.Equal(["plain", "x, \"y\"", "two\r\nlines"], CsvReader.Read(text)[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tcmd")]
    public void A_text_field_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(string value)
    {
        var read = CsvReader.Read(new Csv("name").Row(value).ToString())[1][0];
        Assert.Equal("'" + value, read);
    }

    [Fact]
    public void Numbers_are_written_as_they_are_and_text_that_is_not_a_formula_is_unchanged()
    {
        var text = new Csv("n", "t").Record([Csv.Number(-12), Csv.Text("Spring = launch")]).ToString();
        Assert.Equal(["-12", "Spring = launch"], CsvReader.Read(text)[1]);
    }

    [Fact]
    public void A_record_must_have_as_many_fields_as_the_header() =>
        Assert.Throws<ArgumentException>(() => new Csv("a", "b").Row("only one"));
}
